import { defineRule, type Fix } from "../lib/engine/types";
import type { DiagramIndex } from "../lib/diagram/graph";
import { isStandIn } from "../lib/diagram/stand-in";
import type { DiagramNode } from "../lib/diagram/types";
import { analyzeReachability } from "../lib/network/reachability";
import { defaultRoute, routesOf } from "../lib/network/route-tables";
import type { ReachabilityReport } from "../lib/network/types";

/** A label that says public: `public-a`, `PublicSubnet1`, `pub-a`, `퍼블릭 서브넷`; not `non-public`. */
function namedPublic(label: string): boolean {
  if (/non-?public/i.test(label)) return false;
  return /public/i.test(label) || /(^|[^a-z0-9])pub([-_ ]|$)/i.test(label) || label.includes("퍼블릭");
}

export default defineRule({
  meta: {
    id: "subnet-public-without-igw-route",
    severity: "warning",
    category: "network",
    scope: "component",
    title: { en: "A subnet meant to be public routes to an internet gateway", ko: "퍼블릭으로 의도한 서브넷은 인터넷 게이트웨이로 라우팅" },
    explanation: {
      en: "The notes (VPC › subnet/IGW) call a subnet public when it can reach the internet; what makes it so is its route table. A subnet is public only when the route table it uses (its explicit association, else the VPC's main table) sends 0.0.0.0/0 (or ::/0) to an internet gateway attached to its VPC. A name like \"public-a\" or auto-assigned public IPs do not: without that route, instances there get public addresses that lead nowhere, and a NAT gateway or internet-facing load balancer placed there does not work.",
      ko: "노트(VPC › 서브넷/IGW)는 인터넷에 닿는 서브넷을 퍼블릭 서브넷이라 부르는데, 그렇게 만드는 것은 라우팅 테이블입니다. 서브넷이 쓰는 라우팅 테이블(명시적 연결, 없으면 VPC의 기본 라우팅 테이블)이 0.0.0.0/0(또는 ::/0)을 VPC에 연결된 인터넷 게이트웨이로 보낼 때만 퍼블릭입니다. \"public-a\" 같은 이름이나 퍼블릭 IP 자동 할당으로는 퍼블릭이 되지 않습니다. 그 경로가 없으면 인스턴스의 퍼블릭 주소는 어디에도 이어지지 않고, 그곳의 NAT 게이트웨이나 인터넷 연결 로드 밸런서도 동작하지 않습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html",
    notesSection: "VPC › subnet/IGW",
    facts: ["public_subnet_definition"],
    messages: {
      noRoute: {
        en: "Subnet {subnet} looks public ({whyEn}) but its route table {table} has no 0.0.0.0/0 or ::/0 route to internet gateway {igw}, so it is private.",
        ko: "서브넷 {subnet}은(는) 퍼블릭으로 보이지만({whyKo}) 라우팅 테이블 {table}에 인터넷 게이트웨이 {igw}(으)로 가는 0.0.0.0/0 또는 ::/0 경로가 없어 프라이빗 서브넷입니다.",
      },
      noIgw: {
        en: "Subnet {subnet} looks public ({whyEn}) but VPC {vpc} has no internet gateway, so none of its subnets can be public.",
        ko: "서브넷 {subnet}은(는) 퍼블릭으로 보이지만({whyKo}) VPC {vpc}에 인터넷 게이트웨이가 없어 어떤 서브넷도 퍼블릭이 될 수 없습니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.subnet"(subnet) {
        const why = reasons(index, subnet);
        if (!why) return;
        const vpc = index.vpcOf(subnet);
        // An imported stand-in VPC's gateways are not in the template: unknown, not missing.
        if (!vpc || isStandIn(vpc)) return;
        const igws = index.childrenOf(vpc.id).filter((n) => n.kind === "aws.internet-gateway");
        const data = { subnet: index.label(subnet.id), whyEn: why.en, whyKo: why.ko };
        if (igws.length === 0) {
          context.report({ messageId: "noIgw", nodeIds: [subnet.id, vpc.id], data: { ...data, vpc: index.label(vpc.id) } });
          return;
        }
        const report = analyzeReachability(index);
        const tableId = report.subnets[subnet.id]?.routeTableId;
        // No route table drawn (no association, no main table): where its traffic goes is unknown, not wrong.
        const table = tableId === undefined ? undefined : index.node(tableId);
        if (!table) return;
        const routes = routesOf(index, table);
        const toIgw = [defaultRoute(routes, 4), defaultRoute(routes, 6)].some((r) => r?.target.kind === "aws.internet-gateway" && r.target.parent === vpc.id);
        if (toIgw) return;
        const igw = igws[0]!;
        context.report({
          messageId: "noRoute",
          nodeIds: [subnet.id, table.id],
          data: { ...data, table: index.label(table.id), igw: index.label(igw.id) },
          fixes: routeFix(index, report, table, igw, defaultRoute(routes, 4) !== undefined),
        });
      },
    };
  },
});

function reasons(index: DiagramIndex, subnet: DiagramNode): { en: string; ko: string } | undefined {
  const named = namedPublic(index.label(subnet.id));
  const mapsIp = subnet.props.mapPublicIpOnLaunch === true;
  if (named && mapsIp) return { en: "its name says public and it assigns public IPs on launch", ko: "이름이 퍼블릭이고 시작 시 퍼블릭 IP를 할당함" };
  if (named) return { en: "its name says public", ko: "이름이 퍼블릭" };
  if (mapsIp) return { en: "it assigns public IPs on launch", ko: "시작 시 퍼블릭 IP를 할당함" };
  return undefined;
}

/**
 * "Route 0.0.0.0/0 to the internet gateway", offered only when it cannot make another subnet public by
 * accident: the table has no 0.0.0.0/0 route yet, and every subnet using it looks public too.
 */
function routeFix(index: DiagramIndex, report: ReachabilityReport, table: DiagramNode, igw: DiagramNode, hasDefault: boolean): Fix[] {
  if (hasDefault) return [];
  const users = Object.values(report.subnets).filter((s) => s.routeTableId === table.id);
  const looksPublic = (id: string) => {
    const subnet = index.node(id);
    return subnet !== undefined && reasons(index, subnet) !== undefined;
  };
  if (!users.every((s) => looksPublic(s.subnetId))) return [];
  const label = index.label(igw.id);
  return [
    {
      title: { en: `Route 0.0.0.0/0 in ${index.label(table.id)} to internet gateway ${label}`, ko: `${index.label(table.id)}에서 0.0.0.0/0을 인터넷 게이트웨이 ${label}(으)로 라우팅하기` },
      ops: [{ op: "addEdge", edge: { id: `${table.id}-default-${igw.id}`, kind: "route", source: table.id, target: igw.id, props: { destination: "0.0.0.0/0" } } }],
    },
  ];
}
