import { defineRule } from "../lib/engine/types";

/** Each setting's range as AWS documents it (MB, seconds, MB). */
const LIMITS = [
  { prop: "memorySize", messageId: "memory", min: 128, max: 10_240, unit: "MB" },
  { prop: "timeout", messageId: "timeout", min: 1, max: 900, unit: "s" },
  { prop: "ephemeralStorage", messageId: "ephemeralStorage", min: 512, max: 10_240, unit: "MB" },
] as const;

export default defineRule({
  meta: {
    id: "lambda-quotas",
    severity: "error",
    category: "compute",
    scope: "component",
    title: { en: "Lambda memory, timeout and /tmp within their limits", ko: "Lambda 메모리·제한 시간·/tmp 한도" },
    explanation: {
      en: "A Lambda function's memory is 128 to 10,240 MB (CPU grows with it), its timeout at most 900 seconds (15 minutes; use Fargate, ECS or EC2 for longer work), and its ephemeral storage (/tmp) 512 to 10,240 MB. These are fixed limits, not quotas you can raise. The notes give the same numbers; AWS adds that functions on Lambda Managed Instances may run up to 5,400 s for asynchronous and event-source invocations, which this diagram cannot express, so 900 s is checked.",
      ko: "Lambda 함수의 메모리는 128~10,240MB이고(CPU는 메모리에 비례), 제한 시간은 최대 900초(15분, 더 긴 작업은 Fargate·ECS·EC2 사용), 임시 스토리지(/tmp)는 512~10,240MB입니다. 늘릴 수 있는 할당량이 아니라 고정된 한도입니다. 노트의 숫자와 같습니다. AWS는 Lambda 관리형 인스턴스의 함수가 비동기 호출과 이벤트 소스 호출에서 최대 5,400초까지 실행될 수 있다고 덧붙이지만, 이 다이어그램으로는 표현할 수 없으므로 900초를 확인합니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html",
    notesSection: "Lambda › quotas",
    facts: ["lambda_memory", "lambda_timeout", "lambda_small_limits"],
    messages: {
      memory: {
        en: "Function {function} has {value} MB of memory; Lambda allows {min} to {max} MB.",
        ko: "함수 {function}의 메모리가 {value}MB입니다. Lambda는 {min}~{max}MB를 허용합니다.",
      },
      timeout: {
        en: "Function {function} has a timeout of {value} s; Lambda allows at most {max} s (15 minutes).",
        ko: "함수 {function}의 제한 시간이 {value}초입니다. Lambda는 최대 {max}초(15분)까지 허용합니다.",
      },
      ephemeralStorage: {
        en: "Function {function} has {value} MB of ephemeral storage (/tmp); Lambda allows {min} to {max} MB.",
        ko: "함수 {function}의 임시 스토리지(/tmp)가 {value}MB입니다. Lambda는 {min}~{max}MB를 허용합니다.",
      },
    },
  },
  create(context) {
    return {
      "aws.lambda"(fn) {
        for (const { prop, messageId, min, max, unit } of LIMITS) {
          const value = fn.props[prop];
          if (typeof value !== "number" || (value >= min && value <= max)) continue;
          const limit = value < min ? min : max;
          context.report({
            messageId,
            nodeIds: [fn.id],
            data: { function: context.index.label(fn.id), value, min, max },
            fixes: [
              {
                title: { en: `Set ${prop} to ${limit} ${unit}`, ko: `${prop}을(를) ${limit}${unit === "s" ? "초" : unit}(으)로 설정` },
                ops: [{ op: "updateNode", id: fn.id, props: { [prop]: limit } }],
              },
            ],
          });
        }
      },
    };
  },
});
