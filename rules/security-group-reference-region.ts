import type { DiagramNode } from "../lib/diagram/types";
import { defineRule, type Fix } from "../lib/engine/types";

type Direction = "ingress" | "egress";
const PEER_KEY: Record<Direction, "source" | "destination"> = { ingress: "source", egress: "destination" };
const WORD: Record<Direction, { en: string; ko: string }> = { ingress: { en: "inbound", ko: "인바운드" }, egress: { en: "outbound", ko: "아웃바운드" } };

export default defineRule({
  meta: {
    id: "security-group-reference-region",
    severity: "error",
    category: "security",
    scope: "component",
    title: { en: "Security group references stay in one Region", ko: "보안 그룹 참조는 같은 리전 안에서만" },
    explanation: {
      en: "A security group rule can name another security group as its source or destination instead of addresses (security group referencing): it then matches the network interfaces in that group. Across a VPC peering connection this works only when both VPCs are in the same Region; a rule cannot name a group of a peer VPC in another Region, so name the peer VPC's CIDR block instead. The notes (VPC › SG) say groups can reference each other, without this limit.",
      ko: "보안 그룹 규칙은 주소 대신 다른 보안 그룹을 소스나 대상으로 지정할 수 있습니다(보안 그룹 참조). 그러면 그 그룹에 속한 네트워크 인터페이스와 일치합니다. VPC 피어링을 건너서는 두 VPC가 같은 리전에 있을 때만 동작하고, 다른 리전에 있는 피어 VPC의 그룹은 규칙에 지정할 수 없으므로 피어 VPC의 CIDR 블록을 지정하세요. 노트(VPC › SG)는 그룹이 서로 참조할 수 있다고만 하고 이 제한은 말하지 않습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html",
    notesSection: "VPC › SG",
    facts: ["sg_referencing"],
    messages: {
      otherRegion: {
        en: "Security group {group} ({region}) has an {directionEn} rule naming {peer} of VPC {peerVpc} ({peerRegion}); a security group rule cannot reference a group in another Region, so name the peer VPC's CIDR block instead.",
        ko: "보안 그룹 {group}({region})에 VPC {peerVpc}({peerRegion})의 {peer}을(를) 지정한 {directionKo} 규칙이 있습니다. 보안 그룹 규칙은 다른 리전의 그룹을 참조할 수 없으므로 대신 피어 VPC의 CIDR 블록을 지정하세요.",
      },
    },
  },
  create(context) {
    const { index } = context;
    /** A VPC's Region: the Region box it sits in, or the peerRegion of a peering that names it as accepter. */
    const regionOf = (vpc: DiagramNode): string | undefined => {
      const code = index.ancestor(vpc, "aws.region")?.props.regionCode;
      if (typeof code === "string") return code;
      for (const edge of index.edgesTo(vpc.id, "peering")) {
        const peering = index.node(edge.source);
        if (edge.props.role === "accepter" && typeof peering?.props.peerRegion === "string") return peering.props.peerRegion;
      }
      return undefined;
    };
    return {
      "aws.security-group"(group) {
        const vpc = index.vpcOf(group);
        const region = vpc && regionOf(vpc);
        if (!vpc || region === undefined) return;
        for (const direction of ["ingress", "egress"] as const) {
          const rules = Array.isArray(group.props[direction]) ? (group.props[direction] as Record<string, unknown>[]) : [];
          rules.forEach((rule, i) => {
            const text = rule[PEER_KEY[direction]];
            if (typeof text !== "string" || !text.startsWith("sg:")) return;
            const peer = index.node(text.slice(3));
            const peerVpc = peer?.kind === "aws.security-group" ? index.vpcOf(peer) : undefined;
            const peerRegion = peerVpc && regionOf(peerVpc);
            if (!peer || !peerVpc || peerRegion === undefined || peerRegion === region) return;
            context.report({
              messageId: "otherRegion",
              nodeIds: [group.id, peer.id],
              data: {
                group: index.label(group.id),
                region,
                directionEn: WORD[direction].en,
                directionKo: WORD[direction].ko,
                peer: index.label(peer.id),
                peerVpc: index.label(peerVpc.id),
                peerRegion,
              },
              fixes: useCidr(group, direction, i, rules, peerVpc, index.label(peerVpc.id)),
            });
          });
        }
      },
    };
  },
});

/** Names the peer VPC's primary block in place of the group. */
function useCidr(group: DiagramNode, direction: Direction, i: number, rules: Record<string, unknown>[], peerVpc: DiagramNode, vpcName: string): Fix[] {
  const cidr = peerVpc.props.cidrBlock;
  if (typeof cidr !== "string") return [];
  const next = rules.map((rule, j) => (j === i ? { ...rule, [PEER_KEY[direction]]: cidr } : rule));
  return [
    {
      title: { en: `Name ${vpcName}'s CIDR ${cidr} instead`, ko: `대신 ${vpcName}의 CIDR ${cidr} 지정하기` },
      ops: [{ op: "updateNode", id: group.id, props: { [direction]: next } }],
    },
  ];
}
