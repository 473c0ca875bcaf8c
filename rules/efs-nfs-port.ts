import { defineRule, type Fix } from "../lib/engine/types";
import type { DiagramIndex } from "../lib/diagram/graph";
import type { DiagramEdge, DiagramNode } from "../lib/diagram/types";
import { NetContext } from "../lib/network/context";
import { privateFlow } from "../lib/network/flows";
import { DEFAULT_PORTS } from "../lib/network/ports";
import { combine } from "../lib/network/reachability";
import type { Blocker, PerSubnet } from "../lib/network/types";

const NFS = DEFAULT_PORTS.nfs;

export default defineRule({
  meta: {
    id: "efs-nfs-port",
    severity: "error",
    category: "storage",
    title: { en: "EFS mounts get through on NFS port 2049", ko: "EFS 탑재는 NFS 포트 2049로 통해야 함" },
    explanation: {
      en: "EFS is mounted over NFS (versions 4.0 and 4.1) on TCP port 2049, through the mount target in the client's Availability Zone. The security groups of the mount target must allow inbound TCP 2049 from the client (its security group or its addresses), the client's security groups must allow outbound TCP 2049 to the mount target, and when the two are in different subnets both subnets' network ACLs must let 2049 through one way and the ephemeral return ports (1024-65535) the other. The notes (EFS) say EFS is an NFS file system; every mount drawn is checked along that path, and the first filter that drops it is named.",
      ko: "EFS는 TCP 포트 2049의 NFS(버전 4.0·4.1)로, 클라이언트와 같은 가용 영역의 탑재 대상을 거쳐 탑재합니다. 탑재 대상의 보안 그룹은 클라이언트(그 보안 그룹이나 주소)에서 오는 TCP 2049 인바운드를 허용해야 하고, 클라이언트의 보안 그룹은 탑재 대상으로 가는 TCP 2049 아웃바운드를 허용해야 하며, 둘이 다른 서브넷에 있으면 두 서브넷의 네트워크 ACL이 한 방향으로 2049를, 반대 방향으로 응답용 임시 포트(1024-65535)를 허용해야 합니다. 노트(EFS)는 EFS가 NFS 파일 시스템이라고 설명합니다. 그려진 모든 탑재를 이 경로대로 검사하고 처음 막는 필터를 알려 줍니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/efs/latest/ug/network-access.html",
    notesSection: "EFS",
    facts: ["efs_nfs_2049"],
    messages: {
      blocked: {
        en: "{client} cannot mount EFS file system {fileSystem}: NFS (TCP 2049) is blocked at {blocker}: {reasonEn}",
        ko: "{client}이(가) EFS 파일 시스템 {fileSystem}을(를) 탑재할 수 없습니다. NFS(TCP 2049)가 {blocker}에서 막힙니다: {reasonKo}",
      },
      someSubnets: {
        en: "{client} can mount EFS file system {fileSystem} from {good} but not from {subnets}: NFS (TCP 2049) is blocked at {blocker}: {reasonEn}",
        ko: "{client}은(는) {good}에서는 EFS 파일 시스템 {fileSystem}을(를) 탑재할 수 있지만 {subnets}에서는 탑재할 수 없습니다. NFS(TCP 2049)가 {blocker}에서 막힙니다: {reasonKo}",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      diagram(diagram) {
        const mounts = diagram.edges.filter((e) => e.kind === "mount" && !alsoConnected(index, e));
        if (mounts.length === 0) return;
        const net = new NetContext(index);
        for (const edge of mounts) {
          const client = index.node(edge.source);
          const fileSystem = index.node(edge.target);
          if (!client || !fileSystem) continue;
          const access = mountAccess(net, client, fileSystem);
          const blocker = access?.overall.status === "no" ? access.overall.blocker : undefined;
          if (!access || !blocker) continue;
          const data = {
            client: index.label(client.id),
            fileSystem: index.label(fileSystem.id),
            blocker: index.label(blocker.nodeId),
            reasonEn: blocker.reason.en,
            reasonKo: blocker.reason.ko,
          };
          const nodeIds = [...new Set([client.id, fileSystem.id, blocker.nodeId])];
          const fixes = openNfs(index, client, fileSystem, blocker);
          if (access.mixed) {
            const list = (status: string) =>
              access.bySubnet
                .filter((s) => s.verdict.status === status)
                .map((s) => index.label(s.subnetId))
                .join(", ");
            context.report({ messageId: "someSubnets", nodeIds, data: { ...data, good: list("yes"), subnets: list("no") }, fixes, severity: "warning" });
            continue;
          }
          context.report({ messageId: "blocked", nodeIds, data, fixes });
        }
      },
    };
  },
});

/** A TCP 2049 connection drawn along the mount (2049 is the file system's default port) is checked by connection-blocked already; one finding is enough. */
function alsoConnected(index: DiagramIndex, mount: DiagramEdge): boolean {
  return index
    .edgesFrom(mount.source, "connection")
    .some((c) => c.target === mount.target && c.props.protocol !== "udp" && (c.props.port === undefined || c.props.port === NFS));
}

/**
 * TCP 2049 from each of the client's subnets to the file system's mount target in the same zone (any
 * mount target when that zone has none, as an instance mounting by IP does). Undefined when either end
 * has no subnet: efs-mount-targets explains that case.
 */
function mountAccess(net: NetContext, client: DiagramNode, fileSystem: DiagramNode): PerSubnet | undefined {
  const clientSubnets = net.subnetsOf(client);
  const targets = net.subnetsOf(fileSystem);
  if (clientSubnets.length === 0 || targets.length === 0) return undefined;
  return combine(
    clientSubnets.map((s) => {
      const zone = net.zoneOf(s);
      const sameZone = targets.filter((t) => zone !== undefined && net.zoneOf(t) === zone);
      const verdict = combine(
        (sameZone.length ? sameZone : targets).map((t) => ({ subnetId: t.id, verdict: privateFlow(net, client, s, fileSystem, t, "tcp", NFS) })),
        { status: "unknown" },
      ).overall;
      return { subnetId: s.id, verdict };
    }),
    { status: "unknown" },
  );
}

/**
 * When a security group of one end is what drops NFS, the rule that lets it through: inbound 2049 on
 * the mount target's group from the client's group, or outbound 2049 on the client's group to the
 * mount target's group. Both ends need groups drawn for a group reference.
 */
function openNfs(index: DiagramIndex, client: DiagramNode, fileSystem: DiagramNode, blocker: Blocker): Fix[] {
  if (blocker.code !== "sg-ingress" && blocker.code !== "sg-egress") return [];
  const group = index.node(blocker.nodeId);
  const peer = firstGroup(index, blocker.code === "sg-ingress" ? client : fileSystem);
  if (group?.kind !== "aws.security-group" || !peer) return [];
  const label = index.label(group.id);
  const peerLabel = index.label(peer.id);
  if (blocker.code === "sg-ingress") {
    const ingress = Array.isArray(group.props.ingress) ? group.props.ingress : [];
    const rule = { protocol: "tcp", fromPort: NFS, toPort: NFS, source: `sg:${peer.id}`, description: "NFS from EFS clients" };
    return [
      {
        title: { en: `Allow inbound TCP 2049 on ${label} from ${peerLabel}`, ko: `${label}에 ${peerLabel}에서 오는 TCP 2049 인바운드 허용` },
        ops: [{ op: "updateNode", id: group.id, props: { ingress: [...ingress, rule] } }],
      },
    ];
  }
  const egress = Array.isArray(group.props.egress) ? group.props.egress : [];
  const rule = { protocol: "tcp", fromPort: NFS, toPort: NFS, destination: `sg:${peer.id}`, description: "NFS to EFS mount targets" };
  return [
    {
      title: { en: `Allow outbound TCP 2049 on ${label} to ${peerLabel}`, ko: `${label}에 ${peerLabel}(으)로 가는 TCP 2049 아웃바운드 허용` },
      ops: [{ op: "updateNode", id: group.id, props: { egress: [...egress, rule] } }],
    },
  ];
}

function firstGroup(index: DiagramIndex, node: DiagramNode): DiagramNode | undefined {
  for (const edge of index.edgesFrom(node.id, "membership")) {
    const group = index.node(edge.target);
    if (group?.kind === "aws.security-group") return group;
  }
  return undefined;
}
