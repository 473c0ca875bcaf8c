import { describe, expect, it } from "vitest";
import { formatText } from "./text";
import { summaryLine } from "./labels";
import { DIAGRAM, finding } from "./testing";
import { getKind } from "../kinds";

describe("formatText", () => {
  const findings = [
    finding("b-info", "info", ["fn-1"]),
    finding("a-warning", "warning", ["vpc-1"]),
    finding("z-error", "error", ["subnet-1", "vpc-1"], {
      notesSection: "3.2",
      fixes: [{ title: { en: "Move the subnet", ko: "서브넷 옮기기" }, ops: [] }],
    }),
    finding("y-error", "error", ["subnet-1"]),
  ];

  it("groups errors, then warnings, then info, keeping order within a group", () => {
    const out = formatText(DIAGRAM, findings, "en");
    const at = (s: string) => out.indexOf(s);
    expect(at("Errors (2)")).toBeGreaterThanOrEqual(0);
    expect(at("Errors (2)")).toBeLessThan(at("Warnings (1)"));
    expect(at("Warnings (1)")).toBeLessThan(at("Info (1)"));
    expect(at("[z-error]")).toBeLessThan(at("[y-error]"));
    expect(at("[y-error]")).toBeLessThan(at("[a-warning]"));
    expect(at("[a-warning]")).toBeLessThan(at("[b-info]"));
  });

  it("names nodes by kind name and label, with the id when it differs", () => {
    const out = formatText(DIAGRAM, findings, "en");
    expect(out).toContain('[z-error]  Subnet "private-a" (subnet-1), VPC "main" (vpc-1)');
    // No label: the id stands in, once.
    expect(out).toContain(`[b-info]  ${getKind("aws.lambda")!.name.en} "fn-1"\n`);
    expect(out).toContain("z-error says something.");
    expect(out).toContain("fix: Move the subnet");
    expect(out).toContain("docs: https://docs.aws.amazon.com/z-error.html");
    expect(out).toContain("notes: 3.2");
  });

  it("ends with the counts", () => {
    expect(formatText(DIAGRAM, findings, "en").trimEnd().split("\n").at(-1)).toBe("2 errors, 1 warning, 1 info");
  });

  it("writes Korean when asked", () => {
    const out = formatText(DIAGRAM, findings, "ko");
    expect(out).toContain("오류 (2)");
    expect(out).toContain("경고 (1)");
    expect(out).toContain('서브넷 "private-a" (subnet-1)');
    expect(out).toContain("z-error의 한국어 메시지.");
    expect(out).toContain("수정: 서브넷 옮기기");
    expect(out.trimEnd().split("\n").at(-1)).toBe("오류 2개, 경고 1개, 정보 1개");
  });

  it("says so when there is nothing to report", () => {
    expect(formatText(DIAGRAM, [], "en")).toBe("No problems found.\n\n0 errors, 0 warnings, 0 info\n");
    expect(formatText(DIAGRAM, [], "ko")).toBe("문제가 없습니다.\n\n오류 0개, 경고 0개, 정보 0개\n");
  });

  it("shows an id the diagram does not hold as it is", () => {
    expect(formatText(DIAGRAM, [finding("r", "error", ["ghost"])], "en")).toContain('[r]  "ghost"');
  });
});

describe("summaryLine", () => {
  it("pluralises English and counts Korean", () => {
    expect(summaryLine({ error: 2, warning: 1, info: 0 }, "en")).toBe("2 errors, 1 warning, 0 info");
    expect(summaryLine({ error: 1, warning: 0, info: 3 }, "en")).toBe("1 error, 0 warnings, 3 info");
    expect(summaryLine({ error: 2, warning: 1, info: 0 }, "ko")).toBe("오류 2개, 경고 1개, 정보 0개");
  });
});
