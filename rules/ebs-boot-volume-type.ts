import { defineRule } from "../lib/engine/types";

/** Throughput Optimized HDD and Cold HDD; previous-generation magnetic (`standard`) can boot. */
const CANNOT_BOOT = new Set(["st1", "sc1"]);

export default defineRule({
  meta: {
    id: "ebs-boot-volume-type",
    severity: "error",
    category: "storage",
    scope: "component",
    title: { en: "st1 and sc1 volumes cannot be boot volumes", ko: "st1·sc1 볼륨은 부팅 볼륨 불가" },
    explanation: {
      en: "Throughput Optimized HDD (st1) and Cold HDD (sc1) volumes cannot be used as boot volumes; use an SSD volume such as gp3. The notes say every HDD volume, magnetic included, cannot boot; AWS documents that previous-generation magnetic (standard) volumes can be boot volumes, so only st1 and sc1 are reported.",
      ko: "처리량 최적화 HDD(st1)와 콜드 HDD(sc1) 볼륨은 부팅 볼륨으로 쓸 수 없으니 gp3 같은 SSD 볼륨을 쓰세요. 노트는 마그네틱을 포함한 모든 HDD 볼륨이 부팅 볼륨이 될 수 없다고 하지만, AWS 문서에 따르면 이전 세대 마그네틱(standard) 볼륨은 부팅 볼륨이 될 수 있으므로 st1과 sc1만 보고합니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html",
    notesSection: "EBS › volume types",
    facts: ["ebs_boot_volume_types"],
    messages: {
      hddBoot: {
        en: "Volume {volume} is the boot volume of {instance} but is {volumeType}; st1 and sc1 volumes cannot be boot volumes.",
        ko: "볼륨 {volume}은(는) {instance}의 부팅 볼륨인데 {volumeType} 유형입니다. st1과 sc1 볼륨은 부팅 볼륨이 될 수 없습니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.ebs-volume"(volume) {
        const volumeType = String(volume.props.volumeType);
        if (!CANNOT_BOOT.has(volumeType)) return;
        for (const edge of index.edgesFrom(volume.id, "attachment")) {
          if (edge.props.boot !== true) continue;
          context.report({
            messageId: "hddBoot",
            nodeIds: [volume.id, edge.target],
            data: { volume: index.label(volume.id), instance: index.label(edge.target), volumeType },
            fixes: [
              {
                title: { en: "Change the volume type to gp3", ko: "볼륨 유형을 gp3로 바꾸기" },
                ops: [{ op: "updateNode", id: volume.id, props: { volumeType: "gp3" } }],
              },
            ],
          });
        }
      },
    };
  },
});
