import { countBySeverity } from "../engine/validate";
import type { Finding, Severity } from "../engine/types";
import type { Lang } from "../i18n/text";
import type { SeverityCounts } from "./labels";

export interface JsonFinding {
  ruleId: string;
  severity: Severity;
  nodeIds: string[];
  message: string;
  explanation: string;
  docsUrl: string;
  notesSection?: string;
  fixes: Array<{ title: string }>;
}

export interface JsonReport {
  findings: JsonFinding[];
  summary: SeverityCounts;
}

/** The machine-readable report shared by `archlint check --format json` and `POST /api/validate`. */
export function toJson(findings: readonly Finding[], lang: Lang): JsonReport {
  return {
    findings: findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      nodeIds: [...f.nodeIds],
      message: f.message[lang],
      explanation: f.explanation[lang],
      docsUrl: f.docsUrl,
      ...(f.notesSection ? { notesSection: f.notesSection } : {}),
      fixes: f.fixes.map((fix) => ({ title: fix.title[lang] })),
    })),
    summary: countBySeverity(findings),
  };
}
