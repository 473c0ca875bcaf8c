import { defineRule } from "../lib/engine/types";

/** The longest receive wait SQS allows, in seconds. */
const MAX_WAIT = 20;

export default defineRule({
  meta: {
    id: "sqs-long-polling",
    severity: "error",
    category: "integration",
    scope: "component",
    title: { en: "SQS receive wait time within 0–20 s", ko: "SQS 수신 대기 시간 0~20초" },
    explanation: {
      en: "An SQS queue's receive message wait time (ReceiveMessageWaitTimeSeconds) sets how long a ReceiveMessage call waits for messages. 0, the default, is short polling; 1 to 20 seconds is long polling, which returns fewer empty responses and costs less. SQS rejects a wait time above 20 seconds. A Lambda event source mapping always long-polls, whatever the queue's setting.",
      ko: "SQS 대기열의 메시지 수신 대기 시간(ReceiveMessageWaitTimeSeconds)은 ReceiveMessage 호출이 메시지를 기다리는 시간입니다. 기본값 0은 짧은 폴링이고, 1~20초는 긴 폴링으로 빈 응답이 줄고 비용이 적게 듭니다. SQS는 20초를 넘는 대기 시간을 거부합니다. Lambda 이벤트 소스 매핑은 대기열 설정과 관계없이 항상 긴 폴링을 합니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-short-and-long-polling.html",
    notesSection: "Integration › ESM (SQS)",
    facts: ["sqs_long_polling"],
    messages: {
      waitTooLong: {
        en: "Queue {queue} has a receive message wait time of {value} s; SQS allows 0 to {max} s.",
        ko: "대기열 {queue}의 메시지 수신 대기 시간이 {value}초입니다. SQS는 0~{max}초를 허용합니다.",
      },
    },
  },
  create(context) {
    return {
      "aws.sqs-queue"(queue) {
        const value = queue.props.receiveMessageWaitTimeSeconds;
        if (typeof value !== "number" || value <= MAX_WAIT) return;
        context.report({
          messageId: "waitTooLong",
          nodeIds: [queue.id],
          data: { queue: context.index.label(queue.id), value, max: MAX_WAIT },
          fixes: [
            {
              title: { en: `Set the receive wait time to ${MAX_WAIT} s`, ko: `수신 대기 시간을 ${MAX_WAIT}초로 설정` },
              ops: [{ op: "updateNode", id: queue.id, props: { receiveMessageWaitTimeSeconds: MAX_WAIT } }],
            },
          ],
        });
      },
    };
  },
});
