import type { Diagram, DiagramNode } from "../diagram/types";
import type { Severity } from "../engine/types";
import type { Lang, Text } from "../i18n/text";
import { getKind } from "../kinds";

export type SeverityCounts = Record<Severity, number>;

/** Section headings, in severity order. */
export const SEVERITY_HEADINGS: Record<Severity, Text> = {
  error: { en: "Errors", ko: "오류" },
  warning: { en: "Warnings", ko: "경고" },
  info: { en: "Info", ko: "정보" },
};

/** "2 errors, 1 warning, 0 info" / "오류 2개, 경고 1개, 정보 0개". */
export function summaryLine(counts: SeverityCounts, lang: Lang): string {
  if (lang === "ko") return `오류 ${counts.error}개, 경고 ${counts.warning}개, 정보 ${counts.info}개`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${counts.info} info`;
}

export type NodeLookup = ReadonlyMap<string, DiagramNode>;

/** Nodes by id, built once per report so naming many findings stays linear. */
export function nodeLookup(diagram: Diagram): NodeLookup {
  return new Map(diagram.nodes.map((n) => [n.id, n]));
}

/** What a person calls a node: its label, or its id when it has none. */
export function nodeLabel(nodes: NodeLookup, nodeId: string): string {
  return nodes.get(nodeId)?.label || nodeId;
}

/**
 * A node named for people: kind name in the chosen language and label, with the id in
 * parentheses when it differs (labels need not be unique), e.g. `Subnet "private-a" (subnet-1)`.
 * An id the diagram does not hold is shown as it is.
 */
export function describeNode(nodes: NodeLookup, nodeId: string, lang: Lang): string {
  const node = nodes.get(nodeId);
  if (!node) return `"${nodeId}"`;
  const kindName = getKind(node.kind)?.name[lang] ?? node.kind;
  const label = node.label || node.id;
  return `${kindName} "${label}"${label === node.id ? "" : ` (${node.id})`}`;
}
