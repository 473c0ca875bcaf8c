import { defineRule, type Fix } from "../lib/engine/types";
import type { DiagramEdge } from "../lib/diagram/types";

const MAX_STANDARD = 10_000;
const MAX_FIFO = 10;
/** Above this batch size a standard queue's mapping needs a batching window of at least 1 s. */
const WITHOUT_WINDOW = 10;

export default defineRule({
  meta: {
    id: "lambda-sqs-batch",
    severity: "error",
    category: "integration",
    title: { en: "SQS event source batch size and batching window", ko: "SQS 이벤트 소스 배치 크기와 배치 기간" },
    explanation: {
      en: "An SQS event source mapping hands the function up to BatchSize messages at a time (default 10). For a standard queue the batch size can go up to 10,000, but above 10 the mapping needs a batching window (MaximumBatchingWindowInSeconds) of at least 1 second so Lambda can gather the batch. A FIFO queue allows at most 10 messages per batch and no batching window. The notes do not cover batch sizes.",
      ko: "SQS 이벤트 소스 매핑은 함수에 한 번에 최대 BatchSize개(기본값 10)의 메시지를 넘깁니다. 표준 대기열은 배치 크기를 10,000까지 늘릴 수 있지만, 10을 넘으면 Lambda가 배치를 모을 수 있도록 배치 기간(MaximumBatchingWindowInSeconds)을 1초 이상으로 설정해야 합니다. FIFO 대기열은 배치당 최대 10개이고 배치 기간을 쓸 수 없습니다. 노트에는 배치 크기 내용이 없습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-parameters.html",
    facts: ["lambda_sqs_batch"],
    messages: {
      fifoBatch: {
        en: "The mapping from FIFO queue {queue} to function {function} has a batch size of {value}; FIFO queues allow at most 10.",
        ko: "FIFO 대기열 {queue}에서 함수 {function}(으)로 가는 매핑의 배치 크기가 {value}입니다. FIFO 대기열은 최대 10입니다.",
      },
      fifoWindow: {
        en: "The mapping from FIFO queue {queue} to function {function} has a batching window of {value} s; FIFO queues do not support a batching window.",
        ko: "FIFO 대기열 {queue}에서 함수 {function}(으)로 가는 매핑의 배치 기간이 {value}초입니다. FIFO 대기열은 배치 기간을 지원하지 않습니다.",
      },
      standardBatch: {
        en: "The mapping from queue {queue} to function {function} has a batch size of {value}; standard queues allow at most 10,000.",
        ko: "대기열 {queue}에서 함수 {function}(으)로 가는 매핑의 배치 크기가 {value}입니다. 표준 대기열은 최대 10,000입니다.",
      },
      needsWindow: {
        en: "The mapping from queue {queue} to function {function} has a batch size of {value} but no batching window; above 10 it needs a batching window of at least 1 s.",
        ko: "대기열 {queue}에서 함수 {function}(으)로 가는 매핑의 배치 크기가 {value}이지만 배치 기간이 없습니다. 10을 넘으면 배치 기간이 1초 이상이어야 합니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.sqs-queue"(queue) {
        for (const edge of index.edgesFrom(queue.id, "invocation")) {
          if (index.node(edge.target)?.kind !== "aws.lambda") continue;
          const nodeIds = [queue.id, edge.target];
          const data = { queue: index.label(queue.id), function: index.label(edge.target) };
          const batch = typeof edge.props.batchSize === "number" ? edge.props.batchSize : undefined;
          const window = typeof edge.props.maximumBatchingWindowInSeconds === "number" ? edge.props.maximumBatchingWindowInSeconds : 0;
          if (queue.props.fifo === true) {
            if (batch !== undefined && batch > MAX_FIFO) context.report({ messageId: "fifoBatch", nodeIds, data: { ...data, value: batch }, fixes: [set(edge, { batchSize: MAX_FIFO }, "Set the batch size to 10", "배치 크기를 10으로 설정")] });
            if (window > 0) context.report({ messageId: "fifoWindow", nodeIds, data: { ...data, value: window }, fixes: [set(edge, { maximumBatchingWindowInSeconds: 0 }, "Remove the batching window", "배치 기간 제거")] });
            continue;
          }
          if (batch === undefined) continue;
          if (batch > MAX_STANDARD) {
            context.report({ messageId: "standardBatch", nodeIds, data: { ...data, value: batch }, fixes: [set(edge, { batchSize: MAX_STANDARD }, "Set the batch size to 10,000", "배치 크기를 10,000으로 설정")] });
          }
          if (batch > WITHOUT_WINDOW && window < 1) {
            context.report({
              messageId: "needsWindow",
              nodeIds,
              data: { ...data, value: batch },
              fixes: [
                set(edge, { maximumBatchingWindowInSeconds: 1 }, "Set a 1 s batching window", "배치 기간을 1초로 설정"),
                set(edge, { batchSize: WITHOUT_WINDOW }, "Set the batch size to 10", "배치 크기를 10으로 설정"),
              ],
            });
          }
        }
      },
    };
  },
});

function set(edge: DiagramEdge, props: Record<string, unknown>, en: string, ko: string): Fix {
  return { title: { en, ko }, ops: [{ op: "updateEdge", id: edge.id, props }] };
}
