import { defineRule, type Fix } from "../lib/engine/types";
import type { DiagramNode } from "../lib/diagram/types";
import { isKnownXenBased } from "../lib/kinds/instance-types";

const MAX_INSTANCES = 16;
const MULTI_ATTACH_TYPES = new Set(["io1", "io2"]);
/** io2's smallest size; a smaller volume changed to io2 is grown to it. */
const IO2_MIN_GIB = 4;

export default defineRule({
  meta: {
    id: "ebs-multi-attach",
    severity: "error",
    category: "storage",
    scope: "component",
    title: { en: "EBS Multi-Attach requirements", ko: "EBS 다중 연결(Multi-Attach) 요건" },
    explanation: {
      en: "An EBS volume attaches to one instance at a time. With Multi-Attach, an io1 or io2 volume can be attached to up to 16 instances in its Availability Zone at once, each with full read and write access, so the instances need a cluster-aware file system. The notes stop there; AWS also documents that the instances must be built on the Nitro System (t2, m4, c4, r4 and other Xen-based types are not) and that a Multi-Attach volume cannot be a boot volume.",
      ko: "EBS 볼륨은 한 번에 인스턴스 하나에만 연결됩니다. 다중 연결(Multi-Attach)을 켜면 io1·io2 볼륨을 같은 가용 영역의 인스턴스 최대 16개에 동시에 연결할 수 있고, 각 인스턴스가 읽기와 쓰기를 모두 하므로 클러스터 인식(cluster-aware) 파일 시스템이 필요합니다. 노트는 여기까지만 말하지만, AWS 문서에 따르면 인스턴스가 Nitro 시스템 기반이어야 하고(t2, m4, c4, r4 등 Xen 기반 유형은 안 됨) 다중 연결 볼륨은 부팅 볼륨이 될 수 없습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volumes-multi.html",
    notesSection: "EBS",
    facts: ["ebs_multi_attach"],
    messages: {
      notEnabled: {
        en: "Volume {volume} is attached to {count} instances ({instances}) without Multi-Attach; an EBS volume attaches to one instance unless Multi-Attach is enabled.",
        ko: "볼륨 {volume}이(가) 다중 연결 없이 인스턴스 {count}개({instances})에 연결되어 있습니다. EBS 볼륨은 다중 연결을 켜지 않으면 인스턴스 하나에만 연결됩니다.",
      },
      wrongType: {
        en: "Volume {volume} has Multi-Attach enabled but is {volumeType}; only io1 and io2 volumes support Multi-Attach.",
        ko: "볼륨 {volume}은(는) 다중 연결이 켜져 있지만 {volumeType} 유형입니다. 다중 연결은 io1과 io2 볼륨만 지원합니다.",
      },
      tooMany: {
        en: "Multi-Attach volume {volume} is attached to {count} instances; it can be attached to at most 16 at once.",
        ko: "다중 연결 볼륨 {volume}이(가) 인스턴스 {count}개에 연결되어 있습니다. 한 번에 최대 16개까지만 연결할 수 있습니다.",
      },
      notNitro: {
        en: "Instance {instance} ({instanceType}) is not built on the Nitro System, so it cannot attach Multi-Attach volume {volume}.",
        ko: "인스턴스 {instance}({instanceType})은(는) Nitro 시스템 기반이 아니어서 다중 연결 볼륨 {volume}을(를) 연결할 수 없습니다.",
      },
      bootVolume: {
        en: "Multi-Attach volume {volume} is the boot volume of {instance}; a Multi-Attach volume cannot be a boot volume.",
        ko: "다중 연결 볼륨 {volume}이(가) {instance}의 부팅 볼륨입니다. 다중 연결 볼륨은 부팅 볼륨이 될 수 없습니다.",
      },
      clusterFileSystem: {
        en: "Volume {volume} is shared by {count} instances ({instances}); use a cluster-aware file system on it, since each instance writes to it directly.",
        ko: "볼륨 {volume}을(를) 인스턴스 {count}개({instances})가 함께 씁니다. 각 인스턴스가 직접 쓰므로 클러스터 인식 파일 시스템을 사용하세요.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.ebs-volume"(volume) {
        const edges = index.edgesFrom(volume.id, "attachment");
        const instances = distinct(edges.map((e) => index.node(e.target)).filter((n): n is DiagramNode => n !== undefined));
        const label = index.label(volume.id);
        const names = instances.map((n) => index.label(n.id)).join(", ");
        const volumeType = String(volume.props.volumeType);

        if (volume.props.multiAttachEnabled !== true) {
          if (instances.length < 2) return;
          context.report({
            messageId: "notEnabled",
            nodeIds: [volume.id, ...instances.map((n) => n.id)],
            data: { volume: label, count: instances.length, instances: names },
            fixes: [enableMultiAttach(volume)],
          });
          return;
        }

        if (!MULTI_ATTACH_TYPES.has(volumeType)) {
          context.report({ messageId: "wrongType", nodeIds: [volume.id], data: { volume: label, volumeType }, fixes: [toIo2(volume)] });
        }
        if (instances.length > MAX_INSTANCES) {
          context.report({ messageId: "tooMany", nodeIds: [volume.id], data: { volume: label, count: instances.length } });
        }
        for (const instance of instances) {
          const instanceType = String(instance.props.instanceType);
          if (!isKnownXenBased(instanceType)) continue;
          context.report({
            messageId: "notNitro",
            nodeIds: [instance.id, volume.id],
            data: { instance: index.label(instance.id), instanceType, volume: label },
          });
        }
        for (const edge of edges) {
          if (edge.props.boot !== true) continue;
          const alone = instances.length === 1;
          context.report({
            messageId: "bootVolume",
            nodeIds: [volume.id, edge.target],
            data: { volume: label, instance: index.label(edge.target) },
            // Turning Multi-Attach off is right only when nothing else shares the volume.
            fixes: alone
              ? [{ title: { en: "Turn off Multi-Attach", ko: "다중 연결 끄기" }, ops: [{ op: "updateNode", id: volume.id, props: { multiAttachEnabled: false } }] }]
              : [],
          });
        }
        if (instances.length >= 2) {
          context.report({
            messageId: "clusterFileSystem",
            nodeIds: [volume.id],
            data: { volume: label, count: instances.length, instances: names },
            severity: "info",
          });
        }
      },
    };
  },
});

function distinct(nodes: readonly DiagramNode[]): DiagramNode[] {
  const seen = new Set<string>();
  return nodes.filter((n) => !seen.has(n.id) && seen.add(n.id));
}

/** io2 props for the volume: its type, and a size io2 accepts. */
function io2Props(volume: DiagramNode): Record<string, unknown> {
  const size = typeof volume.props.size === "number" ? volume.props.size : IO2_MIN_GIB;
  return { volumeType: "io2", ...(size < IO2_MIN_GIB ? { size: IO2_MIN_GIB } : {}) };
}

function toIo2(volume: DiagramNode): Fix {
  return { title: { en: "Change the volume type to io2", ko: "볼륨 유형을 io2로 바꾸기" }, ops: [{ op: "updateNode", id: volume.id, props: io2Props(volume) }] };
}

function enableMultiAttach(volume: DiagramNode): Fix {
  if (MULTI_ATTACH_TYPES.has(String(volume.props.volumeType))) {
    return { title: { en: "Enable Multi-Attach", ko: "다중 연결 켜기" }, ops: [{ op: "updateNode", id: volume.id, props: { multiAttachEnabled: true } }] };
  }
  return {
    title: { en: "Change to io2 and enable Multi-Attach", ko: "io2로 바꾸고 다중 연결 켜기" },
    ops: [{ op: "updateNode", id: volume.id, props: { ...io2Props(volume), multiAttachEnabled: true } }],
  };
}
