import type { Diagram } from "../diagram/types";
import { countBySeverity } from "../engine/validate";
import { SEVERITIES, type Finding } from "../engine/types";
import type { Lang, Text } from "../i18n/text";
import { describeNode, nodeLookup, SEVERITY_HEADINGS, summaryLine } from "./labels";

const WORDS = {
  title: { en: "Archlint report", ko: "Archlint 보고서" },
  date: { en: "Date", ko: "날짜" },
  resources: { en: "Resources", ko: "리소스" },
  summary: { en: "Summary", ko: "요약" },
  severity: { en: "Severity", ko: "심각도" },
  count: { en: "Count", ko: "개수" },
  why: { en: "Why", ko: "이유" },
  fix: { en: "Fix", ko: "수정" },
  docs: { en: "AWS documentation", ko: "AWS 문서" },
  notes: { en: "Notes", ko: "노트" },
  rule: { en: "Rule", ko: "규칙" },
  none: { en: "No problems found.", ko: "문제가 없습니다." },
} satisfies Record<string, Text>;

/**
 * The findings as a Markdown document for a pull request, a ticket or a wiki: a title with the
 * diagram's name, the date, a table of counts, then the findings grouped by severity, each with the
 * resources it is about, why it matters, offered fixes and its AWS documentation. Pure: the date is
 * passed in. Text that comes from the diagram is escaped, so a label cannot add links or markup.
 */
export function formatMarkdown(diagram: Diagram, findings: readonly Finding[], lang: Lang, date: Date): string {
  const w = (key: keyof typeof WORDS) => WORDS[key][lang];
  const byId = nodeLookup(diagram);
  const counts = countBySeverity(findings);
  const lines: string[] = [
    `# ${w("title")}: ${escapeMarkdown(diagram.name || "diagram")}`,
    "",
    `- ${w("date")}: ${date.toISOString().slice(0, 16).replace("T", " ")} UTC`,
    `- ${w("resources")}: ${diagram.nodes.length}`,
    `- ${w("summary")}: ${summaryLine(counts, lang)}`,
    "",
    `| ${w("severity")} | ${w("count")} |`,
    "| --- | ---: |",
    ...SEVERITIES.map((s) => `| ${SEVERITY_HEADINGS[s][lang]} | ${counts[s]} |`),
  ];
  if (findings.length === 0) lines.push("", w("none"));
  for (const severity of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push("", `## ${SEVERITY_HEADINGS[severity][lang]} (${group.length})`);
    for (const finding of group) {
      lines.push("", `### ${escapeMarkdown(finding.message[lang])}`, "");
      lines.push(`- ${w("rule")}: \`${finding.ruleId}\``);
      const nodes = finding.nodeIds.map((id) => escapeMarkdown(describeNode(byId, id, lang)));
      if (nodes.length > 0) lines.push(`- ${w("resources")}: ${nodes.join(", ")}`);
      lines.push(`- ${w("why")}: ${escapeMarkdown(finding.explanation[lang])}`);
      for (const fix of finding.fixes) lines.push(`- ${w("fix")}: ${escapeMarkdown(fix.title[lang])}`);
      lines.push(`- ${w("docs")}: <${finding.docsUrl}>`);
      if (finding.notesSection) lines.push(`- ${w("notes")}: ${escapeMarkdown(finding.notesSection)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** Backslash-escapes the characters that start Markdown or HTML markup and folds line breaks, so text stays plain, on one line. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n|\r/g, " ").replace(/[\\`*_[\]<>#|~&]/g, (c) => `\\${c}`);
}
