import { defineRule, type Fix } from "../lib/engine/types";
import type { DiagramIndex } from "../lib/diagram/graph";
import type { DiagramNode } from "../lib/diagram/types";
import { analyzeReachability } from "../lib/network/reachability";
import type { ReachabilityReport } from "../lib/network/types";

export default defineRule({
  meta: {
    id: "lambda-single-az",
    severity: "warning",
    category: "placement",
    scope: "component",
    title: { en: "A VPC Lambda has subnets in at least two AZs", ko: "VPC Lambda는 두 개 이상의 가용 영역에 서브넷" },
    explanation: {
      en: "The notes (Lambda in VPC) attach a function to a VPC by giving it subnets, where Lambda creates its network interfaces. AWS recommends at least two subnets in different Availability Zones, so that the function keeps running when one zone is down. A function whose subnets are all in one AZ stops when that AZ does; Lambda runs a function with no VPC configuration across zones on its own.",
      ko: "노트(Lambda in VPC)는 함수에 서브넷을 주어 VPC에 연결하고, Lambda는 그 서브넷에 네트워크 인터페이스를 만듭니다. AWS는 한 가용 영역이 멈춰도 함수가 계속 실행되도록 서로 다른 가용 영역의 서브넷을 두 개 이상 주라고 권장합니다. 서브넷이 모두 한 가용 영역에 있는 함수는 그 가용 영역과 함께 멈춥니다. VPC 설정이 없는 함수는 Lambda가 알아서 여러 가용 영역에서 실행합니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/lambda/latest/dg/security-resilience.html",
    notesSection: "Lambda in VPC",
    facts: ["lambda_vpc_multi_az"],
    messages: {
      oneZone: {
        en: "Function {fn} is attached to subnets in only one Availability Zone ({zone}: {subnets}); give it subnets in at least two AZs for high availability.",
        ko: "함수 {fn}이(가) 가용 영역 하나({zone}: {subnets})의 서브넷에만 연결되어 있습니다. 고가용성을 위해 두 개 이상의 가용 영역에 서브넷을 주세요.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.lambda"(fn) {
        const subnets = index.subnetsOf(fn);
        if (subnets.length === 0) return;
        // A subnet of unknown zone may be the second zone: report only what is certain.
        const zones = subnets.map((s) => index.zoneOf(s));
        if (zones.some((z) => z === undefined)) return;
        const known = new Set(zones as string[]);
        if (known.size !== 1) return;
        const [zone] = known as Set<string>;
        context.report({
          messageId: "oneZone",
          nodeIds: [fn.id, ...subnets.map((s) => s.id)],
          data: { fn: index.label(fn.id), zone: zone!, subnets: subnets.map((s) => index.label(s.id)).join(", ") },
          fixes: placementFix(index, analyzeReachability(index), fn, subnets, zone!),
        });
      },
    };
  },
});

/**
 * "Also place it in subnet X": a subnet of another AZ of the same VPC that routes like one of the
 * function's subnets (the same route table, else the same egress verdict and publicness), so adding it
 * changes where the function runs but not what it reaches.
 */
function placementFix(index: DiagramIndex, report: ReachabilityReport, fn: DiagramNode, subnets: readonly DiagramNode[], zone: string): Fix[] {
  const vpc = index.vpcOf(subnets[0]!);
  if (!vpc) return [];
  const own = subnets.map((s) => report.subnets[s.id]).filter((r) => r !== undefined);
  const candidates = index.subnetsInVpc(vpc.id).filter((s) => {
    const z = index.zoneOf(s);
    return z !== undefined && z !== zone;
  });
  const sameTable = candidates.find((s) => own.some((r) => r.routeTableId !== undefined && r.routeTableId === report.subnets[s.id]?.routeTableId));
  const sameRouting =
    sameTable ??
    candidates.find((s) => {
      const r = report.subnets[s.id];
      return r !== undefined && own.some((o) => o.public === r.public && o.egress.status === r.egress.status && o.egress.via === r.egress.via);
    });
  if (!sameRouting) return [];
  const label = index.label(sameRouting.id);
  return [
    {
      title: { en: `Also attach it to subnet ${label} (${index.zoneOf(sameRouting)})`, ko: `서브넷 ${label}(${index.zoneOf(sameRouting)})에도 연결하기` },
      ops: [{ op: "addEdge", edge: { id: `e-placement-${fn.id}-${sameRouting.id}`, kind: "placement", source: fn.id, target: sameRouting.id, props: {} } }],
    },
  ];
}
