import { defineRule } from "../lib/engine/types";

const EDGE_CERTIFICATE_REGION = "us-east-1";

export default defineRule({
  meta: {
    id: "api-gateway-custom-domain-certificate",
    severity: "error",
    category: "integration",
    title: { en: "API Gateway custom domain certificates: us-east-1 for edge-optimized, the API's Region for Regional", ko: "API Gateway 사용자 지정 도메인 인증서: 엣지 최적화는 us-east-1, 리전은 API의 리전" },
    explanation: {
      en: "A custom domain name for an edge-optimized API is served through CloudFront, so its ACM certificate must be issued in US East (N. Virginia), us-east-1, whatever Region the API is in. A Regional custom domain name needs its certificate in the same Region as the API. HTTP and WebSocket APIs have Regional custom domain names only. For a REST API the custom domain name has its own endpoint type, which need not match the API's: an edge-optimized API can be mapped to a Regional custom domain name and a Regional API to an edge-optimized one, so a REST API's certificate must come from us-east-1 or from the API's own Region, and only another Region is certainly wrong (https://repost.aws/knowledge-center/custom-domain-name-amazon-api-gateway). The notes do not cover custom domain names.",
      ko: "엣지 최적화 API의 사용자 지정 도메인 이름은 CloudFront를 거쳐 제공되므로, API가 어느 리전에 있든 ACM 인증서를 미국 동부(버지니아 북부) us-east-1에서 발급해야 합니다. 리전 사용자 지정 도메인 이름은 API와 같은 리전의 인증서가 필요합니다. HTTP API와 WebSocket API에는 리전 사용자 지정 도메인 이름만 있습니다. REST API의 사용자 지정 도메인 이름은 API와 별개로 자체 엔드포인트 유형을 가지므로, 엣지 최적화 API를 리전 사용자 지정 도메인 이름에, 리전 API를 엣지 최적화 사용자 지정 도메인 이름에 매핑할 수 있습니다. 따라서 REST API의 인증서는 us-east-1이나 API 자신의 리전에서 발급되어야 하며, 그 밖의 리전만 확실히 잘못입니다 (https://repost.aws/knowledge-center/custom-domain-name-amazon-api-gateway). 노트에는 사용자 지정 도메인 이름 내용이 없습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-edge-optimized-custom-domain-name.html",
    facts: ["apigw_custom_domain_cert"],
    messages: {
      restApi: {
        en: "REST API {api} in {apiRegion} uses a custom domain certificate from {region}; an edge-optimized custom domain needs an ACM certificate from us-east-1, a Regional one a certificate from the API's own Region.",
        ko: "{apiRegion}의 REST API {api}이(가) {region}에서 발급된 사용자 지정 도메인 인증서를 씁니다. 엣지 최적화 사용자 지정 도메인에는 us-east-1의 ACM 인증서가, 리전 사용자 지정 도메인에는 API와 같은 리전의 인증서가 필요합니다.",
      },
      regional: {
        en: "{apiType} API {api} in {apiRegion} uses a custom domain certificate from {region}; its custom domain is Regional and needs an ACM certificate from the API's own Region.",
        ko: "{apiRegion}의 {apiType} API {api}이(가) {region}에서 발급된 사용자 지정 도메인 인증서를 씁니다. 이 API의 사용자 지정 도메인은 리전 도메인이므로 API와 같은 리전의 ACM 인증서가 필요합니다.",
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
        // Private custom domain names are not part of the checked fact.
        if (api.props.apiType === "REST" && api.props.endpointType === "PRIVATE") return;
        const apiRegion = index.ancestor(api, "aws.region")?.props.regionCode;
        if (typeof apiRegion !== "string" || apiRegion === region) return;
        if (api.props.apiType === "REST") {
          // A REST API's custom domain name has its own endpoint type, whatever the API's: edge-optimized (us-east-1) or Regional (the API's Region).
          if (region === EDGE_CERTIFICATE_REGION) return;
          context.report({ messageId: "restApi", nodeIds: [api.id], data: { api: label, apiRegion, region }, fixes: [fix(EDGE_CERTIFICATE_REGION), fix(apiRegion)] });
          return;
        }
        // HTTP and WebSocket APIs have Regional custom domain names only.
        const apiType = api.props.apiType === "HTTP" ? "HTTP" : "WebSocket";
        context.report({ messageId: "regional", nodeIds: [api.id], data: { api: label, apiType, apiRegion, region }, fixes: [fix(apiRegion)] });
      },
    };
  },
});
