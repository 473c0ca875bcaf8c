import { defineRule, type Fix } from "../lib/engine/types";
import type { DiagramNode } from "../lib/diagram/types";

interface Range {
  min: number;
  max: number;
}

/** Per volume type: size in GiB, and the IOPS and throughput (MiB/s) ranges where AWS documents them. */
const LIMITS: Readonly<Record<string, { size: Range; iops?: Range; throughput?: Range }>> = {
  gp2: { size: { min: 1, max: 16_384 } },
  gp3: { size: { min: 1, max: 65_536 }, iops: { min: 3_000, max: 80_000 }, throughput: { min: 125, max: 2_000 } },
  io1: { size: { min: 4, max: 16_384 }, iops: { min: 1, max: 64_000 } },
  io2: { size: { min: 4, max: 65_536 }, iops: { min: 1, max: 256_000 } },
  st1: { size: { min: 125, max: 16_384 } },
  sc1: { size: { min: 125, max: 16_384 } },
  standard: { size: { min: 1, max: 1_024 } },
};

const UNITS = { size: { en: "GiB", ko: "GiB" }, iops: { en: "IOPS", ko: "IOPS" }, throughput: { en: "MiB/s", ko: "MiB/s" } } as const;

export default defineRule({
  meta: {
    id: "ebs-volume-limits",
    severity: "error",
    category: "storage",
    scope: "component",
    title: { en: "EBS volume size, IOPS and throughput within the type's range", ko: "EBS 볼륨 크기·IOPS·처리량이 유형별 범위 안" },
    explanation: {
      en: "Each EBS volume type has its own size and performance range, and EC2 refuses to create a volume outside it: gp2 1 GiB–16 TiB; gp3 1 GiB–64 TiB with 3,000–80,000 IOPS and 125–2,000 MiB/s; io1 4 GiB–16 TiB with up to 64,000 IOPS; io2 (Block Express) 4 GiB–64 TiB with up to 256,000 IOPS; st1 and sc1 125 GiB–16 TiB; previous-generation magnetic (standard) 1 GiB–1 TiB. AWS documented gp3 at 16 TiB, 16,000 IOPS and 1,000 MiB/s until it raised those limits; the larger current values are checked. A volume too small or too slow for its type can often be a different type: a small HDD volume, for example, fits gp3.",
      ko: "EBS 볼륨 유형마다 크기와 성능 범위가 있고, EC2는 범위를 벗어난 볼륨을 만들지 않습니다. gp2는 1GiB~16TiB, gp3는 1GiB~64TiB에 3,000~80,000 IOPS와 125~2,000MiB/s, io1은 4GiB~16TiB에 최대 64,000 IOPS, io2(Block Express)는 4GiB~64TiB에 최대 256,000 IOPS, st1과 sc1은 125GiB~16TiB, 이전 세대 마그네틱(standard)은 1GiB~1TiB입니다. AWS는 gp3를 16TiB, 16,000 IOPS, 1,000MiB/s로 문서화했다가 한도를 올렸으므로 현재의 더 큰 값을 확인합니다. 유형에 비해 너무 작거나 느린 볼륨은 다른 유형이 맞는 경우가 많습니다. 예를 들어 작은 HDD 볼륨은 gp3가 적합합니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html",
    facts: ["ebs_volume_limits"],
    messages: {
      size: {
        en: "Volume {volume} is a {volumeType} volume of {value} GiB; {volumeType} volumes are {min} to {max} GiB.",
        ko: "볼륨 {volume}은(는) {value}GiB의 {volumeType} 볼륨입니다. {volumeType} 볼륨은 {min}~{max}GiB입니다.",
      },
      iops: {
        en: "Volume {volume} is a {volumeType} volume with {value} IOPS; {volumeType} volumes allow {min} to {max} IOPS.",
        ko: "볼륨 {volume}은(는) {value} IOPS의 {volumeType} 볼륨입니다. {volumeType} 볼륨은 {min}~{max} IOPS를 허용합니다.",
      },
      throughput: {
        en: "Volume {volume} is a {volumeType} volume with {value} MiB/s of throughput; {volumeType} volumes allow {min} to {max} MiB/s.",
        ko: "볼륨 {volume}은(는) 처리량이 {value}MiB/s인 {volumeType} 볼륨입니다. {volumeType} 볼륨은 {min}~{max}MiB/s를 허용합니다.",
      },
    },
  },
  create(context) {
    return {
      "aws.ebs-volume"(volume) {
        const volumeType = String(volume.props.volumeType);
        const limits = LIMITS[volumeType];
        if (limits === undefined) return;
        for (const prop of ["size", "iops", "throughput"] as const) {
          const range = limits[prop];
          const value = volume.props[prop];
          if (range === undefined || typeof value !== "number" || (value >= range.min && value <= range.max)) continue;
          context.report({
            messageId: prop,
            nodeIds: [volume.id],
            data: { volume: context.index.label(volume.id), volumeType, value, min: range.min, max: range.max },
            fixes: [clamp(volume, prop, value < range.min ? range.min : range.max)],
          });
        }
      },
    };
  },
});

function clamp(volume: DiagramNode, prop: keyof typeof UNITS, value: number): Fix {
  const unit = UNITS[prop];
  return {
    title: { en: `Set ${prop} to ${value} ${unit.en}`, ko: `${prop}을(를) ${value} ${unit.ko}(으)로 설정` },
    ops: [{ op: "updateNode", id: volume.id, props: { [prop]: value } }],
  };
}
