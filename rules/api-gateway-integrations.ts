import { defineRule, type Fix } from "../lib/engine/types";
import type { DiagramEdge } from "../lib/diagram/types";

const PROXY = new Set(["AWS_PROXY", "HTTP_PROXY"]);
/** HTTP APIs integrate by proxy only (Lambda proxy, HTTP proxy, AWS service integrations). */
const HTTP_API_TYPES = new Set(["AWS_PROXY", "HTTP_PROXY"]);

export default defineRule({
  meta: {
    id: "api-gateway-integrations",
    severity: "error",
    category: "integration",
    title: { en: "API Gateway integration types and mapping templates", ko: "API Gateway 통합 유형과 매핑 템플릿" },
    explanation: {
      en: "A REST API method integrates with its backend in one of five ways: MOCK (no backend), AWS or HTTP (the request and response can be reshaped with VTL mapping templates), or AWS_PROXY and HTTP_PROXY, which pass the request through as it came and take no mapping templates. An HTTP API has only proxy integrations (Lambda proxy, HTTP proxy, AWS service integrations) and no VTL mapping templates, though it can map parameters. Callers are authorized with IAM (SigV4), Cognito user pools or Lambda authorizers, which the diagram does not hold. The notes list the types correctly; they say HTTP APIs have no data mapping, while AWS documents parameter mapping for them.",
      ko: "REST API 메서드는 다섯 가지 방식으로 백엔드와 통합됩니다: MOCK(백엔드 없음), AWS 또는 HTTP(VTL 매핑 템플릿으로 요청과 응답을 바꿀 수 있음), 그리고 요청을 받은 그대로 전달하며 매핑 템플릿을 쓰지 않는 AWS_PROXY와 HTTP_PROXY입니다. HTTP API에는 프록시 통합(Lambda 프록시, HTTP 프록시, AWS 서비스 통합)만 있고 VTL 매핑 템플릿이 없지만 파라미터 매핑은 됩니다. 호출자 권한 부여는 IAM(SigV4), Cognito 사용자 풀, Lambda 권한 부여자로 하며, 이는 다이어그램에 없습니다. 노트는 유형을 맞게 설명하지만 HTTP API에 데이터 매핑이 없다고 하는데, AWS 문서에 따르면 파라미터 매핑은 지원합니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-integration-types.html",
    notesSection: "API Gateway › security/integrations",
    facts: ["apigw_auth_integrations", "apigw_http_vs_rest"],
    messages: {
      proxyTemplates: {
        en: "API {api} integrates with {target} as {integrationType} but has mapping templates, which a proxy integration ignores: it passes the request and response through unchanged.",
        ko: "API {api}이(가) {target}과(와) {integrationType}(으)로 통합되지만 매핑 템플릿이 있습니다. 프록시 통합은 요청과 응답을 그대로 전달하므로 이 템플릿은 무시됩니다.",
      },
      httpApiType: {
        en: "HTTP API {api} integrates with {target} as {integrationType}; HTTP APIs have proxy integrations only (AWS_PROXY, HTTP_PROXY).",
        ko: "HTTP API {api}이(가) {target}과(와) {integrationType}(으)로 통합됩니다. HTTP API에는 프록시 통합(AWS_PROXY, HTTP_PROXY)만 있습니다.",
      },
      httpApiTemplates: {
        en: "HTTP API {api} has mapping templates on its integration with {target}; HTTP APIs have no VTL mapping templates (use parameter mapping).",
        ko: "HTTP API {api}의 {target} 통합에 매핑 템플릿이 있습니다. HTTP API에는 VTL 매핑 템플릿이 없습니다 (파라미터 매핑 사용).",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.api-gateway"(api) {
        const http = api.props.apiType === "HTTP";
        for (const edge of index.edgesFrom(api.id, "invocation")) {
          const data = { api: index.label(api.id), target: index.label(edge.target), integrationType: String(edge.props.integrationType) };
          const nodeIds = [api.id, edge.target];
          const type = edge.props.integrationType;
          const templates = edge.props.mappingTemplates === true;
          if (http && typeof type === "string" && !HTTP_API_TYPES.has(type)) {
            context.report({ messageId: "httpApiType", nodeIds, data, fixes: [set(edge, { integrationType: type.startsWith("HTTP") ? "HTTP_PROXY" : "AWS_PROXY", mappingTemplates: false }, "Use a proxy integration", "프록시 통합 사용")] });
          }
          if (!templates) continue;
          if (http) context.report({ messageId: "httpApiTemplates", nodeIds, data, fixes: [removeTemplates(edge)] });
          else if (typeof type === "string" && PROXY.has(type)) context.report({ messageId: "proxyTemplates", severity: "warning", nodeIds, data, fixes: [removeTemplates(edge), set(edge, { integrationType: type === "HTTP_PROXY" ? "HTTP" : "AWS" }, "Use a non-proxy integration", "비프록시 통합 사용")] });
        }
      },
    };
  },
});

function set(edge: DiagramEdge, props: Record<string, unknown>, en: string, ko: string): Fix {
  return { title: { en, ko }, ops: [{ op: "updateEdge", id: edge.id, props }] };
}

function removeTemplates(edge: DiagramEdge): Fix {
  return set(edge, { mappingTemplates: false }, "Remove the mapping templates", "매핑 템플릿 제거");
}
