import { defineRule, type Fix } from "../lib/engine/types";
import type { DiagramIndex } from "../lib/diagram/graph";
import type { DiagramNode } from "../lib/diagram/types";
import type { DiagramOp } from "../lib/diagram/ops";
import { analyzeReachability } from "../lib/network/reachability";
import type { ReachabilityReport, Verdict } from "../lib/network/types";

export default defineRule({
  meta: {
    id: "lambda-internet-access",
    severity: "warning",
    category: "network",
    scope: "component",
    title: { en: "A VPC Lambda reaches the internet only through NAT", ko: "VPC Lambda는 NAT로만 인터넷에 닿음" },
    explanation: {
      en: "A function attached to a VPC sends its traffic from network interfaces in its subnets, and those interfaces never get a public IP address, even in a public subnet: an internet gateway route does not give it internet access. It reaches the internet only when its subnets route 0.0.0.0/0 to a NAT gateway (or NAT instance) that itself sits in a public subnet with an Elastic IP, or to a regional NAT gateway. AWS services are reachable without NAT through VPC endpoints. A function with no VPC configuration has internet access managed by AWS.",
      ko: "VPC에 연결된 함수는 서브넷의 네트워크 인터페이스에서 트래픽을 보내는데, 이 인터페이스는 퍼블릭 서브넷에 있어도 퍼블릭 IP를 받지 않습니다. 그래서 인터넷 게이트웨이 경로로는 인터넷에 닿지 않습니다. 서브넷이 0.0.0.0/0을 탄력적 IP를 가진 퍼블릭 서브넷의 NAT 게이트웨이(또는 NAT 인스턴스)나 리전 NAT 게이트웨이로 보낼 때만 인터넷에 닿습니다. AWS 서비스는 VPC 엔드포인트로 NAT 없이 닿을 수 있습니다. VPC 설정이 없는 함수는 AWS가 관리하는 인터넷 접근을 가집니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html",
    notesSection: "Lambda in VPC",
    facts: ["lambda_vpc_public_subnet", "lambda_vpc_nat", "lambda_novpc_mode", "lambda_vpc_endpoints"],
    messages: {
      publicSubnet: {
        en: "Function {fn} is in public subnet {subnets} but has no internet access: a Lambda function's network interface never gets a public IP.",
        ko: "함수 {fn}은(는) 퍼블릭 서브넷 {subnets}에 있지만 인터넷에 닿지 않습니다. Lambda 함수의 네트워크 인터페이스는 퍼블릭 IP를 받지 않습니다.",
      },
      noInternet: {
        en: "Function {fn} has no internet access from subnet {subnets}: {reasonEn}",
        ko: "함수 {fn}은(는) 서브넷 {subnets}에서 인터넷에 닿지 않습니다: {reasonKo}",
      },
      someSubnets: {
        en: "Function {fn} reaches the internet from {good} but not from {subnets}; invocations that run in those subnets have no internet access.",
        ko: "함수 {fn}은(는) {good}에서는 인터넷에 닿지만 {subnets}에서는 닿지 않습니다. 그 서브넷에서 실행되는 호출은 인터넷을 쓰지 못합니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.lambda"(fn) {
        const report = analyzeReachability(index);
        const egress = report.profiles[fn.id]?.internetEgress;
        // No subnets: a function outside the VPC, whose internet AWS manages.
        if (!egress || egress.bySubnet.length === 0) return;
        const failing = egress.bySubnet.filter((s) => s.verdict.status === "no");
        if (failing.length === 0) return;
        const names = (list: typeof failing) => list.map((s) => index.label(s.subnetId)).join(", ");
        const data = { fn: index.label(fn.id), subnets: names(failing) };
        const fixes = natRouteFix(index, report, fn, failing.map((s) => s.verdict));
        // A function marked as needing the internet is broken without it, whatever the reason.
        const needed = fn.props.needsInternet === true ? ({ severity: "error" } as const) : {};
        if (egress.mixed) {
          const good = egress.bySubnet.filter((s) => s.verdict.status === "yes");
          context.report({ messageId: "someSubnets", nodeIds: [fn.id, ...failing.map((s) => s.subnetId)], data: { ...data, good: names(good) }, fixes, ...needed });
          return;
        }
        if (failing.every((s) => s.verdict.blocker?.code === "lambda-no-public-ip")) {
          context.report({ messageId: "publicSubnet", nodeIds: [fn.id, ...failing.map((s) => s.subnetId)], data, ...needed });
          return;
        }
        const reason = failing[0]!.verdict.blocker?.reason;
        context.report({
          messageId: "noInternet",
          nodeIds: [fn.id, ...failing.map((s) => s.subnetId)],
          data: { ...data, reasonEn: reason?.en ?? "", reasonKo: reason?.ko ?? "" },
          // Private subnets without a NAT path are a normal design when the function needs no internet.
          severity: fn.props.needsInternet === true ? "error" : "info",
          fixes,
        });
      },
    };
  },
});

/**
 * "Route 0.0.0.0/0 to a NAT gateway", offered only when it is mechanical: every failing subnet's table
 * lacks a 0.0.0.0/0 route, and the VPC has a NAT gateway that reaches the internet (one in the subnet's
 * AZ first) whose own subnet does not use that table.
 */
function natRouteFix(index: DiagramIndex, report: ReachabilityReport, fn: DiagramNode, failing: readonly Verdict[]): Fix[] {
  if (!failing.every((v) => v.blocker?.code === "no-route")) return [];
  const vpc = index.vpcOf(fn) ?? index.subnetsOf(fn).map((s) => index.vpcOf(s)).find((v) => v !== undefined);
  if (!vpc) return [];
  const tables = [...new Set(failing.map((v) => v.blocker!.nodeId))];
  const zone = index.subnetsOf(fn).map((s) => index.zoneOf(s))[0];
  const nats = index
    .ofKind("aws.nat-gateway")
    .filter((n) => index.vpcOf(n)?.id === vpc.id && report.profiles[n.id]?.internetEgress?.overall.status === "yes")
    .filter((n) => {
      const own = index.ancestor(n, "aws.subnet");
      return !own || !tables.includes(report.subnets[own.id]?.routeTableId ?? "");
    })
    .sort((a, b) => Number(index.zoneOf(b) === zone) - Number(index.zoneOf(a) === zone));
  const nat = nats[0];
  if (!nat) return [];
  const ops: DiagramOp[] = tables.map((table) => ({
    op: "addEdge",
    edge: { id: `${table}-default-${nat.id}`, kind: "route", source: table, target: nat.id, props: { destination: "0.0.0.0/0" } },
  }));
  const label = index.label(nat.id);
  return [{ title: { en: `Route 0.0.0.0/0 to NAT gateway ${label}`, ko: `0.0.0.0/0을 NAT 게이트웨이 ${label}(으)로 라우팅하기` }, ops }];
}
