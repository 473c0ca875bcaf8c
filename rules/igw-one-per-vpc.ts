import { defineRule, type Fix } from "../lib/engine/types";
import type { DiagramIndex } from "../lib/diagram/graph";
import type { DiagramOp } from "../lib/diagram/ops";
import type { DiagramNode } from "../lib/diagram/types";

const GATEWAYS = [
  { kind: "aws.internet-gateway", messageId: "twoInternetGateways" },
  { kind: "aws.egress-only-internet-gateway", messageId: "twoEgressOnlyGateways" },
] as const;

export default defineRule({
  meta: {
    id: "igw-one-per-vpc",
    severity: "error",
    category: "network",
    scope: "component",
    title: { en: "One internet gateway per VPC", ko: "VPC당 인터넷 게이트웨이 하나" },
    explanation: {
      en: "A VPC can have at most one internet gateway attached, and at most one egress-only internet gateway. This is a fixed limit, not a quota you can raise: attaching a second gateway fails. All public subnets of the VPC route through the same gateway.",
      ko: "VPC에는 인터넷 게이트웨이를 최대 하나, 송신 전용 인터넷 게이트웨이를 최대 하나만 연결할 수 있습니다. 늘릴 수 있는 할당량이 아니라 고정된 제한이라서 두 번째 게이트웨이는 연결되지 않습니다. VPC의 모든 퍼블릭 서브넷은 같은 게이트웨이로 라우팅합니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html",
    facts: ["igw_one_per_vpc"],
    messages: {
      twoInternetGateways: {
        en: "VPC {vpc} has {count} internet gateways attached ({gateways}); a VPC can have only one.",
        ko: "VPC {vpc}에 인터넷 게이트웨이 {count}개({gateways})가 연결되어 있습니다. VPC에는 하나만 연결할 수 있습니다.",
      },
      twoEgressOnlyGateways: {
        en: "VPC {vpc} has {count} egress-only internet gateways attached ({gateways}); a VPC can have only one.",
        ko: "VPC {vpc}에 송신 전용 인터넷 게이트웨이 {count}개({gateways})가 연결되어 있습니다. VPC에는 하나만 연결할 수 있습니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.vpc"(vpc) {
        // Drawn inside the VPC means attached to it; elsewhere a gateway exists but is detached.
        const children = index.childrenOf(vpc.id);
        for (const { kind, messageId } of GATEWAYS) {
          const gateways = children.filter((n) => n.kind === kind);
          if (gateways.length < 2) continue;
          context.report({
            messageId,
            nodeIds: [vpc.id, ...gateways.map((g) => g.id)],
            data: { vpc: index.label(vpc.id), count: gateways.length, gateways: gateways.map((g) => index.label(g.id)).join(", ") },
            fixes: gateways.map((keep) => keepOnly(index, keep, gateways)),
          });
        }
      },
    };
  },
});

/** Removes the other gateways, first pointing their routes at the one kept (unless it already has the same route). */
function keepOnly(index: DiagramIndex, keep: DiagramNode, gateways: readonly DiagramNode[]): Fix {
  const ops: DiagramOp[] = [];
  const kept = new Set(index.edgesTo(keep.id).map((e) => routeKey(e.kind, e.source, e.props)));
  for (const other of gateways) {
    if (other.id === keep.id) continue;
    for (const edge of index.edgesTo(other.id)) {
      const key = routeKey(edge.kind, edge.source, edge.props);
      ops.push({ op: "removeEdge", id: edge.id });
      if (kept.has(key)) continue;
      kept.add(key);
      ops.push({ op: "addEdge", edge: { ...edge, target: keep.id } });
    }
    ops.push({ op: "removeNode", id: other.id });
  }
  const label = index.label(keep.id);
  return { title: { en: `Keep only ${label}`, ko: `${label}만 남기기` }, ops };
}

function routeKey(kind: string, source: string, props: Record<string, unknown>): string {
  return JSON.stringify([kind, source, props]);
}
