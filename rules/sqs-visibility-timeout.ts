import { defineRule, type Fix } from "../lib/engine/types";
import type { DiagramNode } from "../lib/diagram/types";

/** AWS recommends a visibility timeout of at least six times the function timeout (plus any batch window). */
const RECOMMENDED_FACTOR = 6;
/** SQS's largest visibility timeout: 12 hours. */
const MAX_VISIBILITY = 43_200;

export default defineRule({
  meta: {
    id: "sqs-visibility-timeout",
    severity: "error",
    category: "integration",
    scope: "component",
    title: { en: "SQS visibility timeout covers the Lambda timeout", ko: "SQS 가시성 제한 시간이 Lambda 제한 시간을 포함" },
    explanation: {
      en: "Lambda reads an SQS queue through an event source mapping. While the function works on a batch, the messages stay hidden for the queue's visibility timeout; if it is shorter than the function's timeout, a message can reappear and be processed twice, so Lambda refuses to create the mapping (\"Queue visibility timeout … is less than Function timeout\"). AWS recommends a visibility timeout of at least six times the function timeout, plus the batch window, so throttled batches can be retried.",
      ko: "Lambda는 이벤트 소스 매핑으로 SQS 대기열을 읽습니다. 함수가 배치를 처리하는 동안 메시지는 대기열의 가시성 제한 시간만큼 숨겨지는데, 이 시간이 함수 제한 시간보다 짧으면 메시지가 다시 보여 두 번 처리될 수 있으므로 Lambda가 매핑 생성을 거부합니다(\"Queue visibility timeout … is less than Function timeout\"). AWS는 제한된 배치를 재시도할 수 있도록 가시성 제한 시간을 함수 제한 시간의 6배 이상(배치 기간 추가)으로 두기를 권장합니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html",
    facts: ["lambda_sqs_visibility"],
    messages: {
      lessThanTimeout: {
        en: "Queue {queue} has a visibility timeout of {visibility} s, less than the {timeout} s timeout of function {function}; Lambda will not create the event source mapping.",
        ko: "대기열 {queue}의 가시성 제한 시간 {visibility}초가 함수 {function}의 제한 시간 {timeout}초보다 짧습니다. Lambda가 이벤트 소스 매핑을 만들지 않습니다.",
      },
      belowRecommended: {
        en: "Queue {queue} has a visibility timeout of {visibility} s; AWS recommends at least {recommended} s, six times the {timeout} s timeout of function {function}.",
        ko: "대기열 {queue}의 가시성 제한 시간이 {visibility}초입니다. AWS는 함수 {function}의 제한 시간 {timeout}초의 6배인 {recommended}초 이상을 권장합니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.sqs-queue"(queue) {
        const visibility = queue.props.visibilityTimeout;
        if (typeof visibility !== "number") return;
        const consumers = index
          .edgesFrom(queue.id, "invocation")
          .map((e) => index.node(e.target))
          .filter((n): n is DiagramNode => n?.kind === "aws.lambda" && typeof n.props.timeout === "number");
        const recommendedFor = (fn: DiagramNode) => Math.min((fn.props.timeout as number) * RECOMMENDED_FACTOR, MAX_VISIBILITY);
        // One value that suits every consumer, so fixing one finding does not leave another.
        const fixValue = Math.max(...consumers.map(recommendedFor));
        for (const fn of consumers) {
          const timeout = fn.props.timeout as number;
          const recommended = recommendedFor(fn);
          if (visibility >= recommended) continue;
          const tooShort = visibility < timeout;
          context.report({
            messageId: tooShort ? "lessThanTimeout" : "belowRecommended",
            nodeIds: [queue.id, fn.id],
            data: { queue: index.label(queue.id), visibility, timeout, function: index.label(fn.id), recommended },
            fixes: [setVisibility(queue, fixValue)],
            ...(tooShort ? {} : { severity: "warning" as const }),
          });
        }
      },
    };
  },
});

function setVisibility(queue: DiagramNode, seconds: number): Fix {
  return {
    title: { en: `Set the visibility timeout to ${seconds} s`, ko: `가시성 제한 시간을 ${seconds}초로 설정` },
    ops: [{ op: "updateNode", id: queue.id, props: { visibilityTimeout: seconds } }],
  };
}
