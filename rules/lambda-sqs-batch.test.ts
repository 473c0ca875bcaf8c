import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./lambda-sqs-batch";

const mapping = (queue: Record<string, unknown>, props: Record<string, unknown>) =>
  build().queue("jobs", null, queue).lambda("worker", null).edge("invocation", "jobs", "worker", props);

testRule(rule, {
  valid: [
    { name: "the defaults", diagram: mapping({}, {}).diagram() },
    { name: "standard queue, 10 without a window", diagram: mapping({}, { batchSize: 10 }).diagram() },
    { name: "standard queue, 10,000 with a 1 s window", diagram: mapping({}, { batchSize: 10_000, maximumBatchingWindowInSeconds: 1 }).diagram() },
    { name: "FIFO queue, 10", diagram: mapping({ fifo: true }, { batchSize: 10 }).diagram() },
    { name: "SQS to SNS is not a mapping", diagram: build().queue("jobs", null).topic("t", null).diagram() },
  ],
  invalid: [
    {
      name: "FIFO queue, 11 with a window",
      diagram: mapping({ fifo: true }, { batchSize: 11, maximumBatchingWindowInSeconds: 5 }).label("jobs", "orders.fifo").diagram(),
      expect: [
        { messageId: "fifoBatch", message: "FIFO queue orders.fifo to function worker has a batch size of 11; FIFO queues allow at most 10.", nodeIds: ["jobs", "worker"], fixes: ["Set the batch size to 10"] },
        { messageId: "fifoWindow", message: "batching window of 5 s", nodeIds: ["jobs", "worker"], fixes: ["Remove the batching window"] },
      ],
    },
    {
      name: "standard queue, 100 without a window",
      diagram: mapping({}, { batchSize: 100 }).diagram(),
      expect: [
        {
          messageId: "needsWindow",
          message: "has a batch size of 100 but no batching window",
          nodeIds: ["jobs", "worker"],
          severity: "error",
          fixes: ["Set a 1 s batching window", "Set the batch size to 10"],
        },
      ],
    },
    {
      name: "standard queue, 20,000 with a window",
      diagram: mapping({}, { batchSize: 20_000, maximumBatchingWindowInSeconds: 10 }).diagram(),
      expect: [{ messageId: "standardBatch", message: "batch size of 20000; standard queues allow at most 10,000", nodeIds: ["jobs", "worker"], fixes: ["Set the batch size to 10,000"] }],
    },
  ],
});
