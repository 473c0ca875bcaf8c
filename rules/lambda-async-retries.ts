import { defineRule } from "../lib/engine/types";

const MAX_RETRIES = 2;
/** Seconds: 6 hours. */
const MAX_EVENT_AGE = 21_600;

export default defineRule({
  meta: {
    id: "lambda-async-retries",
    severity: "error",
    category: "compute",
    scope: "component",
    title: { en: "Lambda asynchronous retries and event age within their limits", ko: "Lambda 비동기 재시도·이벤트 수명 한도" },
    explanation: {
      en: "When a function invoked asynchronously (by S3, SNS, EventBridge…) returns an error, Lambda retries the event up to 2 more times; the retry attempts can be set from 0 to 2, not higher. Lambda also keeps an unprocessed event in its queue for at most 6 hours (21,600 seconds), the largest maximum event age. For more retries or a longer wait, send failed events to an on-failure destination or a queue and reprocess them from there.",
      ko: "비동기로 호출된 함수(S3, SNS, EventBridge 등)가 오류를 반환하면 Lambda는 이벤트를 최대 2번 더 재시도합니다. 재시도 횟수는 0~2로 설정할 수 있고 그보다 크게는 안 됩니다. 또한 Lambda는 처리되지 않은 이벤트를 대기열에 최대 6시간(21,600초)까지 보관하며, 이것이 최대 이벤트 수명의 상한입니다. 더 많은 재시도나 더 긴 대기가 필요하면 실패한 이벤트를 실패 시 대상이나 대기열로 보내 다시 처리하세요.",
    },
    docsUrl: "https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html",
    notesSection: "Integration › invocation types",
    facts: ["lambda_async_retries"],
    messages: {
      retries: {
        en: "Function {function} retries asynchronous events {value} times; Lambda allows 0 to {max}.",
        ko: "함수 {function}의 비동기 이벤트 재시도 횟수가 {value}회입니다. Lambda는 0~{max}회를 허용합니다.",
      },
      eventAge: {
        en: "Function {function} keeps asynchronous events for up to {value} s; Lambda allows at most {max} s (6 hours).",
        ko: "함수 {function}이(가) 비동기 이벤트를 최대 {value}초 보관합니다. Lambda는 최대 {max}초(6시간)까지 허용합니다.",
      },
    },
  },
  create(context) {
    return {
      "aws.lambda"(fn) {
        const checks = [
          { prop: "maximumRetryAttempts", messageId: "retries", max: MAX_RETRIES, en: "attempts", ko: "회" },
          { prop: "maximumEventAgeSeconds", messageId: "eventAge", max: MAX_EVENT_AGE, en: "s", ko: "초" },
        ] as const;
        for (const { prop, messageId, max, en, ko } of checks) {
          const value = fn.props[prop];
          if (typeof value !== "number" || value <= max) continue;
          context.report({
            messageId,
            nodeIds: [fn.id],
            data: { function: context.index.label(fn.id), value, max },
            fixes: [
              {
                title: { en: `Set ${prop} to ${max} ${en}`, ko: `${prop}을(를) ${max}${ko}(으)로 설정` },
                ops: [{ op: "updateNode", id: fn.id, props: { [prop]: max } }],
              },
            ],
          });
        }
      },
    };
  },
});
