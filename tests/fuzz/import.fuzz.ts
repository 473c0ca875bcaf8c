/** importTemplate on mutated fixture templates, YAML anchors and alias bombs; validate and reachability on what it accepts. */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DiagramIndex } from "@/lib/diagram/graph";
import { validate } from "@/lib/engine";
import { importTemplate, type ImportResult } from "@/lib/import";
import { analyzeReachability } from "@/lib/network";
import { assertResultOrClearError, guarded, jsonish, oddString, params } from "./harness";

const DIR = path.resolve(import.meta.dirname, "../fixtures/templates");
const TEMPLATES = readdirSync(DIR)
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .map((f) => readFileSync(path.join(DIR, f), "utf8"));

function importAndAnalyze(text: string): ImportResult {
  const result = guarded("importTemplate", () => importTemplate(text));
  assertResultOrClearError(result);
  if (result.ok) {
    guarded("validate", () => validate(result.diagram));
    guarded("analyzeReachability", () => analyzeReachability(new DiagramIndex(result.diagram)));
  }
  return result;
}

const TOKENS = ["&a ", "*a", "<<: *a", "!Ref ", "!GetAtt x.y", "!Sub '${AWS::Region}'", "{", "[", "}", "]", ": ", "- ", "\t", "\n", "'", '"', "#", "---\n", "...\n", "? ", "!!binary ", "!!js/function ", "Fn::If", "\uD800", "\u202E", "__proto__: {polluted: yes}\n", "constructor: x\n", "9".repeat(400), "~"];

const textMutation = fc.oneof(
  fc.record({ op: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("insert" as const), at: fc.nat(), token: fc.oneof(fc.constantFrom(...TOKENS), oddString) }),
  fc.record({ op: fc.constant("deleteLine" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("dupLine" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("swapLines" as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant("indent" as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
);
type TextMutation = typeof textMutation extends fc.Arbitrary<infer M> ? M : never;

function mutateText(text: string, m: TextMutation): string {
  const lines = text.split("\n");
  const line = (i: number) => i % Math.max(1, lines.length);
  switch (m.op) {
    case "truncate":
      return text.slice(0, m.at % (text.length + 1));
    case "insert": {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.token + text.slice(at);
    }
    case "deleteLine":
      lines.splice(line(m.at), 1);
      return lines.join("\n");
    case "dupLine":
      lines.splice(line(m.at), 0, lines[line(m.at)] ?? "");
      return lines.join("\n");
    case "swapLines": {
      const [a, b] = [line(m.a), line(m.b)];
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join("\n");
    }
    case "indent": {
      const i = line(m.at);
      lines[i] = m.by >= 0 ? " ".repeat(m.by) + lines[i] : (lines[i] ?? "").slice(-m.by);
      return lines.join("\n");
    }
  }
}

/** Exponential entity expansion: `depth` levels, each a list of `width` aliases of the level below. */
function billionLaughs(depth: number, width: number, place: "top" | "resource"): string {
  const levels = [`l0: &l0 [${Array(width).fill('"lol"').join(", ")}]`];
  for (let i = 1; i < depth; i++) levels.push(`l${i}: &l${i} [${Array(width).fill(`*l${i - 1}`).join(", ")}]`);
  const top = `*l${depth - 1}`;
  const resource = `Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      Tags: ${place === "resource" ? top : "[]"}\n`;
  return `Metadata:\n  ${levels.join("\n  ")}\n${place === "top" ? `Bomb: ${top}\n` : ""}${resource}`;
}

export function importSuite(): void {
  describe("importTemplate fuzz", { timeout: 60_000 }, () => {
    it("mutated fixture templates (truncation, stray tokens, broken indentation) end in a diagram or clear errors", () => {
      fc.assert(
        fc.property(fc.nat({ max: TEMPLATES.length - 1 }), fc.array(textMutation, { minLength: 1, maxLength: 3 }), (i, mutations) => {
          let text = TEMPLATES[i]!;
          for (const m of mutations) text = mutateText(text, m);
          importAndAnalyze(text);
        }),
        params(1_200),
      );
    });

    it("fixture templates with a value swapped for anything end in a diagram or clear errors", () => {
      const parsed = TEMPLATES.filter((t) => t.trimStart().startsWith("{")).map((t) => JSON.parse(t) as Record<string, unknown>);
      fc.assert(
        fc.property(fc.nat({ max: Math.max(0, parsed.length - 1) }), fc.nat(), jsonish, (i, at, value) => {
          const doc = structuredClone(parsed[i]!) as Record<string, Record<string, Record<string, unknown>>>;
          const resources = Object.values(doc.Resources ?? {});
          const resource = resources[at % Math.max(1, resources.length)];
          if (resource) {
            const props = (resource.Properties ?? {}) as Record<string, unknown>;
            const keys = Object.keys(props);
            if (keys.length && at % 3 !== 0) props[keys[at % keys.length]!] = value;
            else resource[at % 2 ? "Type" : "Properties"] = value;
          }
          importAndAnalyze(JSON.stringify(doc));
        }),
        params(500),
      );
    });

    it("alias bombs are refused or bounded, never hang", () => {
      fc.assert(
        fc.property(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 2, max: 12 }), fc.constantFrom("top" as const, "resource" as const), (depth, width, place) => {
          const result = importAndAnalyze(billionLaughs(depth, width, place));
          if (width ** depth > 10_000_000) expect(result.ok).toBe(false);
        }),
        params(60),
      );
    });

    it("anchors, merge keys and self-referencing aliases in real templates end in a result or clear errors", () => {
      const yaml = TEMPLATES.filter((t) => !t.trimStart().startsWith("{"));
      fc.assert(
        fc.property(
          fc.nat({ max: yaml.length - 1 }),
          fc.constantFrom(
            "X: &a [*a]\n",
            "X: &a {k: *a}\n",
            "X: *nowhere\n",
            "Base: &base {Type: AWS::SQS::Queue}\nDerived:\n  <<: *base\n",
            "X: &a 1\nY: &a 2\nZ: *a\n",
            `X: [${Array(12_000).fill("*a").join(",")}]\n`,
            `A: &a x\nX: [${Array(9_000).fill("*a").join(",")}]\n`,
          ),
          (i, extra) => {
            importAndAnalyze(`${extra}${yaml[i]!}`);
          },
        ),
        params(80),
      );
    });
  });
}
