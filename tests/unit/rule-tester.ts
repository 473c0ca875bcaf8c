import { describe, expect, it } from "vitest";
import { applyOps } from "../../lib/diagram/ops";
import { parseDiagram } from "../../lib/diagram/parse";
import { serializeDiagram } from "../../lib/diagram/create";
import type { Diagram } from "../../lib/diagram/types";
import { runRules } from "../../lib/engine/validate";
import type { Finding, Report, RuleModule, Severity } from "../../lib/engine/types";
import { formatText } from "../../lib/i18n/text";

export interface ExpectedFinding {
  /** The message template reported; at least one of messageId and message. */
  messageId?: string;
  /** A piece of the English message, e.g. a label or a CIDR it must name. */
  message?: string;
  nodeIds: string[];
  severity?: Severity;
  /** Titles (English) of the fixes offered, in order; omitted: not checked. */
  fixes?: string[];
}

export interface ValidCase {
  name: string;
  diagram: Diagram;
}

export interface InvalidCase {
  name: string;
  diagram: Diagram;
  expect: ExpectedFinding[];
  /** Each fix must make its finding go away and leave a diagram the parser accepts; off for fixes that only go part way. */
  fixesResolve?: boolean;
}

interface Reported {
  messageId: string;
  finding: Finding;
}

/**
 * ESLint's RuleTester for Archlint rules: every `valid` diagram gives no finding from the rule,
 * every `invalid` one gives exactly the expected findings (in any order), each with its placeholders
 * filled, and every fix offered resolves its finding.
 */
export function testRule(rule: RuleModule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    describe("valid", () => {
      for (const c of cases.valid) it(c.name, () => assertValid(rule, c.diagram));
    });
    describe("invalid", () => {
      for (const c of cases.invalid) it(c.name, () => assertInvalid(rule, c));
    });
  });
}

/** The rule reports nothing on the diagram. */
export function assertValid(rule: RuleModule, diagram: Diagram): void {
  expect(run(rule, diagram).map(describeReported), "findings on a valid diagram").toEqual([]);
}

/** The rule reports exactly the expected findings, placeholders filled, and each fix resolves its finding. */
export function assertInvalid(rule: RuleModule, c: Omit<InvalidCase, "name">): void {
  const reported = run(rule, c.diagram);
  const unmatched = [...reported];
  for (const want of c.expect) {
    if (want.messageId === undefined && want.message === undefined) throw new Error("an expected finding needs a messageId or a message");
    const i = unmatched.findIndex((r) => matches(r, want));
    if (i < 0) {
      expect.fail(`no finding matches ${JSON.stringify(want)}; the rule reported:\n${reported.map(describeReported).join("\n") || "  nothing"}`);
    }
    unmatched.splice(i, 1);
  }
  expect(unmatched.map(describeReported), "findings beyond those expected").toEqual([]);

  for (const r of reported) {
    for (const lang of ["en", "ko"] as const) {
      expect(r.finding.message[lang], `unfilled placeholder in ${lang}`).not.toMatch(/\{\w+\}/);
    }
    if (c.fixesResolve !== false) for (const fix of r.finding.fixes) checkFix(rule, c.diagram, r, fix.title.en, fix.ops);
  }
}

/** Runs the rule through the engine, keeping the messageId each finding came from. */
function run(rule: RuleModule, diagram: Diagram): Reported[] {
  const reports: Report[] = [];
  const spy: RuleModule = {
    meta: rule.meta,
    create: (context) =>
      rule.create({
        diagram: context.diagram,
        index: context.index,
        report(report) {
          reports.push(report);
          context.report(report);
        },
      }),
  };
  const findings = runRules(diagram, [spy]);
  expect(findings).toHaveLength(reports.length);
  // The engine sorts its findings; pair each with its report by rebuilding the message.
  const left = [...findings];
  return reports.map((report) => {
    const template = rule.meta.messages[report.messageId]!;
    const message = formatText(template, report.data);
    const i = left.findIndex((f) => f.message.en === message.en && sameIds(f.nodeIds, report.nodeIds));
    const [finding] = left.splice(i, 1);
    return { messageId: report.messageId, finding: finding! };
  });
}

function matches(r: Reported, want: ExpectedFinding): boolean {
  return (
    (want.messageId === undefined || r.messageId === want.messageId) &&
    (want.message === undefined || r.finding.message.en.includes(want.message)) &&
    sameIds(r.finding.nodeIds, want.nodeIds) &&
    (want.severity === undefined || r.finding.severity === want.severity) &&
    (want.fixes === undefined || JSON.stringify(r.finding.fixes.map((f) => f.title.en)) === JSON.stringify(want.fixes))
  );
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

function describeReported(r: Reported): string {
  return `  ${r.messageId} [${r.finding.nodeIds.join(", ")}] ${r.finding.message.en}${r.finding.fixes.length ? ` fixes: ${r.finding.fixes.map((f) => f.title.en).join(" | ")}` : ""}`;
}

function checkFix(rule: RuleModule, diagram: Diagram, r: Reported, title: string, ops: Parameters<typeof applyOps>[1]): void {
  const fixed = applyOps(diagram, ops);
  const parsed = parseDiagram(serializeDiagram(fixed));
  expect(parsed.ok ? [] : parsed.errors.map((e) => `${e.path}: ${e.message.en}`), `fix "${title}" leaves a diagram the parser refuses`).toEqual([]);
  const again = run(rule, fixed);
  const still = again.filter((a) => a.messageId === r.messageId && sameIds(a.finding.nodeIds, r.finding.nodeIds));
  expect(still.map(describeReported), `fix "${title}" does not resolve its finding`).toEqual([]);
}
