import { defineRule, type Fix } from "../lib/engine/types";
import type { DiagramIndex } from "../lib/diagram/graph";
import type { DiagramNode } from "../lib/diagram/types";
import type { DiagramOp } from "../lib/diagram/ops";
import { analyzeReachability } from "../lib/network/reachability";
import type { ReachabilityReport } from "../lib/network/types";

export default defineRule({
  meta: {
    id: "lb-internet-facing-private-subnets",
    severity: "error",
    category: "network",
    scope: "component",
    title: { en: "An internet-facing load balancer sits in public subnets", ko: "인터넷 연결 로드 밸런서는 퍼블릭 서브넷에" },
    explanation: {
      en: "An internet-facing ALB or NLB gets public addresses in each subnet it is enabled in, and clients are sent to all of them. It must be in public subnets of a VPC with an internet gateway: subnets whose route table sends 0.0.0.0/0 to that gateway. In a private subnet its node cannot receive internet traffic, so the load balancer is unreachable (every subnet private) or fails for the clients sent to that zone's address (some subnets private). The notes (ELB) do not say where the load balancer goes; keep its targets in private subnets and the load balancer in public ones, or make it internal.",
      ko: "인터넷 연결 ALB나 NLB는 활성화된 서브넷마다 퍼블릭 주소를 받고, 클라이언트는 그 주소 모두로 보내집니다. 따라서 인터넷 게이트웨이가 있는 VPC의 퍼블릭 서브넷, 즉 라우팅 테이블이 0.0.0.0/0을 그 게이트웨이로 보내는 서브넷에 있어야 합니다. 프라이빗 서브넷에 있는 노드는 인터넷 트래픽을 받을 수 없어, 서브넷이 모두 프라이빗이면 로드 밸런서에 닿을 수 없고 일부만 프라이빗이면 그 가용 영역 주소로 보내진 클라이언트가 실패합니다. 노트(ELB)는 로드 밸런서의 위치를 말하지 않습니다. 대상은 프라이빗 서브넷에, 로드 밸런서는 퍼블릭 서브넷에 두거나 내부용으로 만드세요.",
    },
    docsUrl: "https://docs.aws.amazon.com/elasticloadbalancing/latest/network/application-load-balancer-target.html",
    notesSection: "ELB",
    facts: ["elb_internet_facing_igw", "public_subnet_definition"],
    messages: {
      allPrivate: {
        en: "Internet-facing load balancer {lb} is only in subnets with no route 0.0.0.0/0 to an internet gateway ({subnets}), so it cannot receive traffic from the internet.",
        ko: "인터넷 연결 로드 밸런서 {lb}이(가) 인터넷 게이트웨이로 가는 0.0.0.0/0 경로가 없는 서브넷({subnets})에만 있어 인터넷에서 오는 트래픽을 받을 수 없습니다.",
      },
      somePrivate: {
        en: "Internet-facing load balancer {lb} is also in subnets with no route 0.0.0.0/0 to an internet gateway ({subnets}); clients sent to its addresses there get no answer.",
        ko: "인터넷 연결 로드 밸런서 {lb}이(가) 인터넷 게이트웨이로 가는 0.0.0.0/0 경로가 없는 서브넷({subnets})에도 있습니다. 그 서브넷의 주소로 보내진 클라이언트는 응답을 받지 못합니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    const check = (lb: DiagramNode) => {
      if (lb.props.scheme === "internal") return;
      const subnets = index.subnetsOf(lb);
      if (subnets.length === 0) return;
      const report = analyzeReachability(index);
      // A subnet with no route table drawn is unknown, not private.
      const known = subnets.filter((s) => report.subnets[s.id]?.routeTableId !== undefined);
      const privates = known.filter((s) => report.subnets[s.id]?.public !== true);
      if (privates.length === 0) return;
      const all = privates.length === subnets.length;
      context.report({
        messageId: all ? "allPrivate" : "somePrivate",
        nodeIds: [lb.id, ...privates.map((s) => s.id)],
        data: { lb: index.label(lb.id), subnets: privates.map((s) => index.label(s.id)).join(", ") },
        ...(all ? {} : { severity: "warning" as const }),
        fixes: moveFix(index, report, lb, subnets, privates),
      });
    };
    return { "aws.alb": check, "aws.nlb": check };
  },
});

/**
 * "Move it to public subnets …": every private subnet swapped for a public subnet of the same AZ and
 * VPC that the load balancer is not in yet; offered only when each has one.
 */
function moveFix(index: DiagramIndex, report: ReachabilityReport, lb: DiagramNode, subnets: readonly DiagramNode[], privates: readonly DiagramNode[]): Fix[] {
  const used = new Set(subnets.map((s) => s.id));
  const ops: DiagramOp[] = [];
  const picked: DiagramNode[] = [];
  for (const subnet of privates) {
    const zone = index.zoneOf(subnet);
    const vpc = index.vpcOf(subnet);
    if (zone === undefined || !vpc) return [];
    const target = index
      .subnetsInVpc(vpc.id)
      .find((s) => !used.has(s.id) && report.subnets[s.id]?.public === true && index.zoneOf(s) === zone);
    if (!target) return [];
    used.add(target.id);
    picked.push(target);
    if (lb.parent === subnet.id) {
      ops.push({ op: "updateNode", id: lb.id, parent: target.id });
    } else {
      const edge = index.edgesFrom(lb.id, "placement").find((e) => e.target === subnet.id);
      if (!edge) return [];
      ops.push({ op: "removeEdge", id: edge.id }, { op: "addEdge", edge: { id: `e-placement-${lb.id}-${target.id}`, kind: "placement", source: lb.id, target: target.id, props: {} } });
    }
  }
  const names = picked.map((s) => index.label(s.id)).join(", ");
  return [{ title: { en: `Move it to public subnets ${names}`, ko: `퍼블릭 서브넷 ${names}(으)로 옮기기` }, ops }];
}
