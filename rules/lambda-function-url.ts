import { defineRule } from "../lib/engine/types";

export default defineRule({
  meta: {
    id: "lambda-function-url",
    severity: "error",
    category: "compute",
    title: { en: "Lambda function URLs: on $LATEST or an alias; NONE auth is public", ko: "Lambda 함수 URL: $LATEST나 별칭에, NONE 인증은 공개" },
    explanation: {
      en: "A function URL is a dedicated HTTPS endpoint (IPv4 and IPv6) for one function, with no charge beyond the invocations. It can point to $LATEST or to an alias, never to a numbered version. Its AuthType is AWS_IAM (callers sign their requests with SigV4 and need lambda:InvokeFunctionUrl) or NONE: then anyone on the internet can call it, as far as the function's resource-based policy allows; since October 2025 a new URL needs that policy to grant both lambda:InvokeFunctionUrl and lambda:InvokeFunction. The notes say function URLs support AWS IAM auth only; AWS documents AWS_IAM or NONE (https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html).",
      ko: "함수 URL은 함수 하나의 전용 HTTPS 엔드포인트(IPv4와 IPv6)이며 호출 비용 외에 추가 비용이 없습니다. $LATEST나 별칭을 가리킬 수 있고, 번호가 붙은 버전은 가리킬 수 없습니다. AuthType은 AWS_IAM(호출자가 SigV4로 요청에 서명하고 lambda:InvokeFunctionUrl 권한 필요) 또는 NONE입니다. NONE이면 함수의 리소스 기반 정책이 허용하는 범위에서 인터넷의 누구나 호출할 수 있으며, 2025년 10월부터 새 URL은 그 정책이 lambda:InvokeFunctionUrl과 lambda:InvokeFunction을 모두 허용해야 합니다. 노트는 함수 URL이 AWS IAM 인증만 지원한다고 하지만, AWS 문서에 따르면 AWS_IAM 또는 NONE입니다 (https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html).",
    },
    docsUrl: "https://docs.aws.amazon.com/lambda/latest/dg/urls-configuration.html",
    notesSection: "Lambda › Function URL",
    facts: ["lambda_url_auth", "lambda_url_target"],
    messages: {
      numberedVersion: {
        en: "Function {function} has a function URL on version {qualifier}; a function URL can point only to $LATEST or an alias.",
        ko: "함수 {function}의 함수 URL이 버전 {qualifier}을(를) 가리킵니다. 함수 URL은 $LATEST나 별칭만 가리킬 수 있습니다.",
      },
      publicUrl: {
        en: "Function {function} has a function URL with AuthType NONE: anyone on the internet can call it, as far as its resource-based policy allows.",
        ko: "함수 {function}의 함수 URL은 AuthType이 NONE입니다. 리소스 기반 정책이 허용하는 범위에서 인터넷의 누구나 호출할 수 있습니다.",
      },
    },
  },
  create(context) {
    return {
      "aws.lambda"(fn) {
        const auth = fn.props.functionUrlAuthType;
        if (auth !== "AWS_IAM" && auth !== "NONE") return;
        const name = context.index.label(fn.id);
        const qualifier = fn.props.functionUrlQualifier;
        if (typeof qualifier === "string" && /^\d+$/.test(qualifier)) {
          context.report({
            messageId: "numberedVersion",
            nodeIds: [fn.id],
            data: { function: name, qualifier },
            fixes: [{ title: { en: "Point the URL at $LATEST", ko: "URL이 $LATEST를 가리키게 하기" }, ops: [{ op: "updateNode", id: fn.id, props: { functionUrlQualifier: undefined } }] }],
          });
        }
        if (auth === "NONE") {
          context.report({
            messageId: "publicUrl",
            nodeIds: [fn.id],
            data: { function: name },
            severity: "info",
            fixes: [{ title: { en: "Require IAM auth (AWS_IAM)", ko: "IAM 인증(AWS_IAM) 요구" }, ops: [{ op: "updateNode", id: fn.id, props: { functionUrlAuthType: "AWS_IAM" } }] }],
          });
        }
      },
    };
  },
});
