import { defineRule } from "../lib/engine/types";
import { blocksOverlap, blockText, parseIpBlock, type IpBlock } from "../lib/network/cidr";
import type { DiagramIndex } from "../lib/diagram/graph";
import type { DiagramNode } from "../lib/diagram/types";

export default defineRule({
  meta: {
    id: "peering-no-transit",
    severity: "error",
    category: "network",
    scope: "component",
    title: { en: "Peering routes reach only the peer VPC", ko: "피어링 경로는 피어 VPC까지만" },
    explanation: {
      en: "VPC peering is not transitive, and it has no edge-to-edge routing: a peer VPC does not forward traffic to a third VPC it is peered with, nor out through its internet gateway, NAT gateway, VPN, Direct Connect or gateway endpoint. A route through a peering connection works only for addresses inside the peer VPC; anything else needs its own peering, a transit gateway, or the VPC's own NAT and internet gateway. The notes say peering is not transitive, which is right; the missing edge-to-edge routing is what AWS adds.",
      ko: "VPC 피어링은 전이되지 않고 엣지 간 라우팅도 없습니다. 피어 VPC는 자기와 피어링된 세 번째 VPC로 트래픽을 전달하지 않으며, 자기 인터넷 게이트웨이, NAT 게이트웨이, VPN, Direct Connect, 게이트웨이 엔드포인트로 내보내지도 않습니다. 피어링 연결을 거치는 경로는 피어 VPC 안의 주소에만 통하고, 그 밖의 주소에는 별도의 피어링, Transit Gateway, 또는 VPC 자체의 NAT와 인터넷 게이트웨이가 필요합니다. 노트는 피어링이 전이되지 않는다고 하며 이는 맞습니다. 엣지 간 라우팅이 없다는 점은 AWS 문서가 덧붙이는 내용입니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/whitepapers/latest/aws-vpc-connectivity-options/vpc-peering.html",
    notesSection: "VPC › peering",
    facts: ["peering_non_transitive", "nat_gw_constraints"],
    messages: {
      internetThroughPeer: {
        en: "Route table {table} sends {destination} to peering connection {pcx}, expecting VPC {peer}'s internet or NAT gateway; a peer's gateways cannot be used (no edge-to-edge routing).",
        ko: "라우팅 테이블 {table}이(가) {destination}을(를) 피어링 연결 {pcx}(으)로 보내 VPC {peer}의 인터넷 또는 NAT 게이트웨이를 쓰려 합니다. 피어 VPC의 게이트웨이는 쓸 수 없습니다(엣지 간 라우팅 없음).",
      },
      transitive: {
        en: "Route table {table} sends {destination} through peering connection {pcx} to VPC {peer}, but {destination} covers VPC {third} ({thirdCidr}), which is peered with {peer}, not reachable through it: peering is not transitive.",
        ko: "라우팅 테이블 {table}이(가) {destination}을(를) 피어링 연결 {pcx}을(를) 거쳐 VPC {peer}(으)로 보내지만, {destination}에 포함된 VPC {third}({thirdCidr})는 {peer}와(과) 피어링되어 있을 뿐 그 너머로는 닿지 않습니다. 피어링은 전이되지 않습니다.",
      },
      outsidePeer: {
        en: "Route table {table} sends {destination} to peering connection {pcx}, but none of it is in VPC {peer} ({peerCidrs}); the peer will not forward it anywhere else.",
        ko: "라우팅 테이블 {table}이(가) {destination}을(를) 피어링 연결 {pcx}(으)로 보내지만, 그 범위는 VPC {peer}({peerCidrs})에 전혀 없습니다. 피어 VPC는 그 밖으로 전달하지 않습니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.route-table"(table) {
        const vpc = index.vpcOf(table);
        if (!vpc) return;
        const routes = index.edgesFrom(table.id, "route").map((e) => ({ edge: e, block: parseIpBlock(e.props.destination) }));
        for (const { edge, block } of routes) {
          const pcx = index.node(edge.target);
          if (pcx?.kind !== "aws.vpc-peering" || !block) continue;
          const sides = sidesOf(index, pcx);
          // A peering this VPC is not part of is route-target-in-vpc's finding.
          if (!sides.includes(vpc.id)) continue;
          const peer = sides.map((id) => index.node(id)).find((n) => n !== undefined && n.id !== vpc.id);
          if (!peer) continue;
          const data = { table: index.label(table.id), destination: String(edge.props.destination), pcx: index.label(pcx.id), peer: index.label(peer.id) };
          if (block.prefix === 0) {
            context.report({ messageId: "internetThroughPeer", nodeIds: [table.id, pcx.id], data });
            continue;
          }
          const peerBlocks = vpcBlocks(peer);
          if (block.family === 4 && peerBlocks.length > 0 && !peerBlocks.some((b) => blocksOverlap(b, block))) {
            context.report({ messageId: "outsidePeer", nodeIds: [table.id, pcx.id], data: { ...data, peerCidrs: peerBlocks.map(blockText).join(", ") } });
            continue;
          }
          const third = beyondPeer(index, vpc, peer, block, routes.map((r) => r.block).filter((b): b is IpBlock => b !== null && b.prefix > block.prefix));
          if (third) {
            context.report({
              messageId: "transitive",
              nodeIds: [table.id, pcx.id, third.vpc.id],
              data: { ...data, third: index.label(third.vpc.id), thirdCidr: blockText(third.block) },
            });
          }
        }
      },
    };
  },
});

function sidesOf(index: DiagramIndex, pcx: DiagramNode): string[] {
  return index.edgesFrom(pcx.id, "peering").map((e) => e.target);
}

function vpcBlocks(vpc: DiagramNode): IpBlock[] {
  const secondary = Array.isArray(vpc.props.secondaryCidrBlocks) ? vpc.props.secondaryCidrBlocks : [];
  return [vpc.props.cidrBlock, ...secondary].map(parseIpBlock).filter((b): b is IpBlock => b !== null);
}

/**
 * A third VPC, peered with `peer`, whose block the route covers and no more specific route of the
 * same table takes elsewhere: traffic for it would go to the peer and be dropped there.
 */
function beyondPeer(
  index: DiagramIndex,
  own: DiagramNode,
  peer: DiagramNode,
  route: IpBlock,
  moreSpecific: readonly IpBlock[],
): { vpc: DiagramNode; block: IpBlock } | undefined {
  for (const edge of index.edgesTo(peer.id, "peering")) {
    const pcx = index.node(edge.source);
    if (!pcx) continue;
    for (const id of sidesOf(index, pcx)) {
      if (id === peer.id || id === own.id) continue;
      const third = index.node(id);
      if (!third) continue;
      const block = vpcBlocks(third).find((b) => blocksOverlap(b, route) && !moreSpecific.some((m) => blocksOverlap(m, b)));
      if (block) return { vpc: third, block };
    }
  }
  return undefined;
}
