import { defineRule } from "../lib/engine/types";
import { analyzeReachability } from "../lib/network/reachability";

export default defineRule({
  meta: {
    id: "nat-gateway-in-public-subnet",
    severity: "error",
    category: "network",
    scope: "component",
    title: { en: "A zonal public NAT gateway sits in a public subnet", ko: "영역 퍼블릭 NAT 게이트웨이는 퍼블릭 서브넷에" },
    explanation: {
      en: "A zonal public NAT gateway forwards traffic to the internet through the internet gateway, so it must be in a public subnet: one whose route table sends 0.0.0.0/0 to the VPC's internet gateway. In a private subnet its traffic has no way out, and every subnet routed to it loses the internet. A regional NAT gateway (2025) spans the VPC's AZs and needs no public subnet, only the VPC's internet gateway. The notes put every NAT gateway in a public subnet; that is right for zonal public NAT gateways but outdated as a rule for all of them, so regional ones are not reported.",
      ko: "영역 퍼블릭 NAT 게이트웨이는 인터넷 게이트웨이를 거쳐 인터넷으로 트래픽을 전달하므로, 라우팅 테이블이 0.0.0.0/0을 VPC의 인터넷 게이트웨이로 보내는 퍼블릭 서브넷에 있어야 합니다. 프라이빗 서브넷에 있으면 트래픽이 나갈 길이 없고, 이 NAT로 라우팅하는 모든 서브넷이 인터넷을 잃습니다. 리전 NAT 게이트웨이(2025)는 VPC의 여러 가용 영역에 걸치며, 퍼블릭 서브넷 없이 VPC의 인터넷 게이트웨이만 있으면 됩니다. 노트는 모든 NAT 게이트웨이를 퍼블릭 서브넷에 두라고 합니다. 영역 퍼블릭 NAT 게이트웨이에는 맞지만 모든 NAT 게이트웨이의 규칙으로는 오래된 내용이므로, 리전 NAT 게이트웨이는 보고하지 않습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html",
    notesSection: "VPC › NAT",
    facts: ["nat_gw_public", "public_subnet_definition", "lambda_vpc_nat"],
    messages: {
      privateSubnet: {
        en: "NAT gateway {nat} is in subnet {subnet}, which has no route 0.0.0.0/0 to an internet gateway, so nothing reaches the internet through it.",
        ko: "NAT 게이트웨이 {nat}이(가) 있는 서브넷 {subnet}에 인터넷 게이트웨이로 가는 0.0.0.0/0 경로가 없어, 이 NAT를 거쳐서는 인터넷에 닿지 않습니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.nat-gateway"(nat) {
        if (nat.props.connectivityType === "private" || nat.props.availabilityMode === "regional") return;
        const subnet = index.ancestor(nat, "aws.subnet");
        if (!subnet) return;
        const report = analyzeReachability(index);
        const routing = report.subnets[subnet.id];
        // No route table at all is unknown, not wrong: the diagram does not say.
        if (!routing || routing.routeTableId === undefined || routing.public) return;
        const vpc = index.vpcOf(subnet);
        const zone = index.zoneOf(subnet);
        const target = (vpc ? index.subnetsInVpc(vpc.id) : []).find(
          (s) => s.id !== subnet.id && report.subnets[s.id]?.public && index.zoneOf(s) === zone,
        );
        const label = target ? index.label(target.id) : "";
        context.report({
          messageId: "privateSubnet",
          nodeIds: [nat.id, subnet.id],
          data: { nat: index.label(nat.id), subnet: index.label(subnet.id) },
          fixes: target
            ? [{ title: { en: `Move it into public subnet ${label}`, ko: `퍼블릭 서브넷 ${label}(으)로 옮기기` }, ops: [{ op: "updateNode", id: nat.id, parent: target.id }] }]
            : [],
        });
      },
    };
  },
});
