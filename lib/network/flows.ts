import type { DiagramNode } from "../diagram/types";
import { blockText } from "./cidr";
import { blocked, fold, type Check } from "./checks";
import type { NetContext, VpcFacts } from "./context";
import { subnetBlock } from "./egress";
import { lookupRoute } from "./route-tables";
import { sgCheck } from "./security-groups";
import type { Hop, Protocol, Verdict } from "./types";

const node = (nodeId: string): Hop => ({ kind: "node", nodeId });

/** The VPCs a peering connection joins. */
export function peeringSides(net: NetContext, pcx: DiagramNode): string[] {
  return net.index.edgesFrom(pcx.id, "peering").map((e) => e.target);
}

/**
 * Can `src`, in `srcSubnet`, open a `protocol`/`port` connection to `dst` in `dstSubnet`? Routes
 * (the `local` route in one VPC; a peering connection with routes on both sides, never through a third
 * VPC), the source's security-group egress, both subnets' ACLs both ways (stateless) and the
 * destination's security-group ingress (facts: sg_rule_semantics, nacl_rules, peering_non_transitive,
 * peering_routes_quota).
 */
export function privateFlow(
  net: NetContext,
  src: DiagramNode,
  srcSubnet: DiagramNode,
  dst: DiagramNode,
  dstSubnet: DiagramNode,
  protocol: Protocol,
  port: number,
): Verdict {
  const { index } = net;
  const srcFacts = net.vpcFacts(srcSubnet);
  const dstFacts = net.vpcFacts(dstSubnet);
  const srcBlock = subnetBlock(srcSubnet);
  const dstBlock = subnetBlock(dstSubnet);
  if (!srcFacts || !dstFacts || !srcBlock || !dstBlock) {
    const which = !srcFacts || !srcBlock ? srcSubnet : dstSubnet;
    return blocked("unknown", {
      nodeId: which.id,
      code: "no-vpc",
      reason: {
        en: `Subnet ${index.label(which.id)} has no readable CIDR block or is not drawn in a VPC.`,
        ko: `서브넷 ${index.label(which.id)}의 CIDR 블록을 읽을 수 없거나 VPC 안에 그려져 있지 않습니다.`,
      },
    });
  }
  // Routing depends on the two subnets only: shared by every pair of resources in them.
  const routing = net.cached(`route:${srcSubnet.id}`, dstSubnet.id, () => routeBetween(net, srcSubnet, dstSubnet, srcFacts, dstFacts));
  if (routing.status !== "yes") return routing;
  const crossRegion = routing.crossRegion;
  const same = srcSubnet.id === dstSubnet.id;
  const srcAcl = same ? [] : net.aclConnection(srcSubnet, "client", protocol, port, dstBlock, net.subnetPeerLabel(dstSubnet, dstBlock));
  const dstAcl = same ? [] : net.aclConnection(dstSubnet, "server", protocol, port, srcBlock, net.subnetPeerLabel(srcSubnet, srcBlock));
  // As a packet meets them: out of the source, across both ACLs, into the destination, then the reply's way back.
  // Traffic inside one subnet never crosses its ACL.
  const [srcRequest, srcReply] = srcAcl;
  const [dstRequest, dstReply] = dstAcl;
  const ordered: Check[] = [
    sgCheck(index, src, net.sgPolicy(src), "egress", protocol, port, net.sgPeer(dst, dstBlock, crossRegion)),
    ...(srcRequest ? [srcRequest] : []),
    ...(dstRequest ? [dstRequest] : []),
    sgCheck(index, dst, net.sgPolicy(dst), "ingress", protocol, port, net.sgPeer(src, srcBlock, crossRegion)),
    ...(dstReply ? [dstReply] : []),
    ...(srcReply ? [srcReply] : []),
  ];
  const check = fold(ordered);
  const via = routing.path.some((h) => h.kind === "node" && index.node(h.nodeId)?.kind === "aws.vpc-peering") ? "peering" : "local";
  return check.status === "yes" ? { ...check, via, path: [node(src.id), ...routing.path, node(dst.id)] } : check;
}

type Routing = (Verdict & { status: "no" | "unknown" }) | { status: "yes"; path: Hop[]; crossRegion: boolean };

function routeBetween(net: NetContext, srcSubnet: DiagramNode, dstSubnet: DiagramNode, srcFacts: VpcFacts, dstFacts: VpcFacts): Routing {
  const { index } = net;
  const srcTable = net.routeTable(srcSubnet);
  if (srcSubnet.id === dstSubnet.id) return { status: "yes", path: [node(srcSubnet.id)], crossRegion: false };
  if (srcFacts.vpc.id === dstFacts.vpc.id) {
    // Every route table has the `local` route, drawn or not.
    const hop: Hop[] = srcTable ? [{ kind: "route", nodeId: srcTable.id, destination: "local" }] : [];
    return { status: "yes", path: [node(srcSubnet.id), ...hop, node(dstSubnet.id)], crossRegion: false };
  }
  const dstTable = net.routeTable(dstSubnet);
  if (!srcTable || !dstTable) return noTable(net, !srcTable ? srcSubnet : dstSubnet);
  const dstBlock = subnetBlock(dstSubnet)!;
  const srcBlock = subnetBlock(srcSubnet)!;
  const srcVpcName = index.label(srcFacts.vpc.id);
  const dstVpcName = index.label(dstFacts.vpc.id);
  const out = lookupRoute(net.routesOf(srcTable), srcFacts.localBlocks, dstBlock);
  const peerings = index
    .ofKind("aws.vpc-peering")
    .filter((p) => {
      const sides = peeringSides(net, p);
      return sides.includes(srcFacts.vpc.id) && sides.includes(dstFacts.vpc.id);
    });
  const direct = peerings[0];
  if (!out || out.local || out.route.target.kind !== "aws.vpc-peering") {
    const fix = direct
      ? {
          en: `Add a route for ${blockText(dstBlock)} to peering connection ${index.label(direct.id)} in ${index.label(srcTable.id)}.`,
          ko: `${index.label(srcTable.id)}에 ${blockText(dstBlock)}을(를) 피어링 연결 ${index.label(direct.id)}(으)로 보내는 경로를 추가하세요.`,
        }
      : {
          en: `Peer VPC ${srcVpcName} with VPC ${dstVpcName} and route each side's CIDR to the peering connection.`,
          ko: `VPC ${srcVpcName}과(와) VPC ${dstVpcName}을(를) 피어링하고 양쪽에 상대 CIDR을 피어링 연결로 보내는 경로를 두세요.`,
        };
    return {
      status: "no",
      blocker: {
        nodeId: srcTable.id,
        code: direct ? "peering-no-route" : "no-path",
        reason: {
          en: `Route table ${index.label(srcTable.id)} has no route for ${blockText(dstBlock)} (subnet ${index.label(dstSubnet.id)} in VPC ${dstVpcName}) through a peering connection.`,
          ko: `라우팅 테이블 ${index.label(srcTable.id)}에 ${blockText(dstBlock)}(VPC ${dstVpcName}의 서브넷 ${index.label(dstSubnet.id)})(으)로 가는 피어링 연결 경로가 없습니다.`,
        },
        fix,
      },
    };
  }
  const pcx = out.route.target;
  if (!peeringSides(net, pcx).includes(dstFacts.vpc.id)) {
    return {
      status: "no",
      blocker: {
        nodeId: pcx.id,
        code: "peering-not-transitive",
        reason: {
          en: `Route table ${index.label(srcTable.id)} sends ${blockText(dstBlock)} to peering connection ${index.label(pcx.id)}, which does not join VPC ${dstVpcName}; peering is not transitive, so the peer VPC will not forward it.`,
          ko: `라우팅 테이블 ${index.label(srcTable.id)}이(가) ${blockText(dstBlock)}을(를) VPC ${dstVpcName}과(와) 이어지지 않은 피어링 연결 ${index.label(pcx.id)}(으)로 보냅니다. 피어링은 전이되지 않으므로 피어 VPC가 전달하지 않습니다.`,
        },
        fix: {
          en: `Peer VPC ${srcVpcName} directly with VPC ${dstVpcName}, or use a transit gateway.`,
          ko: `VPC ${srcVpcName}을(를) VPC ${dstVpcName}과(와) 직접 피어링하거나 Transit Gateway를 쓰세요.`,
        },
      },
    };
  }
  const back = lookupRoute(net.routesOf(dstTable), dstFacts.localBlocks, srcBlock);
  if (!back || back.local || back.route.target.id !== pcx.id) {
    return {
      status: "no",
      blocker: {
        nodeId: dstTable.id,
        code: "peering-no-route",
        reason: {
          en: `Route table ${index.label(dstTable.id)} of subnet ${index.label(dstSubnet.id)} has no route back to ${blockText(srcBlock)} through peering connection ${index.label(pcx.id)}: both sides of a peering need routes.`,
          ko: `서브넷 ${index.label(dstSubnet.id)}의 라우팅 테이블 ${index.label(dstTable.id)}에 피어링 연결 ${index.label(pcx.id)}을(를) 거쳐 ${blockText(srcBlock)}(으)로 돌아가는 경로가 없습니다. 피어링은 양쪽 모두 경로가 필요합니다.`,
        },
        fix: {
          en: `Add a route for ${blockText(srcBlock)} to ${index.label(pcx.id)} in ${index.label(dstTable.id)}.`,
          ko: `${index.label(dstTable.id)}에 ${blockText(srcBlock)}을(를) ${index.label(pcx.id)}(으)로 보내는 경로를 추가하세요.`,
        },
      },
    };
  }
  const peerRegion = pcx.props.peerRegion;
  const crossRegion =
    (srcFacts.region !== undefined && dstFacts.region !== undefined && srcFacts.region !== dstFacts.region) ||
    (typeof peerRegion === "string" && srcFacts.region !== undefined && peerRegion !== srcFacts.region);
  return {
    status: "yes",
    path: [node(srcSubnet.id), { kind: "route", nodeId: srcTable.id, destination: out.route.destination }, node(pcx.id), node(dstSubnet.id)],
    crossRegion,
  };
}

function noTable(net: NetContext, subnet: DiagramNode): Routing {
  const name = net.index.label(subnet.id);
  return {
    status: "unknown",
    blocker: {
      nodeId: subnet.id,
      code: "no-route-table",
      reason: {
        en: `Subnet ${name} has no route table associated and its VPC has no main route table drawn, so its routes to the peer VPC are unknown.`,
        ko: `서브넷 ${name}에 연결된 라우팅 테이블이 없고 VPC의 기본 라우팅 테이블도 그려져 있지 않아 피어 VPC로 가는 경로를 알 수 없습니다.`,
      },
    },
  };
}
