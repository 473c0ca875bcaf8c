import { describe, expect, it } from "vitest";
import { build } from "@/lib/diagram/builder";
import type { Finding, Severity } from "@/lib/engine/types";
import { problemGroups } from "./problem-view";

const finding = (ruleId: string, severity: Severity, nodeIds: string[]): Finding => ({
  ruleId,
  severity,
  nodeIds,
  message: { en: ruleId, ko: ruleId },
  explanation: { en: "", ko: "" },
  docsUrl: "",
  fixes: [],
});

const diagram = build().vpc("vpc-1", null).label("vpc-1", "main").subnet("a", "vpc-1").subnet("b", "vpc-1", { cidrBlock: "10.0.2.0/24" }).diagram();
const findings = [
  finding("overlap", "error", ["a", "b"]),
  finding("no-az", "warning", ["a"]),
  finding("no-az", "warning", ["b"]),
  finding("tag", "info", ["vpc-1"]),
  finding("empty", "info", []),
];
const ALL = new Set<Severity>(["error", "warning", "info"]);

describe("problemGroups", () => {
  it("lists every finding in the engine's order when not grouped", () => {
    expect(problemGroups(diagram, findings, ALL, "none")).toEqual([{ key: "", title: "", findings }]);
  });

  it("hides the severities that are switched off, and returns no group when nothing is left", () => {
    const [group] = problemGroups(diagram, findings, new Set<Severity>(["warning"]), "none");
    expect(group!.findings.map((f) => f.severity)).toEqual(["warning", "warning"]);
    expect(problemGroups(diagram, findings, new Set(), "none")).toEqual([]);
  });

  it("groups by rule, each group where its first finding stood", () => {
    const groups = problemGroups(diagram, findings, ALL, "rule");
    expect(groups.map((g) => [g.key, g.findings.length])).toEqual([
      ["overlap", 1],
      ["no-az", 2],
      ["tag", 1],
      ["empty", 1],
    ]);
  });

  it("groups by resource, by label, listing a finding under each resource it is about", () => {
    const groups = problemGroups(diagram, findings, new Set<Severity>(["error", "info"]), "resource");
    expect(groups.map((g) => [g.key, g.title, g.findings.map((f) => f.ruleId)])).toEqual([
      ["a", "a", ["overlap"]],
      ["b", "b", ["overlap"]],
      ["vpc-1", "main", ["tag"]],
      ["", "", ["empty"]],
    ]);
  });
});
