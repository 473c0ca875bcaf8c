import { describe, expect, it } from "vitest";
import { escapeMarkdown, formatMarkdown } from "./markdown";
import { DIAGRAM, finding } from "./testing";

const DATE = new Date("2025-03-04T05:06:07Z");

describe("formatMarkdown", () => {
  const findings = [
    finding("b-info", "info", ["fn-1"]),
    finding("a-warning", "warning", ["vpc-1"]),
    finding("z-error", "error", ["subnet-1", "vpc-1"], {
      notesSection: "3.2",
      fixes: [{ title: { en: "Move the subnet", ko: "서브넷 옮기기" }, ops: [] }],
    }),
  ];

  it("opens with the title, the date and the counts", () => {
    const out = formatMarkdown(DIAGRAM, findings, "en", DATE);
    expect(out.split("\n")[0]).toBe("# Archlint report: fixture");
    expect(out).toContain("- Date: 2025-03-04 05:06 UTC");
    expect(out).toContain("- Resources: 4");
    expect(out).toContain("- Summary: 1 error, 1 warning, 1 info");
    expect(out).toContain("| Errors | 1 |\n| Warnings | 1 |\n| Info | 1 |");
  });

  it("groups findings by severity, each with resources, why, fixes, documentation and notes", () => {
    const out = formatMarkdown(DIAGRAM, findings, "en", DATE);
    const at = (s: string) => out.indexOf(s);
    expect(at("## Errors (1)")).toBeLessThan(at("## Warnings (1)"));
    expect(at("## Warnings (1)")).toBeLessThan(at("## Info (1)"));
    expect(out).toContain(
      [
        "### z-error says something.",
        "",
        "- Rule: `z-error`",
        '- Resources: Subnet "private-a" (subnet-1), VPC "main" (vpc-1)',
        "- Why: Why z-error matters.",
        "- Fix: Move the subnet",
        "- AWS documentation: <https://docs.aws.amazon.com/z-error.html>",
        "- Notes: 3.2",
      ].join("\n"),
    );
    expect(out.endsWith("\n")).toBe(true);
  });

  it("writes Korean when asked", () => {
    const out = formatMarkdown(DIAGRAM, findings, "ko", DATE);
    expect(out.split("\n")[0]).toBe("# Archlint 보고서: fixture");
    expect(out).toContain("- 요약: 오류 1개, 경고 1개, 정보 1개");
    expect(out).toContain("## 오류 (1)");
    expect(out).toContain('- 리소스: 서브넷 "private-a" (subnet-1), VPC "main" (vpc-1)');
    expect(out).toContain("- 이유: z-error이(가) 중요한 이유.");
    expect(out).toContain("- AWS 문서: <https://docs.aws.amazon.com/z-error.html>");
  });

  it("says so when there is nothing to report", () => {
    const out = formatMarkdown(DIAGRAM, [], "en", DATE);
    expect(out).toContain("No problems found.");
    expect(out).not.toContain("## ");
  });

  it("escapes text from the diagram, so a label cannot add markup or links", () => {
    const hostile = {
      ...DIAGRAM,
      name: "# big [click](https://evil.example) <img src=x>",
      nodes: DIAGRAM.nodes.map((n) => (n.id === "vpc-1" ? { ...n, label: "*bold*\nnext line" } : n)),
    };
    const out = formatMarkdown(hostile, [finding("r", "error", ["vpc-1"])], "en", DATE);
    expect(out.split("\n")[0]).toBe("# Archlint report: \\# big \\[click\\](https://evil.example) \\<img src=x\\>");
    expect(out).toContain('- Resources: VPC "\\*bold\\* next line" (vpc-1)');
  });
});

describe("escapeMarkdown", () => {
  it("leaves ordinary text alone", () => {
    expect(escapeMarkdown('Subnet "private-a" (subnet-1) has 10.0.0.0/24.')).toBe('Subnet "private-a" (subnet-1) has 10.0.0.0/24.');
    expect(escapeMarkdown("a_b|c`d&e")).toBe("a\\_b\\|c\\`d\\&e");
  });
});
