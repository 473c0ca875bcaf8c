import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./sqs-visibility-timeout";

/** Queue `q` invoking function `fn`. */
const consumer = (visibilityTimeout: number, timeout: number) =>
  build().queue("q", null, { visibilityTimeout }).lambda("fn", null, { timeout }).edge("invocation", "q", "fn");

testRule(rule, {
  valid: [
    { name: "the defaults: 30 s queue, 3 s function", diagram: consumer(30, 3).diagram() },
    { name: "exactly six times the timeout", diagram: consumer(60, 10).diagram() },
    { name: "a queue nobody consumes", diagram: build().queue("q", null, { visibilityTimeout: 0 }).diagram() },
    {
      name: "a queue that delivers to another queue, not a function",
      diagram: build().queue("q", null, { visibilityTimeout: 0 }).queue("q2", null).edge("invocation", "q", "q2").diagram(),
    },
  ],
  invalid: [
    {
      name: "visibility shorter than the function timeout: the mapping fails",
      diagram: consumer(30, 31).label("q", "orders").label("fn", "worker").diagram(),
      expect: [
        {
          messageId: "lessThanTimeout",
          message: "Queue orders has a visibility timeout of 30 s, less than the 31 s timeout of function worker",
          nodeIds: ["q", "fn"],
          severity: "error",
          fixes: ["Set the visibility timeout to 186 s"],
        },
      ],
    },
    {
      name: "exactly the function timeout works, but is below the recommendation",
      diagram: consumer(30, 30).diagram(),
      expect: [{ messageId: "belowRecommended", message: "AWS recommends at least 180 s, six times the 30 s timeout", nodeIds: ["q", "fn"], severity: "warning", fixes: ["Set the visibility timeout to 180 s"] }],
    },
    {
      name: "one second short of six times",
      diagram: consumer(59, 10).diagram(),
      expect: [{ messageId: "belowRecommended", nodeIds: ["q", "fn"], severity: "warning" }],
    },
    {
      name: "two consumers: the fix suits the slower one",
      diagram: consumer(150, 100).lambda("slow", null, { timeout: 200 }).edge("invocation", "q", "slow").diagram(),
      expect: [
        { messageId: "belowRecommended", message: "at least 600 s", nodeIds: ["q", "fn"], fixes: ["Set the visibility timeout to 1200 s"] },
        { messageId: "lessThanTimeout", nodeIds: ["q", "slow"], fixes: ["Set the visibility timeout to 1200 s"] },
      ],
    },
    {
      name: "each consuming function on its own",
      diagram: consumer(30, 3).lambda("slow", null, { timeout: 900 }).edge("invocation", "q", "slow").diagram(),
      expect: [{ messageId: "lessThanTimeout", nodeIds: ["q", "slow"], fixes: ["Set the visibility timeout to 5400 s"] }],
    },
  ],
});
