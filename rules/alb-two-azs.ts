import { defineRule, type Fix } from "../lib/engine/types";
import { createEdge } from "../lib/diagram/create";
import type { DiagramIndex } from "../lib/diagram/graph";
import type { DiagramNode } from "../lib/diagram/types";
import { subnetCidrBlock, subnetsOfVpc } from "../lib/network/cidr";

/** The smallest subnet an ALB accepts: a /27 (and at least 8 free addresses). */
const MAX_PREFIX = 27;

export default defineRule({
  meta: {
    id: "alb-two-azs",
    severity: "error",
    category: "network",
    scope: "component",
    title: { en: "An ALB needs subnets in at least two AZs", ko: "ALB는 두 개 이상의 가용 영역에 서브넷 필요" },
    explanation: {
      en: "When you create an Application Load Balancer you must enable at least two Availability Zones by giving it a subnet in each, and each subnet must be at least a /27 with at least 8 free IP addresses. The load balancer spreads traffic across the zones it is enabled in, so one zone failing does not take it down. Draw the ALB in one subnet and join it to the others with placement edges. The notes say ELB spreads traffic across the AZs it is enabled in, which is right, but not that an ALB needs two of them.",
      ko: "애플리케이션 로드 밸런서를 만들 때는 가용 영역마다 서브넷을 하나씩 지정해 두 개 이상의 가용 영역을 활성화해야 하며, 각 서브넷은 /27 이상이고 사용 가능한 IP 주소가 8개 이상이어야 합니다. 로드 밸런서는 활성화된 가용 영역들에 트래픽을 분산하므로 가용 영역 하나가 실패해도 멈추지 않습니다. ALB를 서브넷 하나에 그리고 나머지 서브넷은 배치 연결로 이으세요. 노트는 ELB가 활성화된 가용 영역들에 트래픽을 분산한다고 하며 이는 맞지만, ALB에 가용 영역이 두 개 이상 필요하다는 점은 말하지 않습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html",
    notesSection: "ELB",
    facts: ["alb_two_az", "elb_regional_ip"],
    messages: {
      oneZone: {
        en: "Load balancer {alb} has subnets in only one Availability Zone ({zone}); an ALB needs subnets in at least two.",
        ko: "로드 밸런서 {alb}의 서브넷이 가용 영역 하나({zone})에만 있습니다. ALB는 두 개 이상의 가용 영역에 서브넷이 있어야 합니다.",
      },
      noSubnets: {
        en: "Load balancer {alb} has no subnets; an ALB needs subnets in at least two Availability Zones.",
        ko: "로드 밸런서 {alb}에 서브넷이 없습니다. ALB는 두 개 이상의 가용 영역에 서브넷이 있어야 합니다.",
      },
      smallSubnet: {
        en: "Load balancer {alb} uses subnet {subnet} ({cidr}), which is smaller than a /27; each ALB subnet must be at least a /27.",
        ko: "로드 밸런서 {alb}이(가) 쓰는 서브넷 {subnet}({cidr})이(가) /27보다 작습니다. ALB의 각 서브넷은 /27 이상이어야 합니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.alb"(alb) {
        const label = index.label(alb.id);
        const subnets = index.subnetsOf(alb);
        for (const subnet of subnets) {
          const block = subnetCidrBlock(subnet);
          if (!block || block.prefix <= MAX_PREFIX) continue;
          context.report({
            messageId: "smallSubnet",
            nodeIds: [alb.id, subnet.id],
            data: { alb: label, subnet: index.label(subnet.id), cidr: String(subnet.props.cidrBlock) },
          });
        }
        if (subnets.length === 0) {
          context.report({ messageId: "noSubnets", nodeIds: [alb.id], data: { alb: label } });
          return;
        }
        // A subnet of unknown zone may be the second zone: report only what is certain.
        const zones = subnets.map((s) => index.zoneOf(s));
        if (zones.some((z) => z === undefined)) return;
        const known = new Set(zones as string[]);
        if (known.size >= 2) return;
        const [zone] = known;
        context.report({
          messageId: "oneZone",
          nodeIds: [alb.id, ...subnets.map((s) => s.id)],
          data: { alb: label, zone: zone! },
          fixes: otherZoneSubnets(index, alb, known).map((s) => placeIn(index, alb, s)),
        });
      },
    };
  },
});

/** The first subnet (large enough) of each other zone of the ALB's VPC. */
function otherZoneSubnets(index: DiagramIndex, alb: DiagramNode, zones: ReadonlySet<string>): DiagramNode[] {
  const vpc = index.vpcOf(alb);
  if (!vpc) return [];
  const picked = new Map<string, DiagramNode>();
  for (const subnet of subnetsOfVpc(index, vpc)) {
    const zone = index.zoneOf(subnet);
    const block = subnetCidrBlock(subnet);
    if (zone === undefined || zones.has(zone) || picked.has(zone) || !block || block.prefix > MAX_PREFIX) continue;
    picked.set(zone, subnet);
  }
  return [...picked.values()];
}

function placeIn(index: DiagramIndex, alb: DiagramNode, subnet: DiagramNode): Fix {
  const label = index.label(subnet.id);
  const zone = index.zoneOf(subnet)!;
  return {
    title: { en: `Also place the load balancer in ${label} (${zone})`, ko: `로드 밸런서를 ${label}(${zone})에도 배치` },
    ops: [{ op: "addEdge", edge: createEdge(index.diagram, "placement", alb.id, subnet.id) }],
  };
}
