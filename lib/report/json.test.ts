import { describe, expect, it } from "vitest";
import { toJson } from "./json";
import { finding } from "./testing";

describe("toJson", () => {
  const findings = [
    finding("a", "error", ["subnet-1", "vpc-1"], {
      notesSection: "4.1",
      fixes: [{ title: { en: "Resize", ko: "크기 변경" }, ops: [] }],
    }),
    finding("b", "warning", ["vpc-1"]),
    finding("c", "warning", []),
  ];

  it("gives each finding's text in the chosen language and drops the fix ops", () => {
    const { findings: out } = toJson(findings, "en");
    expect(out[0]).toEqual({
      ruleId: "a",
      severity: "error",
      nodeIds: ["subnet-1", "vpc-1"],
      message: "a says something.",
      explanation: "Why a matters.",
      docsUrl: "https://docs.aws.amazon.com/a.html",
      notesSection: "4.1",
      fixes: [{ title: "Resize" }],
    });
    expect(out[1]).not.toHaveProperty("notesSection");
    expect(toJson(findings, "ko").findings[0]).toMatchObject({ message: "a의 한국어 메시지.", fixes: [{ title: "크기 변경" }] });
  });

  it("counts by severity", () => {
    expect(toJson(findings, "en").summary).toEqual({ error: 1, warning: 2, info: 0 });
    expect(toJson([], "en")).toEqual({ findings: [], summary: { error: 0, warning: 0, info: 0 } });
  });

  it("survives a JSON round trip unchanged", () => {
    const report = toJson(findings, "ko");
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
