/** Fixtures for the report tests: a small diagram and hand-made findings and rules. Not used at run time. */
import type { Diagram } from "../diagram/types";
import { defineRule, type Finding, type RuleModule, type Severity } from "../engine/types";

export const DIAGRAM: Diagram = {
  format: "archlint.diagram",
  version: 1,
  name: "fixture",
  nodes: [
    { id: "region-1", kind: "aws.region", label: "us-east-1", parent: null, props: {}, layout: { x: 0, y: 0, w: 900, h: 600 } },
    { id: "vpc-1", kind: "aws.vpc", label: "main", parent: "region-1", props: {}, layout: { x: 20, y: 40, w: 700, h: 400 } },
    { id: "subnet-1", kind: "aws.subnet", label: "private-a", parent: "vpc-1", props: {}, layout: { x: 20, y: 40, w: 260, h: 200 } },
    { id: "fn-1", kind: "aws.lambda", label: "", parent: "subnet-1", props: {}, layout: { x: 20, y: 40, w: 64, h: 64 } },
  ],
  edges: [],
  metadata: {},
};

export function finding(ruleId: string, severity: Severity, nodeIds: string[], extra: Partial<Finding> = {}): Finding {
  return {
    ruleId,
    severity,
    nodeIds,
    message: { en: `${ruleId} says something.`, ko: `${ruleId}의 한국어 메시지.` },
    explanation: { en: `Why ${ruleId} matters.`, ko: `${ruleId}이(가) 중요한 이유.` },
    docsUrl: `https://docs.aws.amazon.com/${ruleId}.html`,
    fixes: [],
    ...extra,
  };
}

export function rule(id: string, severity: Severity, extra: Partial<RuleModule["meta"]> = {}): RuleModule {
  return defineRule({
    meta: {
      id,
      severity,
      category: "network",
      title: { en: `Title of ${id}`, ko: `${id} 제목` },
      explanation: { en: `Why ${id} matters.`, ko: `${id}이(가) 중요한 이유.` },
      docsUrl: `https://docs.aws.amazon.com/${id}.html`,
      facts: [],
      messages: {},
      ...extra,
    },
    create: () => ({}),
  });
}
