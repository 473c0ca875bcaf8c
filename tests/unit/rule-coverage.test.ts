import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../../rules/index";

/**
 * docs/rule-coverage.md maps every fact of ../shared/rules/facts.md to the rules that check it, or to
 * why none does. The covered rows are derived from the rules' meta.facts; the reasons are written by
 * hand. After adding or changing a rule's facts, regenerate the derived part (the reasons are kept):
 *
 *   UPDATE_RULE_COVERAGE=1 npx vitest run tests/unit/rule-coverage.test.ts
 */

const repoRoot = path.resolve(import.meta.dirname, "../..");
const factsPath = path.resolve(repoRoot, "../shared/rules/facts.md");
const docPath = path.join(repoRoot, "docs/rule-coverage.md");

const NOT_CHECKABLE = "not checkable in a diagram: ";
const NOT_YET = "not yet: ";
/** Separates a covered row's rule list from a remark on what the rules leave out. */
const REMARK = " — ";

type Row = { fact: string } & (
  | { status: "covered"; rules: string[]; remark?: string }
  | { status: "not-checkable" | "not-yet"; reason: string }
);

function factIds(markdown: string): string[] {
  return markdown
    .split("\n")
    .map((line) => /^\|\s*([a-z0-9_]+)\s*\|/.exec(line)?.[1])
    .filter((id): id is string => id !== undefined && id !== "id");
}

/** fact id → the rules citing it, in rule-id order. */
function citations(): Map<string, string[]> {
  const byFact = new Map<string, string[]>();
  for (const rule of [...RULES].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))) {
    for (const fact of new Set(rule.meta.facts)) byFact.set(fact, [...(byFact.get(fact) ?? []), rule.meta.id]);
  }
  return byFact;
}

function parseDoc(markdown: string): Row[] {
  const rows: Row[] = [];
  for (const line of markdown.split("\n")) {
    const m = /^\| `([a-z0-9_]+)` \| (.*) \|$/.exec(line);
    if (!m) continue;
    const [, fact, cell] = m as unknown as [string, string, string];
    if (cell.startsWith(NOT_CHECKABLE)) rows.push({ fact, status: "not-checkable", reason: cell.slice(NOT_CHECKABLE.length) });
    else if (cell.startsWith(NOT_YET)) rows.push({ fact, status: "not-yet", reason: cell.slice(NOT_YET.length) });
    else {
      const [list = "", ...rest] = cell.split(REMARK);
      const rules = [...list.matchAll(/`([a-z0-9-]+)`/g)].map((r) => r[1]!);
      rows.push({ fact, status: "covered", rules, ...(rest.length ? { remark: rest.join(REMARK) } : {}) });
    }
  }
  return rows;
}

/** The whole document: one row per fact in facts.md order, covered rows from the rules, reasons and remarks kept from `previous`. */
function render(facts: readonly string[], cited: ReadonlyMap<string, string[]>, previous: readonly Row[]): string {
  const old = new Map(previous.map((r) => [r.fact, r]));
  const rows: Row[] = facts.map((fact) => {
    const rules = cited.get(fact);
    const before = old.get(fact);
    if (rules) return { fact, status: "covered", rules, ...(before?.status === "covered" && before.remark ? { remark: before.remark } : {}) };
    if (before && before.status !== "covered") return before;
    return { fact, status: "not-yet", reason: before ? `no rule cites it any more (was ${before.rules.join(", ")})` : "not assessed yet" };
  });
  const count = (status: Row["status"]) => rows.filter((r) => r.status === status).length;
  const cell = (r: Row) =>
    r.status === "covered"
      ? r.rules.map((id) => `\`${id}\``).join(", ") + (r.remark ? REMARK + r.remark : "")
      : (r.status === "not-checkable" ? NOT_CHECKABLE : NOT_YET) + r.reason;
  return [
    "# Rule coverage of the checkable facts",
    "",
    "Every fact of `../shared/rules/facts.md` (the AWS-verified facts of the DVA-C02 Domain 1 notes) and the rules that check it, or why no rule does.",
    "A covered row lists the rules whose `meta.facts` cite the fact, and after a dash what they leave out; the other rows say why a diagram cannot break the fact, or what the registry would need first.",
    "`tests/unit/rule-coverage.test.ts` fails when this table and the rules disagree. After changing a rule's facts, regenerate the derived part (reasons and remarks are kept):",
    "",
    "```",
    "UPDATE_RULE_COVERAGE=1 npx vitest run tests/unit/rule-coverage.test.ts",
    "```",
    "",
    `Facts: **${rows.length}**. Covered by a rule: **${count("covered")}**. Not checkable in a diagram: **${count("not-checkable")}**. Not yet: **${count("not-yet")}**.`,
    "",
    "| fact | coverage |",
    "|---|---|",
    ...rows.map((r) => `| \`${r.fact}\` | ${cell(r)} |`),
    "",
  ].join("\n");
}

const haveFacts = existsSync(factsPath);

describe("docs/rule-coverage.md", () => {
  it.skipIf(!haveFacts)(haveFacts ? "matches facts.md and the rules' meta.facts" : `SKIPPED: ${factsPath} is absent`, () => {
    const facts = factIds(readFileSync(factsPath, "utf8"));
    expect(facts.length).toBeGreaterThan(100);
    const cited = citations();
    const doc = existsSync(docPath) ? readFileSync(docPath, "utf8") : "";
    const rows = parseDoc(doc);

    if (process.env.UPDATE_RULE_COVERAGE) {
      writeFileSync(docPath, render(facts, cited, rows));
      return;
    }

    const problems: string[] = [];
    const listed = new Map<string, Row>();
    for (const row of rows) {
      if (listed.has(row.fact)) problems.push(`${row.fact} is listed twice`);
      listed.set(row.fact, row);
      if (!facts.includes(row.fact)) problems.push(`${row.fact} is not a fact of facts.md`);
    }
    for (const fact of facts) if (!listed.has(fact)) problems.push(`${fact} (facts.md) is missing from the doc`);
    for (const row of rows) {
      const rules = cited.get(row.fact) ?? [];
      if (row.status === "covered") {
        for (const id of row.rules) if (!rules.includes(id)) problems.push(`${row.fact} is listed as covered by ${id}, which does not cite it in meta.facts`);
        if (row.rules.length === 0) problems.push(`${row.fact} is listed as covered by no rule`);
      } else if (row.reason.trim() === "") problems.push(`${row.fact} gives no reason`);
    }
    for (const [fact, rules] of cited) {
      const row = listed.get(fact);
      for (const id of rules) {
        if (row?.status !== "covered" || !row.rules.includes(id)) problems.push(`rule ${id} cites ${fact}, which the doc does not list as covered by it`);
      }
    }
    expect(problems, "run: UPDATE_RULE_COVERAGE=1 npx vitest run tests/unit/rule-coverage.test.ts").toEqual([]);
    // Counts, order and wording: the doc is exactly what the update would write.
    expect(doc).toBe(render(facts, cited, rows));
  });
});
