import type { Text } from "../i18n/text";
import type { DiagramIndex } from "../diagram/graph";
import type { Diagram, DiagramNode } from "../diagram/types";
import type { DiagramOp } from "../diagram/ops";

export type Severity = "error" | "warning" | "info";
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export type RuleCategory = "network" | "placement" | "security" | "compute" | "storage" | "database" | "integration" | "dns-and-edge" | "diagram";

/** A mechanical change that resolves a finding; applied and undone like any edit. */
export interface Fix {
  title: Text;
  ops: DiagramOp[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** The resources the finding is about; the first is the one to show it on. */
  nodeIds: string[];
  /** One sentence naming the resources by label. */
  message: Text;
  /** Why this matters, in the study notes' terms. */
  explanation: Text;
  /** AWS documentation that states the fact. */
  docsUrl: string;
  /** Section of the study notes, where the fact comes from there. */
  notesSection?: string;
  fixes: Fix[];
}

export interface RuleMeta {
  /** kebab-case; the rule's file name in rules/. */
  id: string;
  severity: Severity;
  category: RuleCategory;
  title: Text;
  /** Why the rule exists; where the notes are wrong or dated, says so with the AWS source. */
  explanation: Text;
  docsUrl: string;
  notesSection?: string;
  /** Ids of the facts in shared/rules/facts.md the rule checks. */
  facts: readonly string[];
  /** Message templates with `{placeholders}`. */
  messages: Record<string, Text>;
  /**
   * What one finding may depend on, for incremental re-validation (lib/engine/incremental.ts).
   * `component`: only the connected component of the nodes it is about (joined by parent links, edges
   * and id references in props) plus the Regions drawn around it; the rule never lists what a Region
   * holds, nor counts or compares resources the component cannot reach (two records of one name, every
   * VPC). Such a rule is re-run only where an edit lands. `diagram` (the default): re-run on every edit.
   */
  scope?: "component" | "diagram";
}

export interface Report {
  messageId: string;
  nodeIds: string[];
  data?: Record<string, string | number>;
  fixes?: Fix[];
  /** Overrides the rule's severity for this one finding. */
  severity?: Severity;
}

export interface RuleContext {
  readonly diagram: Diagram;
  readonly index: DiagramIndex;
  report(report: Report): void;
}

export type NodeVisitor = (node: DiagramNode) => void;

/**
 * Visitors keyed by kind id, called once per node of that kind; `diagram` is called once per run.
 * Kind ids always hold a dot (`aws.vpc`), which keeps `diagram` out of the index signature: with a
 * plain `string` key a `diagram` visitor would have to take a node.
 */
export type Visitors = {
  [kindId: `${string}.${string}`]: NodeVisitor | undefined;
} & { diagram?: (diagram: Diagram) => void };

export interface RuleModule {
  meta: RuleMeta;
  create(context: RuleContext): Visitors;
}

export function defineRule(rule: RuleModule): RuleModule {
  return rule;
}
