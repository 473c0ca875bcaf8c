import { DiagramIndex } from "../diagram/graph";
import type { Diagram } from "../diagram/types";
import { formatText } from "../i18n/text";
import type { Finding, NodeVisitor, RuleModule, Severity } from "./types";

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Runs the rules over a diagram and returns their findings, most severe first. Pure: no I/O, no
 * DOM, no clock, so the same diagram always gives the same findings in the browser, a worker,
 * Node or the API. One pass over the nodes dispatches each to the rules that visit its kind.
 */
export function runRules(diagram: Diagram, rules: readonly RuleModule[], index = new DiagramIndex(diagram)): Finding[] {
  const findings: Finding[] = [];
  const byKind = new Map<string, Array<NodeVisitor>>();
  const onDiagram: Array<(d: Diagram) => void> = [];

  for (const rule of rules) {
    const { meta } = rule;
    const visitors = rule.create({
      diagram,
      index,
      report({ messageId, nodeIds, data, fixes, severity }) {
        const template = meta.messages[messageId];
        if (!template) throw new Error(`rule ${meta.id} reported unknown message "${messageId}"`);
        findings.push({
          ruleId: meta.id,
          severity: severity ?? meta.severity,
          nodeIds,
          message: formatText(template, data),
          explanation: meta.explanation,
          docsUrl: meta.docsUrl,
          ...(meta.notesSection ? { notesSection: meta.notesSection } : {}),
          fixes: fixes ?? [],
        });
      },
    });
    for (const [key, visit] of Object.entries(visitors)) {
      if (!visit) continue;
      if (key === "diagram") onDiagram.push(visit as (d: Diagram) => void);
      else {
        const list = byKind.get(key);
        if (list) list.push(visit as NodeVisitor);
        else byKind.set(key, [visit as NodeVisitor]);
      }
    }
  }

  for (const node of diagram.nodes) {
    const visits = byKind.get(node.kind);
    if (visits) for (const visit of visits) visit(node);
  }
  for (const visit of onDiagram) visit(diagram);

  return findings.sort(compareFindings);
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.ruleId.localeCompare(b.ruleId) ||
    (a.nodeIds[0] ?? "").localeCompare(b.nodeIds[0] ?? "") ||
    a.message.en.localeCompare(b.message.en)
  );
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
