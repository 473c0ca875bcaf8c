import { defineRule, type Fix } from "../lib/engine/types";
import type { DiagramIndex } from "../lib/diagram/graph";
import type { DiagramNode } from "../lib/diagram/types";
import { analyzeReachability } from "../lib/network/reachability";
import { defaultRoute, routesOf, type RouteEntry } from "../lib/network/route-tables";
import type { ReachabilityReport } from "../lib/network/types";

export default defineRule({
  meta: {
    id: "nat-gateway-cross-az",
    severity: "warning",
    category: "network",
    scope: "component",
    title: { en: "Private subnets use the NAT gateway of their own AZ", ko: "프라이빗 서브넷은 같은 가용 영역의 NAT 게이트웨이를 사용" },
    explanation: {
      en: "The notes (VPC › NAT) route a private subnet's 0.0.0.0/0 to a NAT gateway, but do not say that a zonal NAT gateway lives in one Availability Zone. A subnet routed to a NAT gateway in another AZ loses its internet access when that AZ fails, although its own AZ is healthy, and its traffic pays cross-AZ data transfer on top of NAT processing. For zone-independent design, create a NAT gateway in each AZ and route each AZ's private subnets to the NAT gateway of the same AZ (or use a regional NAT gateway, which spans AZs).",
      ko: "노트(VPC › NAT)는 프라이빗 서브넷의 0.0.0.0/0을 NAT 게이트웨이로 보내라고 하지만, 영역 NAT 게이트웨이가 한 가용 영역에만 있다는 점은 말하지 않습니다. 다른 가용 영역의 NAT 게이트웨이로 라우팅하는 서브넷은 자기 가용 영역이 멀쩡해도 그 가용 영역이 장애를 겪으면 인터넷 접근을 잃고, NAT 처리 요금에 더해 가용 영역 간 데이터 전송 요금도 냅니다. 가용 영역에 독립적으로 설계하려면 가용 영역마다 NAT 게이트웨이를 두고 각 가용 영역의 프라이빗 서브넷을 같은 가용 영역의 NAT 게이트웨이로 라우팅하세요(또는 여러 가용 영역에 걸치는 리전 NAT 게이트웨이를 쓰세요).",
    },
    docsUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html",
    notesSection: "VPC › NAT",
    facts: ["nat_gw_constraints", "nat_gw_public"],
    messages: {
      crossAz: {
        en: "Subnet {subnet} in {zone} sends 0.0.0.0/0 to NAT gateway {nat} in {natZone}: if {natZone} fails, {subnet} loses its internet access, and its traffic pays cross-AZ data charges.",
        ko: "{zone}의 서브넷 {subnet}이(가) 0.0.0.0/0을 {natZone}의 NAT 게이트웨이 {nat}(으)로 보냅니다. {natZone}에 장애가 나면 {subnet}은(는) 인터넷 접근을 잃고, 트래픽에 가용 영역 간 데이터 전송 요금이 붙습니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.subnet"(subnet) {
        const zone = index.zoneOf(subnet);
        const vpc = index.vpcOf(subnet);
        if (zone === undefined || !vpc) return;
        const report = analyzeReachability(index);
        const tableId = report.subnets[subnet.id]?.routeTableId;
        const table = tableId === undefined ? undefined : index.node(tableId);
        if (!table) return;
        const route = defaultRoute(routesOf(index, table), 4);
        const nat = route?.target;
        if (!route || nat?.kind !== "aws.nat-gateway" || nat.props.availabilityMode === "regional") return;
        // A NAT gateway of another VPC is route-target-in-vpc's finding.
        if (index.vpcOf(nat)?.id !== vpc.id) return;
        const natZone = index.zoneOf(nat);
        if (natZone === undefined || natZone === zone) return;
        context.report({
          messageId: "crossAz",
          nodeIds: [subnet.id, nat.id],
          data: { subnet: index.label(subnet.id), zone, nat: index.label(nat.id), natZone },
          fixes: localNatFix(index, report, table, route, nat, zone),
        });
      },
    };
  },
});

/**
 * "Route 0.0.0.0/0 to the NAT gateway of this AZ", offered when that NAT gateway exists (same VPC, same
 * connectivity, and reaching the internet when public) and every subnet using the table is in this AZ,
 * so changing the route moves no other zone's subnet.
 */
function localNatFix(index: DiagramIndex, report: ReachabilityReport, table: DiagramNode, route: RouteEntry, nat: DiagramNode, zone: string): Fix[] {
  const users = Object.values(report.subnets).filter((s) => s.routeTableId === table.id);
  const inZone = (id: string) => {
    const subnet = index.node(id);
    return subnet !== undefined && index.zoneOf(subnet) === zone;
  };
  if (!users.every((s) => inZone(s.subnetId))) return [];
  const vpc = index.vpcOf(nat);
  const local = index
    .ofKind("aws.nat-gateway")
    .find(
      (n) =>
        n.id !== nat.id &&
        n.props.availabilityMode !== "regional" &&
        n.props.connectivityType === nat.props.connectivityType &&
        index.vpcOf(n)?.id === vpc?.id &&
        index.zoneOf(n) === zone &&
        (n.props.connectivityType === "private" || report.profiles[n.id]?.internetEgress?.overall.status === "yes"),
    );
  if (!local) return [];
  const label = index.label(local.id);
  return [
    {
      title: { en: `Route 0.0.0.0/0 in ${index.label(table.id)} to NAT gateway ${label} of ${zone}`, ko: `${index.label(table.id)}에서 0.0.0.0/0을 ${zone}의 NAT 게이트웨이 ${label}(으)로 라우팅하기` },
      ops: [
        { op: "removeEdge", id: route.edgeId },
        { op: "addEdge", edge: { id: `${table.id}-default-${local.id}`, kind: "route", source: table.id, target: local.id, props: { destination: "0.0.0.0/0" } } },
      ],
    },
  ];
}
