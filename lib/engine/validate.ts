import { DiagramIndex } from "../diagram/graph";
import type { Diagram, DiagramNode } from "../diagram/types";
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
  visitRules(diagram, rules, index, { found: (finding) => findings.push(finding) });
  return findings.sort(compareFindings);
}

/** Where `visitRules` sends what it finds, and which visit it is in (the incremental engine files findings by it). */
export interface RuleSink {
  /** Called before a node's visitors run (with the node) and before the `diagram` visitors (with undefined). */
  visiting?(node: DiagramNode | undefined): void;
  found(finding: Finding, visited: DiagramNode | undefined): void;
}

/** The rules' visitors over the diagram, in registry order per node, then every `diagram` visitor; unsorted. */
export function visitRules(diagram: Diagram, rules: readonly RuleModule[], index: DiagramIndex, sink: RuleSink): void {
  const byKind = new Map<string, Array<NodeVisitor>>();
  const onDiagram: Array<(d: Diagram) => void> = [];
  let visited: DiagramNode | undefined;

  for (const rule of rules) {
    const { meta } = rule;
    const visitors = rule.create({
      diagram,
      index,
      report({ messageId, nodeIds, data, fixes, severity }) {
        const template = meta.messages[messageId];
        if (!template) throw new Error(`rule ${meta.id} reported unknown message "${messageId}"`);
        sink.found(
          {
            ruleId: meta.id,
            severity: severity ?? meta.severity,
            nodeIds,
            message: formatText(template, data),
            explanation: meta.explanation,
            docsUrl: meta.docsUrl,
            ...(meta.notesSection ? { notesSection: meta.notesSection } : {}),
            fixes: fixes ?? [],
          },
          visited,
        );
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
    if (!visits) continue;
    visited = node;
    sink.visiting?.(node);
    for (const visit of visits) visit(node);
  }
  visited = undefined;
  sink.visiting?.(undefined);
  for (const visit of onDiagram) visit(diagram);
}

/**
 * Most severe first, then by rule, first resource and message; the rest breaks ties, so the order is
 * total and does not depend on the order rules report in (the incremental engine gathers findings from
 * parts of the diagram and must return exactly what a full run returns).
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.ruleId.localeCompare(b.ruleId) ||
    (a.nodeIds[0] ?? "").localeCompare(b.nodeIds[0] ?? "") ||
    a.message.en.localeCompare(b.message.en) ||
    tieBreak(a, b)
  );
}

function tieBreak(a: Finding, b: Finding): number {
  return (
    order(a.ruleId, b.ruleId) ||
    order(a.nodeIds.join("\n"), b.nodeIds.join("\n")) ||
    order(a.message.en, b.message.en) ||
    order(a.message.ko, b.message.ko) ||
    order(JSON.stringify(a.fixes), JSON.stringify(b.fixes))
  );
}

function order(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
