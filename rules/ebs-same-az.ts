import { defineRule, type Fix } from "../lib/engine/types";
import type { DiagramIndex } from "../lib/diagram/graph";
import type { DiagramNode } from "../lib/diagram/types";

const MARGIN = 20;
/** Room for a container's title bar. */
const HEADER = 40;

export default defineRule({
  meta: {
    id: "ebs-same-az",
    severity: "error",
    category: "placement",
    scope: "component",
    title: { en: "An EBS volume attaches only in its own Availability Zone", ko: "EBS 볼륨은 같은 가용 영역에서만 연결" },
    explanation: {
      en: "An EBS volume is created in one Availability Zone and is an AZ-level resource: it can be attached only to instances in that same zone, Multi-Attach included. To use the data in another zone, take a snapshot and create a new volume from it there.",
      ko: "EBS 볼륨은 특정 가용 영역 하나에 만들어지는 AZ 수준 리소스라서, 다중 연결을 포함해 같은 가용 영역의 인스턴스에만 연결할 수 있습니다. 다른 가용 영역에서 데이터를 쓰려면 스냅샷을 만들고 그 영역에서 새 볼륨으로 복원하세요.",
    },
    docsUrl: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html",
    notesSection: "EBS",
    facts: ["ebs_same_az"],
    messages: {
      otherZone: {
        en: "Volume {volume} is in {volumeZone} but is attached to instance {instance} in {instanceZone}; a volume attaches only to instances in its own Availability Zone.",
        ko: "볼륨 {volume}은(는) {volumeZone}에 있는데 {instanceZone}의 인스턴스 {instance}에 연결되어 있습니다. 볼륨은 같은 가용 영역의 인스턴스에만 연결됩니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.ebs-volume"(volume) {
        const volumeZone = index.zoneOf(volume);
        if (volumeZone === undefined) return;
        const instances = index
          .edgesFrom(volume.id, "attachment")
          .map((e) => index.node(e.target))
          .filter((n): n is DiagramNode => n !== undefined);
        // Moving the volume is a fix only when every attached instance of known zone is in one other zone.
        const zones = new Set(instances.map((n) => index.zoneOf(n)).filter((z) => z !== undefined));
        const target = zones.size === 1 && !zones.has(volumeZone) ? zoneNode(index, instances) : undefined;
        const reported = new Set<string>();
        for (const instance of instances) {
          const instanceZone = index.zoneOf(instance);
          if (instanceZone === undefined || instanceZone === volumeZone || reported.has(instance.id)) continue;
          reported.add(instance.id);
          context.report({
            messageId: "otherZone",
            nodeIds: [volume.id, instance.id],
            data: { volume: index.label(volume.id), volumeZone, instance: index.label(instance.id), instanceZone },
            fixes: target ? [moveInto(index, volume, target)] : [],
          });
        }
      },
    };
  },
});

function zoneNode(index: DiagramIndex, instances: readonly DiagramNode[]): DiagramNode | undefined {
  for (const instance of instances) {
    const az = index.ancestor(instance, "aws.availability-zone");
    if (az) return az;
  }
  return undefined;
}

/** Moves the volume into the zone, below what the zone already holds. */
function moveInto(index: DiagramIndex, volume: DiagramNode, az: DiagramNode): Fix {
  const y = index.childrenOf(az.id).reduce((lowest, n) => Math.max(lowest, n.layout.y + n.layout.h + MARGIN), HEADER);
  const label = index.label(az.id);
  const zone = typeof az.props.zoneName === "string" ? ` (${az.props.zoneName})` : "";
  return {
    title: { en: `Move the volume into ${label}${zone}`, ko: `볼륨을 ${label}${zone} 안으로 옮기기` },
    ops: [{ op: "updateNode", id: volume.id, parent: az.id, layout: { x: MARGIN, y } }],
  };
}
