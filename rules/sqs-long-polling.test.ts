import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./sqs-long-polling";

const queue = (receiveMessageWaitTimeSeconds: number) => build().queue("q", null, { receiveMessageWaitTimeSeconds });

testRule(rule, {
  valid: [
    { name: "the default: short polling", diagram: build().queue("q", null).diagram() },
    { name: "0 s, short polling", diagram: queue(0).diagram() },
    { name: "1 s, the shortest long poll", diagram: queue(1).diagram() },
    { name: "20 s, the longest wait", diagram: queue(20).diagram() },
  ],
  invalid: [
    {
      name: "21 s, one over the limit",
      diagram: queue(21).label("q", "orders").diagram(),
      expect: [
        {
          messageId: "waitTooLong",
          message: "Queue orders has a receive message wait time of 21 s; SQS allows 0 to 20 s.",
          nodeIds: ["q"],
          severity: "error",
          fixes: ["Set the receive wait time to 20 s"],
        },
      ],
    },
    {
      name: "a minute",
      diagram: queue(60).diagram(),
      expect: [{ messageId: "waitTooLong", message: "60 s", nodeIds: ["q"] }],
    },
  ],
});
