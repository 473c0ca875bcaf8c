import { describe, expect, it } from "vitest";
import { toSarif } from "./sarif";
import { DIAGRAM, finding, rule } from "./testing";

const RULES = [rule("first-rule", "error", { notesSection: "2.3" }), rule("second-rule", "warning"), rule("third-rule", "info")];
const options = { diagram: DIAGRAM, version: "9.9.9", informationUri: "https://example.com/archlint" };

describe("toSarif", () => {
  const findings = [
    finding("third-rule", "info", ["fn-1"]),
    finding("first-rule", "error", ["subnet-1", "vpc-1"], { fixes: [{ title: { en: "Fix it", ko: "고치기" }, ops: [] }] }),
    finding("second-rule", "warning", ["vpc-1"]),
    finding("second-rule", "error", ["subnet-1"]), // a per-finding severity override
    finding("not-in-catalog", "warning", []),
  ];
  const log = toSarif(findings, RULES, "diagrams/main.json", "en", options);
  const run = log.runs[0];

  it("is a SARIF 2.1.0 log with one run by archlint", () => {
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: "archlint", version: "9.9.9", informationUri: "https://example.com/archlint" });
  });

  it("describes every rule in the catalog", () => {
    expect(run.tool.driver.rules[0]).toEqual({
      id: "first-rule",
      name: "FirstRule",
      shortDescription: { text: "Title of first-rule" },
      fullDescription: { text: "Why first-rule matters." },
      helpUri: "https://docs.aws.amazon.com/first-rule.html",
      defaultConfiguration: { level: "error" },
      properties: { category: "network", notesSection: "2.3" },
    });
    expect(run.tool.driver.rules.map((r) => r.defaultConfiguration.level).slice(0, 3)).toEqual(["error", "warning", "note"]);
  });

  it("maps severities to levels: error→error, warning→warning, info→note", () => {
    expect(run.results.map((r) => r.level)).toEqual(["note", "error", "warning", "error", "warning"]);
  });

  it("points each result's ruleIndex at its own rule, adding a descriptor for an unknown rule", () => {
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
    }
    expect(run.results.map((r) => r.ruleIndex)).toEqual([2, 0, 1, 1, 3]);
    expect(run.tool.driver.rules).toHaveLength(4);
    expect(run.tool.driver.rules[3]).toMatchObject({ id: "not-in-catalog", defaultConfiguration: { level: "warning" } });
  });

  it("locates results in the file and names the nodes as logical locations", () => {
    const result = run.results[1]!;
    expect(result.message.text).toBe("first-rule says something.");
    expect(result.locations).toHaveLength(1);
    expect(result.locations[0]!.physicalLocation.artifactLocation.uri).toBe("diagrams/main.json");
    expect(result.locations[0]!.logicalLocations).toEqual([
      { fullyQualifiedName: "subnet-1", name: "private-a", kind: "resource", properties: { archlintKind: "aws.subnet" } },
      { fullyQualifiedName: "vpc-1", name: "main", kind: "resource", properties: { archlintKind: "aws.vpc" } },
    ]);
    // A node without a label is named by its id.
    expect(run.results[0]!.locations[0]!.logicalLocations![0]).toMatchObject({ name: "fn-1", fullyQualifiedName: "fn-1" });
    // A finding about no node still has its file, and no empty logicalLocations array.
    expect(run.results[4]!.locations[0]).toEqual({ physicalLocation: { artifactLocation: { uri: "diagrams/main.json" } } });
  });

  it("writes messages and descriptions in Korean when asked", () => {
    const ko = toSarif(findings, RULES, "x.json", "ko", options).runs[0];
    expect(ko.results[1]!.message.text).toBe("first-rule의 한국어 메시지.");
    expect(ko.tool.driver.rules[0]!.shortDescription).toEqual({ text: "first-rule 제목" });
  });

  it("has the properties SARIF requires, and nothing undefined", () => {
    const text = JSON.stringify(log);
    expect(JSON.parse(text)).toEqual(log);
    expect(text).not.toContain("undefined");
    for (const result of run.results) {
      expect(typeof result.message.text).toBe("string");
      expect(Number.isInteger(result.ruleIndex)).toBe(true);
    }
    const empty = toSarif([], [], "x.json", "en", { diagram: DIAGRAM, version: "1.0.0" });
    expect(empty.runs[0].results).toEqual([]);
    expect(empty.runs[0].tool.driver).toEqual({ name: "archlint", version: "1.0.0", rules: [] });
  });
});
