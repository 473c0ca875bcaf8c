import type { Lang, Text } from "../i18n/text";

/** What became of one logical ID of the template. Every one of them gets exactly one. */
export type ResourceOutcome = { logicalId: string; type: string } & (
  | { outcome: "node"; nodeIds: string[]; kind: string }
  /** Drawn as relations (a route, an association, an attachment). */
  | { outcome: "edge"; edgeIds: string[] }
  /** Its settings went into another node (a security-group rule, an Elastic IP, a subnet group). */
  | { outcome: "folded"; into: string[]; detail: Text }
  /** Its Condition is false. */
  | { outcome: "skipped"; condition: string }
  /** A type Archlint has no kind for. */
  | { outcome: "unsupported" }
  /** A type Archlint knows, but this one cannot be drawn (say why). */
  | { outcome: "omitted"; reason: Text }
);

/** A property whose value the template does not decide; the node keeps its default for it. */
export interface UnknownValue {
  logicalId: string;
  property: string;
  /** `ImportValue SharedVpc`, `parameter VpcCidr has no value`. */
  reason: string;
  /** Which answers may be wrong because of it. */
  affects: Text;
}

export interface ImportNote {
  logicalId?: string;
  message: Text;
}

export interface ImportReport {
  region: string;
  accountId: string;
  /** Each declared parameter and the value used; null when it has none. */
  parameters: Array<{ name: string; value: string | null }>;
  conditions: Array<{ name: string; value: boolean | "unknown" }>;
  /** Each declared transform; only SAM's and AWS::LanguageExtensions are applied. */
  transforms: Array<{ name: string; applied: boolean }>;
  resources: ResourceOutcome[];
  unknowns: UnknownValue[];
  notes: ImportNote[];
}

const OUTCOME_WORDS: Record<ResourceOutcome["outcome"], Text> = {
  node: { en: "node", ko: "노드" },
  edge: { en: "relation", ko: "관계" },
  folded: { en: "folded", ko: "병합" },
  skipped: { en: "skipped", ko: "건너뜀" },
  unsupported: { en: "unsupported", ko: "지원 안 함" },
  omitted: { en: "not drawn", ko: "그리지 않음" },
};

/** One line per logical ID, then the unknown values and notes: what `archlint import` prints on stderr. */
export function formatImportReport(report: ImportReport, lang: Lang): string {
  const lines: string[] = [];
  const counts = new Map<string, number>();
  for (const r of report.resources) counts.set(r.outcome, (counts.get(r.outcome) ?? 0) + 1);
  const summary = [...counts].map(([outcome, n]) => `${n} ${OUTCOME_WORDS[outcome as ResourceOutcome["outcome"]][lang]}`).join(", ");
  lines.push(
    lang === "en"
      ? `Imported ${report.resources.length} resources (${summary}), Region ${report.region}, account ${report.accountId}.`
      : `리소스 ${report.resources.length}개를 가져왔습니다 (${summary}). 리전 ${report.region}, 계정 ${report.accountId}.`,
  );
  if (report.transforms.length > 0) {
    const each = report.transforms.map((t) => `${t.name} (${t.applied ? (lang === "en" ? "applied" : "적용") : lang === "en" ? "not applied" : "적용 안 함"})`);
    lines.push(`${lang === "en" ? "Transforms" : "변환"}: ${each.join(", ")}`);
  }
  for (const r of report.resources) lines.push(`  ${r.logicalId} (${r.type}): ${describeOutcome(r, lang)}`);
  if (report.unknowns.length > 0) {
    lines.push(lang === "en" ? "Values the template does not decide (defaults used):" : "템플릿이 정하지 않는 값 (기본값 사용):");
    for (const u of report.unknowns) {
      lines.push(`  ${u.logicalId}.${u.property}: ${u.reason}${lang === "en" ? "; may affect " : "; 영향: "}${u.affects[lang]}`);
    }
  }
  if (report.notes.length > 0) {
    lines.push(lang === "en" ? "Notes:" : "참고:");
    for (const n of report.notes) lines.push(`  ${n.logicalId ? `${n.logicalId}: ` : ""}${n.message[lang]}`);
  }
  return `${lines.join("\n")}\n`;
}

function describeOutcome(r: ResourceOutcome, lang: Lang): string {
  const en = lang === "en";
  switch (r.outcome) {
    case "node":
      return en ? `node ${r.nodeIds.join(", ")} (${r.kind})` : `노드 ${r.nodeIds.join(", ")} (${r.kind})`;
    case "edge":
      return en ? `relation ${r.edgeIds.join(", ")}` : `관계 ${r.edgeIds.join(", ")}`;
    case "folded":
      return en ? `folded into ${r.into.join(", ")}: ${r.detail.en}` : `${r.into.join(", ")}에 병합: ${r.detail.ko}`;
    case "skipped":
      return en ? `skipped, condition ${r.condition} is false` : `건너뜀, 조건 ${r.condition}이(가) 거짓`;
    case "unsupported":
      return en ? "unsupported: Archlint has no kind for this type, so it is not drawn" : "지원 안 함: Archlint에 이 유형의 종류가 없어 그리지 않았습니다";
    case "omitted":
      return en ? `not drawn: ${r.reason.en}` : `그리지 않음: ${r.reason.ko}`;
  }
}
