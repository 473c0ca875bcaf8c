import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "./index";

const rulesDir = import.meta.dirname;
const repoRoot = path.resolve(rulesDir, "..");
const factsPath = path.resolve(repoRoot, "../shared/rules/facts.md");

const ruleFiles = readdirSync(rulesDir)
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "index.ts")
  .map((f) => f.slice(0, -".ts".length))
  .sort();

const HANGUL = /[\uac00-\ud7a3]/;
const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** `{vpc}` and the language pair `{kindEn}`/`{kindKo}` both count as one placeholder, `vpc` and `kind`. */
function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!.replace(/(En|Ko)$/, "")).sort();
}

describe("the rule catalog", () => {
  it("registers every rule file in RULES, and nothing else", () => {
    expect(RULES.map((r) => r.meta.id).sort()).toEqual(ruleFiles);
  });

  it("lists RULES sorted by id, ids unique", () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("each rule file exports the rule with its own id", async () => {
    for (const file of ruleFiles) {
      const mod = (await import(/* @vite-ignore */ path.join(rulesDir, `${file}.ts`))) as { default?: { meta?: { id?: string } } };
      expect(mod.default?.meta?.id, `rules/${file}.ts`).toBe(file);
    }
  });

  describe.each(RULES.map((r) => [r.meta.id, r] as const))("%s", (id, rule) => {
    const { meta } = rule;

    it("has a kebab-case id", () => {
      expect(id).toMatch(KEBAB);
    });

    it("has a test file", () => {
      expect(existsSync(path.join(rulesDir, `${id}.test.ts`)), `rules/${id}.test.ts`).toBe(true);
    });

    it("says everything in English and Korean", () => {
      const texts = { title: meta.title, explanation: meta.explanation, ...Object.fromEntries(Object.entries(meta.messages).map(([k, v]) => [`messages.${k}`, v])) };
      expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
      for (const [where, text] of Object.entries(texts)) {
        expect(text.en.trim(), `${where}.en`).not.toBe("");
        expect(text.ko, `${where}.ko`).toMatch(HANGUL);
      }
    });

    it("uses the same placeholders in both languages of each message", () => {
      for (const [messageId, text] of Object.entries(meta.messages)) {
        expect(placeholders(text.ko), messageId).toEqual(placeholders(text.en));
      }
    });

    it("points to AWS documentation", () => {
      expect(meta.docsUrl).toMatch(/^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//);
    });

    const factsName = existsSync(factsPath)
      ? "checks facts that exist in ../shared/rules/facts.md"
      : `checks facts that exist in facts.md: SKIPPED, ${factsPath} is absent`;
    it.skipIf(!existsSync(factsPath))(factsName, () => {
      const known = new Set(
        readFileSync(factsPath, "utf8")
          .split("\n")
          .map((line) => /^\|\s*([a-z0-9_]+)\s*\|/.exec(line)?.[1])
          .filter((factId): factId is string => factId !== undefined && factId !== "id"),
      );
      expect(known.size).toBeGreaterThan(100);
      for (const fact of meta.facts) expect(known.has(fact), `fact ${fact}`).toBe(true);
    });
  });
});
