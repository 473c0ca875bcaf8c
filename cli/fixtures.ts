/** Diagrams for the CLI tests. Not used at run time. */
import { defineRule, type RuleModule } from "../lib/engine/types";

export function diagramJson(subnetCidr = "10.0.1.0/24"): string {
  return JSON.stringify({
    format: "archlint.diagram",
    version: 1,
    name: "x",
    nodes: [
      { id: "region-1", kind: "aws.region", label: "us-east-1", parent: null, props: { regionCode: "us-east-1" }, layout: { x: 0, y: 0, w: 900, h: 600 } },
      { id: "vpc-1", kind: "aws.vpc", label: "main", parent: "region-1", props: { cidrBlock: "10.0.0.0/16" }, layout: { x: 20, y: 40, w: 700, h: 400 } },
      { id: "az-1", kind: "aws.availability-zone", label: "us-east-1a", parent: "vpc-1", props: { zoneName: "us-east-1a" }, layout: { x: 20, y: 40, w: 300, h: 300 } },
      { id: "subnet-1", kind: "aws.subnet", label: "private-a", parent: "az-1", props: { cidrBlock: subnetCidr }, layout: { x: 20, y: 40, w: 260, h: 200 } },
    ],
    edges: [],
    metadata: {},
  });
}

/** A stand-in rule: an error on every subnet, so exit code 1 can be tested whatever RULES holds. */
export const FAKE_RULE: RuleModule = defineRule({
  meta: {
    id: "fake-subnet-rule",
    severity: "error",
    category: "network",
    title: { en: "Every subnet is wrong", ko: "모든 서브넷이 잘못됨" },
    explanation: { en: "A test rule.", ko: "테스트 규칙입니다." },
    docsUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html",
    facts: [],
    messages: { wrong: { en: 'Subnet "{label}" is wrong.', ko: '서브넷 "{label}"이(가) 잘못되었습니다.' } },
  },
  create: (context) => ({
    "aws.subnet": (node) => context.report({ messageId: "wrong", nodeIds: [node.id], data: { label: node.label } }),
  }),
});
