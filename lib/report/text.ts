import type { Diagram } from "../diagram/types";
import { countBySeverity } from "../engine/validate";
import { SEVERITIES, type Finding } from "../engine/types";
import type { Lang } from "../i18n/text";
import { describeNode, nodeLookup, SEVERITY_HEADINGS, summaryLine } from "./labels";

const NO_FINDINGS = { en: "No problems found.", ko: "문제가 없습니다." };
const DOCS = { en: "docs", ko: "문서" };
const NOTES = { en: "notes", ko: "노트" };
const FIX = { en: "fix", ko: "수정" };

/**
 * A report for people: findings grouped by severity (errors, then warnings, then info), each
 * headed by its rule id and the resources it is about, then its message and where to read more,
 * ending with the counts. Pure; ends with a newline.
 */
export function formatText(diagram: Diagram, findings: readonly Finding[], lang: Lang): string {
  const byId = nodeLookup(diagram);
  const lines: string[] = [];
  for (const severity of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    if (lines.length > 0) lines.push("");
    lines.push(`${SEVERITY_HEADINGS[severity][lang]} (${group.length})`);
    for (const finding of group) {
      const nodes = finding.nodeIds.map((id) => describeNode(byId, id, lang)).join(", ");
      lines.push(`  ${severity}  [${finding.ruleId}]${nodes ? `  ${nodes}` : ""}`);
      lines.push(`    ${finding.message[lang]}`);
      for (const fix of finding.fixes) lines.push(`    ${FIX[lang]}: ${fix.title[lang]}`);
      lines.push(`    ${DOCS[lang]}: ${finding.docsUrl}`);
      if (finding.notesSection) lines.push(`    ${NOTES[lang]}: ${finding.notesSection}`);
    }
  }
  if (lines.length === 0) lines.push(NO_FINDINGS[lang]);
  lines.push("", summaryLine(countBySeverity(findings), lang));
  return `${lines.join("\n")}\n`;
}
