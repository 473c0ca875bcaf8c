import type { RuleCategory, RuleMeta, Severity } from "../engine/types";
import type { Lang } from "../i18n/text";

export interface JsonCatalogRule {
  id: string;
  severity: Severity;
  category: RuleCategory;
  title: string;
  docsUrl: string;
  /** Always present; null when the rule's fact is not from the study notes. */
  notesSection: string | null;
}

/** `archlint rules --format json`: the catalog, titles in the chosen language. */
export function catalogToJson(rules: readonly { readonly meta: RuleMeta }[], lang: Lang): { rules: JsonCatalogRule[] } {
  return {
    rules: rules.map(({ meta }) => ({
      id: meta.id,
      severity: meta.severity,
      category: meta.category,
      title: meta.title[lang],
      docsUrl: meta.docsUrl,
      notesSection: meta.notesSection ?? null,
    })),
  };
}

const NO_RULES = { en: "No rules are registered.", ko: "등록된 규칙이 없습니다." };

function countLine(n: number, lang: Lang): string {
  return lang === "ko" ? `규칙 ${n}개` : `${n} rule${n === 1 ? "" : "s"}`;
}

/** `archlint rules`: one aligned line per rule (id, severity, category, title), then the count. */
export function formatCatalogText(rules: readonly { readonly meta: RuleMeta }[], lang: Lang): string {
  if (rules.length === 0) return `${NO_RULES[lang]}\n`;
  const rows = rules.map(({ meta }) => [meta.id, meta.severity, meta.category, meta.title[lang]] as const);
  const width = (col: 0 | 1 | 2) => Math.max(...rows.map((r) => r[col].length));
  const w0 = width(0);
  const w1 = width(1);
  const w2 = width(2);
  const lines = rows.map(([id, severity, category, title]) =>
    `${id.padEnd(w0)}  ${severity.padEnd(w1)}  ${category.padEnd(w2)}  ${title}`,
  );
  return `${lines.join("\n")}\n\n${countLine(rules.length, lang)}\n`;
}
