import { describe, expect, it } from "vitest";
import { catalogToJson, formatCatalogText } from "./catalog";
import { rule } from "./testing";

const RULES = [rule("a-long-rule-id", "error", { notesSection: "1.2" }), rule("b", "warning", { category: "security" })];

describe("rules catalog", () => {
  it("lists id, severity, category, title, docsUrl and notesSection as JSON", () => {
    expect(catalogToJson(RULES, "ko")).toEqual({
      rules: [
        { id: "a-long-rule-id", severity: "error", category: "network", title: "a-long-rule-id 제목", docsUrl: "https://docs.aws.amazon.com/a-long-rule-id.html", notesSection: "1.2" },
        { id: "b", severity: "warning", category: "security", title: "b 제목", docsUrl: "https://docs.aws.amazon.com/b.html", notesSection: null },
      ],
    });
  });

  it("aligns the text columns", () => {
    const lines = formatCatalogText(RULES, "en").split("\n");
    expect(lines[0]).toBe("a-long-rule-id  error    network   Title of a-long-rule-id");
    expect(lines[1]).toBe("b               warning  security  Title of b");
    expect(lines.at(-2)).toBe("2 rules");
  });

  it("says when there are no rules", () => {
    expect(formatCatalogText([], "en")).toBe("No rules are registered.\n");
    expect(formatCatalogText([], "ko")).toBe("등록된 규칙이 없습니다.\n");
  });
});
