import { defineRule } from "../lib/engine/types";

const EDGE_CERTIFICATE_REGION = "us-east-1";

export default defineRule({
  meta: {
    id: "api-gateway-custom-domain-certificate",
    severity: "error",
    category: "integration",
    title: { en: "API Gateway custom domain certificates: us-east-1 for edge-optimized, the API's Region for Regional", ko: "API Gateway 사용자 지정 도메인 인증서: 엣지 최적화는 us-east-1, 리전은 API의 리전" },
    explanation: {
      en: "A custom domain name for an edge-optimized API is served through CloudFront, so its ACM certificate must be issued in US East (N. Virginia), us-east-1, whatever Region the API is in. A Regional custom domain name (REST APIs with a Regional endpoint, HTTP and WebSocket APIs) needs its certificate in the same Region as the API. The notes do not cover custom domain names.",
      ko: "엣지 최적화 API의 사용자 지정 도메인 이름은 CloudFront를 거쳐 제공되므로, API가 어느 리전에 있든 ACM 인증서를 미국 동부(버지니아 북부) us-east-1에서 발급해야 합니다. 리전 사용자 지정 도메인 이름(리전 엔드포인트의 REST API, HTTP API, WebSocket API)은 API와 같은 리전의 인증서가 필요합니다. 노트에는 사용자 지정 도메인 이름 내용이 없습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-edge-optimized-custom-domain-name.html",
    facts: ["apigw_custom_domain_cert"],
    messages: {
      edgeOptimized: {
        en: "Edge-optimized API {api} uses a custom domain certificate from {region}; an edge-optimized custom domain needs an ACM certificate from us-east-1.",
        ko: "엣지 최적화 API {api}의 사용자 지정 도메인 인증서가 {region}에서 발급되었습니다. 엣지 최적화 사용자 지정 도메인에는 us-east-1의 ACM 인증서가 필요합니다.",
      },
      regional: {
        en: "API {api} in {apiRegion} uses a custom domain certificate from {region}; a Regional custom domain needs an ACM certificate from the API's own Region.",
        ko: "{apiRegion}의 API {api}이(가) {region}에서 발급된 사용자 지정 도메인 인증서를 씁니다. 리전 사용자 지정 도메인에는 API와 같은 리전의 ACM 인증서가 필요합니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.api-gateway"(api) {
        const region = api.props.customDomainCertificateRegion;
        if (typeof region !== "string") return;
        const label = index.label(api.id);
        const fix = (to: string) => ({
          title: { en: `Use a certificate from ${to}`, ko: `${to}의 인증서 사용` },
          ops: [{ op: "updateNode" as const, id: api.id, props: { customDomainCertificateRegion: to } }],
        });
        // Edge-optimized endpoints exist for REST APIs only; HTTP and WebSocket custom domains are Regional.
        const edgeOptimized = api.props.apiType === "REST" && api.props.endpointType === "EDGE";
        if (edgeOptimized) {
          if (region !== EDGE_CERTIFICATE_REGION) context.report({ messageId: "edgeOptimized", nodeIds: [api.id], data: { api: label, region }, fixes: [fix(EDGE_CERTIFICATE_REGION)] });
          return;
        }
        // Private custom domain names are not part of the checked fact.
        if (api.props.apiType === "REST" && api.props.endpointType !== "REGIONAL") return;
        const apiRegion = index.ancestor(api, "aws.region")?.props.regionCode;
        if (typeof apiRegion !== "string" || apiRegion === region) return;
        context.report({ messageId: "regional", nodeIds: [api.id], data: { api: label, apiRegion, region }, fixes: [fix(apiRegion)] });
      },
    };
  },
});
