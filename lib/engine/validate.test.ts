import { describe, expect, it } from "vitest";
import { compareFindings, countBySeverity, runRules } from "./validate";
import { defineRule, type Finding, type RuleMeta, type RuleModule, type Severity } from "./types";
import { validate, RULES } from "./index";
import { build } from "../../tests/fixtures/build";

function meta(id: string, severity: Severity, messages: RuleMeta["messages"] = { m: { en: "{name} seen", ko: "{name} 확인" } }): RuleMeta {
  return {
    id,
    severity,
    category: "diagram",
    title: { en: id, ko: "테스트" },
    explanation: { en: "why", ko: "이유" },
    docsUrl: "https://docs.aws.amazon.com/",
    facts: [],
    messages,
  };
}

const diagram = build()
  .vpc("vpc", null)
  .az("az", "vpc")
  .subnet("s1", "az")
  .subnet("s2", "az", { cidrBlock: "10.0.2.0/24" })
  .lambda("fn", null)
  .label("fn", "Worker")
  .diagram();

describe("runRules", () => {
  it("calls each kind's visitor once per node of that kind, in diagram order, then the diagram visitor once", () => {
    const calls: string[] = [];
    const rule = defineRule({
      meta: meta("order", "info"),
      create: () => ({
        "aws.subnet": (node) => calls.push(`subnet:${node.id}`),
        "aws.lambda": (node) => calls.push(`lambda:${node.id}`),
        "aws.nat-gateway": () => calls.push("never"),
        diagram: (d) => calls.push(`diagram:${d.nodes.length}`),
      }),
    });
    expect(runRules(diagram, [rule])).toEqual([]);
    expect(calls).toEqual(["subnet:s1", "subnet:s2", "lambda:fn", "diagram:5"]);
  });

  it("gives every rule the diagram and one shared index", () => {
    const seen: unknown[] = [];
    const rule = (id: string): RuleModule => ({
      meta: meta(id, "info"),
      create(context) {
        seen.push(context.index);
        expect(context.diagram).toBe(diagram);
        expect(context.index.label("fn")).toBe("Worker");
        return {};
      },
    });
    runRules(diagram, [rule("a"), rule("b")]);
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(seen[1]);
  });

  it("turns reports into findings with the rule's fields and the message filled", () => {
    const rule = defineRule({
      meta: { ...meta("fill", "warning"), notesSection: "VPC › subnet" },
      create: (context) => ({
        "aws.lambda"(node) {
          context.report({
            messageId: "m",
            nodeIds: [node.id],
            data: { name: context.index.label(node.id) },
            fixes: [{ title: { en: "Rename", ko: "이름 바꾸기" }, ops: [{ op: "updateNode", id: node.id, label: "x" }] }],
          });
        },
      }),
    });
    expect(runRules(diagram, [rule])).toEqual([
      {
        ruleId: "fill",
        severity: "warning",
        nodeIds: ["fn"],
        message: { en: "Worker seen", ko: "Worker 확인" },
        explanation: { en: "why", ko: "이유" },
        docsUrl: "https://docs.aws.amazon.com/",
        notesSection: "VPC › subnet",
        fixes: [{ title: { en: "Rename", ko: "이름 바꾸기" }, ops: [{ op: "updateNode", id: "fn", label: "x" }] }],
      } satisfies Finding,
    ]);
  });

  it("leaves a placeholder with no value visible, omits notesSection when there is none and defaults fixes to none", () => {
    const rule = defineRule({
      meta: meta("missing", "info"),
      create: (context) => ({ diagram: () => context.report({ messageId: "m", nodeIds: [] }) }),
    });
    const [finding] = runRules(diagram, [rule]);
    expect(finding!.message).toEqual({ en: "{name} seen", ko: "{name} 확인" });
    expect(finding).not.toHaveProperty("notesSection");
    expect(finding!.fixes).toEqual([]);
  });

  it("sorts errors first, then warnings, then info; then by rule id and node id", () => {
    const reporter = (id: string, severity: Severity, nodeIds: string[], override?: Severity): RuleModule => ({
      meta: meta(id, severity),
      create: (context) => ({
        diagram: () => context.report({ messageId: "m", nodeIds, data: { name: id }, ...(override ? { severity: override } : {}) }),
      }),
    });
    const findings = runRules(diagram, [
      reporter("z-info", "info", ["a"]),
      reporter("b-warning", "warning", ["b"]),
      reporter("a-warning", "warning", ["z"]),
      reporter("y-error", "error", ["b"]),
      reporter("y-error-2", "info", ["a"], "error"),
      reporter("x-error", "error", ["c"]),
    ]);
    expect(findings.map((f) => `${f.severity}:${f.ruleId}`)).toEqual([
      "error:x-error",
      "error:y-error",
      "error:y-error-2",
      "warning:a-warning",
      "warning:b-warning",
      "info:z-info",
    ]);
  });

  it("throws on a messageId the rule does not declare, naming the rule", () => {
    const rule = defineRule({
      meta: meta("typo", "error"),
      create: (context) => ({ "aws.lambda": (node) => context.report({ messageId: "nope", nodeIds: [node.id] }) }),
    });
    expect(() => runRules(diagram, [rule])).toThrow('rule typo reported unknown message "nope"');
  });

  it("finds nothing with no rules", () => {
    expect(runRules(diagram, [])).toEqual([]);
  });
});

describe("compareFindings and countBySeverity", () => {
  const finding = (severity: Severity, ruleId: string, nodeId: string, en: string): Finding => ({
    ruleId,
    severity,
    nodeIds: [nodeId],
    message: { en, ko: en },
    explanation: { en: "", ko: "" },
    docsUrl: "",
    fixes: [],
  });

  it("orders by node id, then message, within a rule", () => {
    const list = [finding("error", "r", "b", "x"), finding("error", "r", "a", "y"), finding("error", "r", "a", "x")];
    expect(list.sort(compareFindings).map((f) => `${f.nodeIds[0]}${f.message.en}`)).toEqual(["ax", "ay", "bx"]);
  });

  it("counts findings by severity", () => {
    expect(countBySeverity([finding("error", "r", "a", ""), finding("info", "r", "a", ""), finding("error", "s", "b", "")])).toEqual({ error: 2, warning: 0, info: 1 });
  });
});

describe("validate", () => {
  it("runs every registered rule", () => {
    const bad = build().vpc("vpc", null, { cidrBlock: "10.0.0.0/8" }).subnet("s", "vpc", { cidrBlock: "192.168.0.0/30" }).diagram();
    const ruleIds = new Set(validate(bad).map((f) => f.ruleId));
    expect([...ruleIds].sort()).toEqual(["subnet-cidr-in-vpc", "subnet-cidr-size", "subnet-in-one-az", "vpc-cidr-size"]);
    expect(RULES.length).toBeGreaterThan(0);
  });
});
