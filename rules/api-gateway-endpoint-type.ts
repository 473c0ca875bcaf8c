import { defineRule, type Fix } from "../lib/engine/types";
import { createNode } from "../lib/diagram/create";
import type { DiagramIndex } from "../lib/diagram/graph";
import type { DiagramNode } from "../lib/diagram/types";

export default defineRule({
  meta: {
    id: "api-gateway-endpoint-type",
    severity: "error",
    category: "integration",
    title: { en: "API Gateway endpoint types: private APIs need an execute-api endpoint", ko: "API Gateway 엔드포인트 유형: 프라이빗 API에는 execute-api 엔드포인트 필요" },
    explanation: {
      en: "A REST API is edge-optimized, Regional or private. A private API is reachable only from VPCs through an interface VPC endpoint for the `execute-api` service, and every call fails until its resource policy allows that VPC or endpoint. HTTP APIs are Regional only: they have no edge-optimized or private endpoints. The notes list the three endpoint types correctly but do not say that HTTP APIs lack two of them.",
      ko: "REST API는 엣지 최적화, 리전, 프라이빗 중 하나입니다. 프라이빗 API는 `execute-api` 서비스의 인터페이스 VPC 엔드포인트를 통해 VPC 안에서만 호출할 수 있으며, 리소스 정책이 그 VPC나 엔드포인트를 허용하기 전까지 모든 호출이 실패합니다. HTTP API는 리전 엔드포인트만 있고 엣지 최적화나 프라이빗 엔드포인트는 없습니다. 노트는 세 가지 엔드포인트 유형을 맞게 설명하지만, HTTP API에 그중 두 가지가 없다는 점은 말하지 않습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-private-apis.html",
    notesSection: "API Gateway › endpoint types",
    facts: ["apigw_endpoint_types", "apigw_http_vs_rest"],
    messages: {
      httpNotRegional: {
        en: "HTTP API {api} has a {endpointType} endpoint; HTTP APIs have Regional endpoints only.",
        ko: "HTTP API {api}의 엔드포인트 유형이 {endpointType}입니다. HTTP API는 리전 엔드포인트만 있습니다.",
      },
      privateWithoutEndpoint: {
        en: "Private API {api} has no interface VPC endpoint for execute-api in the diagram, so nothing can call it.",
        ko: "프라이빗 API {api}에 대한 execute-api 인터페이스 VPC 엔드포인트가 다이어그램에 없어서 아무도 호출할 수 없습니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.api-gateway"(api) {
        const label = index.label(api.id);
        const endpointType = String(api.props.endpointType);
        if (api.props.apiType === "HTTP" && endpointType !== "REGIONAL") {
          context.report({
            messageId: "httpNotRegional",
            nodeIds: [api.id],
            data: { api: label, endpointType },
            fixes: [{ title: { en: "Make the endpoint Regional", ko: "리전 엔드포인트로 바꾸기" }, ops: [{ op: "updateNode", id: api.id, props: { endpointType: "REGIONAL" } }] }],
          });
          return;
        }
        if (endpointType !== "PRIVATE" || hasExecuteApiEndpoint(index)) return;
        context.report({
          messageId: "privateWithoutEndpoint",
          nodeIds: [api.id],
          data: { api: label },
          fixes: index.ofKind("aws.vpc").map((vpc) => addEndpoint(index, vpc)),
        });
      },
    };
  },
});

function hasExecuteApiEndpoint(index: DiagramIndex): boolean {
  return index.ofKind("aws.vpc-endpoint").some((e) => e.props.endpointType === "Interface" && e.props.serviceName === "execute-api");
}

function addEndpoint(index: DiagramIndex, vpc: DiagramNode): Fix {
  const node = createNode(index.diagram, "aws.vpc-endpoint", { x: 24, y: 24 }, vpc.id);
  node.props = { ...node.props, endpointType: "Interface", serviceName: "execute-api" };
  const label = index.label(vpc.id);
  return {
    title: { en: `Add an execute-api interface endpoint to ${label}`, ko: `${label}에 execute-api 인터페이스 엔드포인트 추가` },
    ops: [{ op: "addNode", node }],
  };
}
