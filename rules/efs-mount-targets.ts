import { defineRule, type Fix } from "../lib/engine/types";
import { createEdge } from "../lib/diagram/create";
import type { DiagramIndex } from "../lib/diagram/graph";
import type { DiagramNode } from "../lib/diagram/types";

export default defineRule({
  meta: {
    id: "efs-mount-targets",
    severity: "error",
    category: "storage",
    scope: "component",
    title: { en: "EFS mount targets: one per AZ, in every AZ its clients use", ko: "EFS 탑재 대상: 가용 영역마다 하나, 클라이언트가 쓰는 모든 가용 영역에" },
    explanation: {
      en: "Clients reach an EFS file system through mount targets, drawn as placement edges to subnets. A Regional file system has at most one mount target per Availability Zone, all in one VPC; a One Zone file system has a single mount target. A Lambda function needs a mount target in every AZ it connects from, and VPC access to mount at all. An instance in an AZ without a mount target cannot use the file system's DNS name and must mount by another zone's IP address, paying cross-AZ data charges.",
      ko: "클라이언트는 탑재 대상을 거쳐 EFS 파일 시스템에 접근하며, 탑재 대상은 서브넷으로 가는 배치 연결로 그립니다. 리전 파일 시스템은 가용 영역마다 탑재 대상을 최대 하나 두고 모두 한 VPC에 있어야 하며, One Zone 파일 시스템은 탑재 대상이 하나뿐입니다. Lambda 함수는 연결하는 모든 가용 영역에 탑재 대상이 있어야 하고, 애초에 VPC에 연결되어야 탑재할 수 있습니다. 탑재 대상이 없는 가용 영역의 인스턴스는 파일 시스템 DNS 이름을 쓸 수 없어 다른 가용 영역의 IP 주소로 탑재해야 하며 가용 영역 간 데이터 전송 요금이 듭니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/efs/latest/ug/manage-fs-access.html",
    facts: ["efs_mount_targets", "lambda_efs_mount"],
    messages: {
      functionNoMountTarget: {
        en: "Function {client} runs in {zone} (subnet {subnet}), where EFS file system {fileSystem} has no mount target; Lambda needs one in every Availability Zone it uses.",
        ko: "함수 {client}은(는) {zone}(서브넷 {subnet})에서 실행되는데, EFS 파일 시스템 {fileSystem}은(는) 그 가용 영역에 탑재 대상이 없습니다. Lambda는 사용하는 모든 가용 영역에 탑재 대상이 있어야 합니다.",
      },
      instanceNoMountTarget: {
        en: "{client} in {zone} (subnet {subnet}) mounts EFS file system {fileSystem}, which has no mount target in that zone; the file system's DNS name will not resolve there, and mounting another zone's target costs cross-AZ traffic.",
        ko: "{zone}(서브넷 {subnet})의 {client}이(가) EFS 파일 시스템 {fileSystem}을(를) 탑재하는데, 그 가용 영역에는 탑재 대상이 없습니다. 파일 시스템 DNS 이름이 확인되지 않고, 다른 가용 영역의 탑재 대상을 쓰면 가용 영역 간 트래픽 요금이 듭니다.",
      },
      functionNotInVpc: {
        en: "Function {client} mounts EFS file system {fileSystem} but is not attached to a VPC; Lambda reaches EFS only through the VPC's mount targets.",
        ko: "함수 {client}이(가) EFS 파일 시스템 {fileSystem}을(를) 탑재하지만 VPC에 연결되어 있지 않습니다. Lambda는 VPC의 탑재 대상을 통해서만 EFS에 접근합니다.",
      },
      twoInOneZone: {
        en: "EFS file system {fileSystem} has {count} mount targets in {zone} ({subnets}); a file system has at most one mount target per Availability Zone.",
        ko: "EFS 파일 시스템 {fileSystem}의 탑재 대상 {count}개({subnets})가 {zone}에 있습니다. 파일 시스템은 가용 영역마다 탑재 대상을 최대 하나만 둡니다.",
      },
      oneZoneMany: {
        en: "One Zone file system {fileSystem} has mount targets in {count} Availability Zones ({zones}); a One Zone file system has a single mount target.",
        ko: "One Zone 파일 시스템 {fileSystem}의 탑재 대상이 가용 영역 {count}개({zones})에 있습니다. One Zone 파일 시스템은 탑재 대상이 하나뿐입니다.",
      },
      manyVpcs: {
        en: "EFS file system {fileSystem} has mount targets in {count} VPCs ({vpcs}); all mount targets of a file system are in one VPC.",
        ko: "EFS 파일 시스템 {fileSystem}의 탑재 대상이 VPC {count}개({vpcs})에 있습니다. 파일 시스템의 탑재 대상은 모두 한 VPC에 있어야 합니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.efs"(fileSystem) {
        const fsLabel = index.label(fileSystem.id);
        const targets = index.subnetsOf(fileSystem);
        const oneZone = fileSystem.props.oneZone === true;

        const byZone = groupBy(targets, (s) => index.zoneOf(s));
        for (const [zone, subnets] of byZone) {
          if (subnets.length < 2) continue;
          context.report({
            messageId: "twoInOneZone",
            nodeIds: [fileSystem.id, ...subnets.map((s) => s.id)],
            data: { fileSystem: fsLabel, count: subnets.length, zone, subnets: labels(index, subnets) },
          });
        }
        if (oneZone && byZone.size > 1) {
          context.report({
            messageId: "oneZoneMany",
            nodeIds: [fileSystem.id],
            data: { fileSystem: fsLabel, count: byZone.size, zones: [...byZone.keys()].join(", ") },
          });
        }
        const vpcs = distinct(targets.map((s) => index.vpcOf(s)).filter((v): v is DiagramNode => v !== undefined));
        if (vpcs.length > 1) {
          context.report({
            messageId: "manyVpcs",
            nodeIds: [fileSystem.id, ...vpcs.map((v) => v.id)],
            data: { fileSystem: fsLabel, count: vpcs.length, vpcs: labels(index, vpcs) },
          });
        }

        // A new mount target may go only into the file system's one VPC (any VPC while it has none drawn),
        // and never next to a One Zone file system's existing one.
        const fsVpc = vpcs.length === 1 ? vpcs[0] : index.vpcOf(fileSystem);
        const canAdd = vpcs.length <= 1 && !(oneZone && byZone.size > 0);
        for (const edge of index.edgesTo(fileSystem.id, "mount")) {
          const client = index.node(edge.source);
          if (!client) continue;
          const clientSubnets = index.subnetsOf(client);
          const isFunction = client.kind === "aws.lambda";
          if (isFunction && clientSubnets.length === 0) {
            context.report({ messageId: "functionNotInVpc", nodeIds: [client.id, fileSystem.id], data: { client: index.label(client.id), fileSystem: fsLabel } });
            continue;
          }
          const clientZones = groupBy(clientSubnets, (s) => index.zoneOf(s));
          for (const [zone, [subnet]] of clientZones) {
            if (byZone.has(zone) || !subnet) continue;
            const sameVpc = fsVpc === undefined || index.vpcOf(subnet)?.id === fsVpc.id;
            context.report({
              messageId: isFunction ? "functionNoMountTarget" : "instanceNoMountTarget",
              nodeIds: [client.id, fileSystem.id],
              data: { client: index.label(client.id), zone, subnet: index.label(subnet.id), fileSystem: fsLabel },
              fixes: canAdd && sameVpc ? [addMountTarget(index, fileSystem, subnet)] : [],
              ...(isFunction ? {} : { severity: "warning" as const }),
            });
          }
        }
      },
    };
  },
});

function addMountTarget(index: DiagramIndex, fileSystem: DiagramNode, subnet: DiagramNode): Fix {
  const label = index.label(subnet.id);
  return {
    title: { en: `Add a mount target in ${label}`, ko: `${label}에 탑재 대상 추가` },
    ops: [{ op: "addEdge", edge: createEdge(index.diagram, "placement", fileSystem.id, subnet.id) }],
  };
}

/** Groups by key, skipping items whose key is unknown. */
function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function distinct(nodes: readonly DiagramNode[]): DiagramNode[] {
  const seen = new Set<string>();
  return nodes.filter((n) => !seen.has(n.id) && seen.add(n.id));
}

function labels(index: DiagramIndex, nodes: readonly DiagramNode[]): string {
  return nodes.map((n) => index.label(n.id)).join(", ");
}
