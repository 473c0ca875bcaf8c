import type { Diagram } from "@/lib/diagram/types";
import type { Finding, Severity } from "@/lib/engine/types";

export type GroupBy = "none" | "rule" | "resource";
export const GROUP_BYS: readonly GroupBy[] = ["none", "rule", "resource"];

export interface ProblemGroup {
  /** A rule id, a node id, or "" for the ungrouped list and for findings about the whole diagram. */
  key: string;
  /** The rule id or the resource's label; empty for the ungrouped list. */
  title: string;
  findings: Finding[];
}

/**
 * The findings of the shown severities, grouped. The engine's order (most severe first) is kept
 * within and across groups: a group stands where its first finding stood. By resource, a finding
 * about several resources is listed under each of them.
 */
export function problemGroups(
  diagram: Diagram,
  findings: readonly Finding[],
  shown: ReadonlySet<Severity>,
  groupBy: GroupBy,
): ProblemGroup[] {
  const visible = findings.filter((f) => shown.has(f.severity));
  if (groupBy === "none") return visible.length > 0 ? [{ key: "", title: "", findings: visible }] : [];
  const groups = new Map<string, ProblemGroup>();
  const add = (key: string, title: string, finding: Finding) => {
    const group = groups.get(key);
    if (group) group.findings.push(finding);
    else groups.set(key, { key, title, findings: [finding] });
  };
  const labels = new Map(diagram.nodes.map((n) => [n.id, n.label || n.id]));
  for (const finding of visible) {
    if (groupBy === "rule") add(finding.ruleId, finding.ruleId, finding);
    else if (finding.nodeIds.length === 0) add("", "", finding);
    else for (const id of new Set(finding.nodeIds)) add(id, labels.get(id) ?? id, finding);
  }
  return [...groups.values()];
}
