import { defineRule } from "../lib/engine/types";
import { vpcDnsAttributeOn } from "../lib/network/dns";

export default defineRule({
  meta: {
    id: "vpc-endpoint-private-dns",
    severity: "error",
    category: "network",
    scope: "component",
    title: { en: "Private DNS on an interface endpoint needs the VPC's DNS attributes", ko: "인터페이스 엔드포인트의 프라이빗 DNS에는 VPC DNS 속성 필요" },
    explanation: {
      en: "With private DNS on, an interface VPC endpoint makes the service's usual name (sqs.us-east-1.amazonaws.com) resolve to the endpoint's private addresses inside the VPC. That needs both VPC attributes enableDnsSupport and enableDnsHostnames set to true, and a VPC you create has enableDnsHostnames off by default (a default VPC has both on). The notes also say interface endpoints cover every service except S3 and DynamoDB; AWS documents interface endpoints for S3 and DynamoDB too (DynamoDB Streams has interface endpoints only).",
      ko: "프라이빗 DNS를 켜면 인터페이스 VPC 엔드포인트는 VPC 안에서 서비스의 일반 이름(sqs.us-east-1.amazonaws.com)이 엔드포인트의 프라이빗 주소로 해석되게 합니다. 이를 위해서는 VPC 속성 enableDnsSupport와 enableDnsHostnames가 모두 true여야 하는데, 직접 만든 VPC는 enableDnsHostnames가 기본적으로 꺼져 있습니다(기본 VPC는 둘 다 켜져 있음). 노트는 인터페이스 엔드포인트가 S3와 DynamoDB를 뺀 모든 서비스를 지원한다고 하지만, AWS 문서에 따르면 S3와 DynamoDB에도 인터페이스 엔드포인트가 있습니다(DynamoDB Streams는 인터페이스 엔드포인트만 있음).",
    },
    docsUrl: "https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-aws-services.html",
    notesSection: "VPC › endpoints",
    facts: ["interface_endpoint_scope"],
    messages: {
      dnsOff: {
        en: "Interface endpoint {endpoint} has private DNS on, but VPC {vpc} has {attributes} turned off; private DNS needs enableDnsSupport and enableDnsHostnames.",
        ko: "인터페이스 엔드포인트 {endpoint}에 프라이빗 DNS가 켜져 있지만 VPC {vpc}의 {attributes}이(가) 꺼져 있습니다. 프라이빗 DNS에는 enableDnsSupport와 enableDnsHostnames가 모두 필요합니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.vpc-endpoint"(endpoint) {
        if (endpoint.props.endpointType !== "Interface" || endpoint.props.privateDnsEnabled !== true) return;
        const vpc = index.vpcOf(endpoint);
        if (!vpc) return;
        const off = (["enableDnsSupport", "enableDnsHostnames"] as const).filter((a) => !vpcDnsAttributeOn(vpc, a));
        if (off.length === 0) return;
        context.report({
          messageId: "dnsOff",
          nodeIds: [endpoint.id, vpc.id],
          data: { endpoint: index.label(endpoint.id), vpc: index.label(vpc.id), attributes: off.join(", ") },
          fixes: [
            {
              title: { en: "Turn on the VPC's DNS support and DNS hostnames", ko: "VPC의 DNS 지원과 DNS 호스트 이름 켜기" },
              ops: [{ op: "updateNode", id: vpc.id, props: { enableDnsSupport: true, enableDnsHostnames: true } }],
            },
            {
              title: { en: "Turn off private DNS on the endpoint", ko: "엔드포인트의 프라이빗 DNS 끄기" },
              ops: [{ op: "updateNode", id: endpoint.id, props: { privateDnsEnabled: false } }],
            },
          ],
        });
      },
    };
  },
});
