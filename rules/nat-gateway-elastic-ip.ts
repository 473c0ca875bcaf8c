import { defineRule } from "../lib/engine/types";

export default defineRule({
  meta: {
    id: "nat-gateway-elastic-ip",
    severity: "error",
    category: "network",
    scope: "component",
    title: { en: "A public NAT gateway has an Elastic IP; a private one has none", ko: "퍼블릭 NAT 게이트웨이에는 탄력적 IP, 프라이빗에는 없음" },
    explanation: {
      en: "A public zonal NAT gateway sends traffic to the internet from its Elastic IP, so AWS requires one when you create it. A private NAT gateway is for traffic to other VPCs or on-premises through a transit gateway or virtual private gateway: it cannot have an Elastic IP, and traffic it sends to an internet gateway is dropped. (A regional NAT gateway can allocate its addresses itself.) The notes say a NAT gateway needs an Elastic IP; that holds for zonal public NAT gateways only.",
      ko: "퍼블릭 영역 NAT 게이트웨이는 탄력적 IP로 인터넷에 트래픽을 보내므로, AWS는 생성할 때 탄력적 IP를 요구합니다. 프라이빗 NAT 게이트웨이는 Transit Gateway나 가상 프라이빗 게이트웨이를 거쳐 다른 VPC나 온프레미스로 가는 트래픽용이라 탄력적 IP를 가질 수 없고, 인터넷 게이트웨이로 보낸 트래픽은 버려집니다. (리전 NAT 게이트웨이는 주소를 스스로 할당할 수 있습니다.) 노트는 NAT 게이트웨이에 탄력적 IP가 필요하다고 하는데, 이는 영역 퍼블릭 NAT 게이트웨이에만 해당합니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html",
    notesSection: "VPC › NAT",
    facts: ["nat_gw_public", "nat_gw_constraints"],
    messages: {
      publicWithoutEip: {
        en: "Public NAT gateway {nat} has no Elastic IP; it cannot be created without one, and without one nothing reaches the internet through it.",
        ko: "퍼블릭 NAT 게이트웨이 {nat}에 탄력적 IP가 없습니다. 탄력적 IP 없이는 만들 수 없고, 이를 거쳐 인터넷에 닿을 수도 없습니다.",
      },
      privateWithEip: {
        en: "Private NAT gateway {nat} has an Elastic IP; a private NAT gateway cannot have one, and it never reaches the internet.",
        ko: "프라이빗 NAT 게이트웨이 {nat}에 탄력적 IP가 있습니다. 프라이빗 NAT 게이트웨이는 탄력적 IP를 가질 수 없고 인터넷에 닿지도 않습니다.",
      },
    },
  },
  create(context) {
    return {
      "aws.nat-gateway"(nat) {
        const data = { nat: context.index.label(nat.id) };
        const isPrivate = nat.props.connectivityType === "private";
        const hasEip = nat.props.elasticIp === true;
        if (!isPrivate && !hasEip && nat.props.availabilityMode !== "regional") {
          context.report({
            messageId: "publicWithoutEip",
            nodeIds: [nat.id],
            data,
            fixes: [{ title: { en: "Give it an Elastic IP", ko: "탄력적 IP 할당하기" }, ops: [{ op: "updateNode", id: nat.id, props: { elasticIp: true } }] }],
          });
        } else if (isPrivate && hasEip) {
          context.report({
            messageId: "privateWithEip",
            nodeIds: [nat.id],
            data,
            fixes: [
              { title: { en: "Remove the Elastic IP", ko: "탄력적 IP 제거하기" }, ops: [{ op: "updateNode", id: nat.id, props: { elasticIp: false } }] },
              {
                title: { en: "Make it a public NAT gateway", ko: "퍼블릭 NAT 게이트웨이로 바꾸기" },
                ops: [{ op: "updateNode", id: nat.id, props: { connectivityType: "public" } }],
              },
            ],
          });
        }
      },
    };
  },
});
