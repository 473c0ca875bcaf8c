import { defineRule } from "../lib/engine/types";

/**
 * The services that have gateway endpoints. `s3express` (S3 Express One Zone directory buckets) also
 * has one; it is S3, and reporting it would be a false alarm.
 */
const GATEWAY_SERVICES = new Set(["s3", "dynamodb", "s3express"]);

export default defineRule({
  meta: {
    id: "gateway-endpoint-services",
    severity: "error",
    category: "network",
    scope: "component",
    title: { en: "Gateway endpoints exist only for S3 and DynamoDB", ko: "게이트웨이 엔드포인트는 S3와 DynamoDB 전용" },
    explanation: {
      en: "A gateway endpoint is a free route-table target that exists only for Amazon S3 and DynamoDB; every other service is reached privately through an interface endpoint (ENIs in your subnets, billed per hour). The notes say interface endpoints cover every service except S3 and DynamoDB; AWS documents that S3 and DynamoDB have interface endpoints too, which you need from on-premises networks or peered VPCs.",
      ko: "게이트웨이 엔드포인트는 라우팅 테이블의 대상이 되는 무료 엔드포인트로, Amazon S3와 DynamoDB에만 있습니다. 다른 서비스는 인터페이스 엔드포인트(서브넷의 ENI, 시간당 과금)로 비공개 접근합니다. 노트는 인터페이스 엔드포인트가 S3와 DynamoDB를 뺀 모든 서비스를 지원한다고 하지만, AWS 문서에 따르면 S3와 DynamoDB에도 인터페이스 엔드포인트가 있으며 온프레미스 네트워크나 피어링된 VPC에서 접근할 때 필요합니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html",
    notesSection: "VPC › endpoints",
    facts: ["gateway_endpoint_s3_ddb", "interface_endpoint_scope"],
    messages: {
      notGatewayService: {
        en: "Endpoint {endpoint} is a gateway endpoint for {service}; gateway endpoints exist only for S3 and DynamoDB, so {service} needs an interface endpoint.",
        ko: "엔드포인트 {endpoint}은(는) {service}용 게이트웨이 엔드포인트입니다. 게이트웨이 엔드포인트는 S3와 DynamoDB에만 있으므로 {service}에는 인터페이스 엔드포인트가 필요합니다.",
      },
    },
  },
  create(context) {
    return {
      "aws.vpc-endpoint"(endpoint) {
        if (endpoint.props.endpointType !== "Gateway" || typeof endpoint.props.serviceName !== "string") return;
        const service = shortServiceName(endpoint.props.serviceName);
        if (GATEWAY_SERVICES.has(service)) return;
        context.report({
          messageId: "notGatewayService",
          nodeIds: [endpoint.id],
          data: { endpoint: context.index.label(endpoint.id), service },
          fixes: [
            {
              title: { en: "Make it an interface endpoint", ko: "인터페이스 엔드포인트로 바꾸기" },
              ops: [{ op: "updateNode", id: endpoint.id, props: { endpointType: "Interface" } }],
            },
          ],
        });
      },
    };
  },
});

/** `com.amazonaws.us-east-1.s3` → `s3`; a short name is kept as written, lowercased. */
function shortServiceName(name: string): string {
  const lower = name.trim().toLowerCase();
  const parts = lower.split(".");
  return lower.startsWith("com.amazonaws.") && parts.length > 3 ? parts.slice(3).join(".") : lower;
}
