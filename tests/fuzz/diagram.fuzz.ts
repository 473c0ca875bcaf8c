/** parseDiagram / restoreDiagram on arbitrary and mutated input; validate and reachability on whatever they accept. */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DiagramIndex } from "@/lib/diagram/graph";
import { parseDiagram, restoreDiagram, type ParseResult } from "@/lib/diagram/parse";
import { validate } from "@/lib/engine";
import { analyzeReachability } from "@/lib/network";
import { assertResultOrClearError, deepJson, guarded, hugeNumber, jsonish, oddString, params } from "./harness";

const EXAMPLES_DIR = path.resolve(import.meta.dirname, "../../examples");
const EXAMPLES = readdirSync(EXAMPLES_DIR)
  .filter((f) => f.endsWith(".json"))
  .map((f) => readFileSync(path.join(EXAMPLES_DIR, f), "utf8"));

/** Parses, then runs the engine and the reachability analysis on an accepted diagram: none may throw or hang. */
function parseAndAnalyze(label: string, parse: () => ParseResult): ParseResult {
  const result = guarded(label, parse);
  assertResultOrClearError(result);
  if (result.ok) {
    const findings = guarded("validate", () => validate(result.diagram));
    expect(Array.isArray(findings)).toBe(true);
    guarded("analyzeReachability", () => analyzeReachability(new DiagramIndex(result.diagram)));
  }
  return result;
}

type Json = unknown;
type Container = Record<string, Json> | Json[];

/** Every container in the document with the paths to it, root first. */
function containers(doc: Json): { parent: Container; key: string | number }[] {
  const out: { parent: Container; key: string | number }[] = [];
  const stack: Json[] = [doc];
  while (stack.length) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      value.forEach((child, i) => {
        out.push({ parent: value, key: i });
        stack.push(child);
      });
    } else if (value && typeof value === "object") {
      for (const key of Object.keys(value)) {
        out.push({ parent: value as Record<string, Json>, key });
        stack.push((value as Record<string, Json>)[key]);
      }
    }
  }
  return out;
}

function swapType(value: Json): Json {
  if (typeof value === "string") return value.length;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "true" : 0;
  if (value === null) return {};
  if (Array.isArray(value)) return Object.fromEntries(value.map((v, i) => [String(i), v]));
  return Object.values(value as object);
}

const mutation = fc.oneof(
  fc.record({ op: fc.constant("replace" as const), at: fc.nat(), value: jsonish }),
  fc.record({ op: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("swapType" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("huge" as const), at: fc.nat(), value: hugeNumber }),
  fc.record({ op: fc.constant("odd" as const), at: fc.nat(), value: oddString }),
  fc.record({ op: fc.constant("deep" as const), at: fc.nat(), depth: fc.integer({ min: 50, max: 2_000 }) }),
  fc.record({ op: fc.constant("protoKey" as const), at: fc.nat(), key: fc.constantFrom("__proto__", "constructor", "prototype") }),
  fc.record({ op: fc.constant("dupNode" as const), a: fc.nat() }),
  fc.record({ op: fc.constant("cycle" as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant("dangling" as const), a: fc.nat(), end: fc.constantFrom("source", "target", "parent") }),
  fc.record({ op: fc.constant("dupEdgeId" as const), a: fc.nat(), b: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function apply(doc: Record<string, Json>, m: Mutation): void {
  const nodes = Array.isArray(doc.nodes) ? (doc.nodes as Record<string, Json>[]) : [];
  const edges = Array.isArray(doc.edges) ? (doc.edges as Record<string, Json>[]) : [];
  if ("at" in m) {
    const all = containers(doc);
    if (all.length === 0) return;
    const { parent, key } = all[m.at % all.length]!;
    const slot = parent as Record<string | number, Json>;
    switch (m.op) {
      case "replace":
      case "huge":
      case "odd":
        slot[key] = m.value;
        return;
      case "delete":
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete slot[key];
        return;
      case "swapType":
        slot[key] = swapType(slot[key]);
        return;
      case "deep":
        slot[key] = JSON.parse(deepJson(m.depth, '"x"', m.depth % 2 ? "array" : "object"));
        return;
      case "protoKey": {
        const target = slot[key] && typeof slot[key] === "object" && !Array.isArray(slot[key]) ? (slot[key] as object) : doc;
        // An own property named __proto__, as JSON.parse makes it (an assignment would set the prototype).
        Object.defineProperty(target, m.key, { value: { polluted: "yes", isAdmin: true }, enumerable: true, configurable: true, writable: true });
        return;
      }
    }
    return;
  }
  const pick = <T>(list: T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);
  switch (m.op) {
    case "dupNode": {
      const n = pick(nodes, m.a);
      if (n !== undefined) nodes.push(n); // the same object twice: a duplicate id (structuredClone would overflow on deep values)
      return;
    }
    case "cycle": {
      const a = pick(nodes, m.a);
      const b = pick(nodes, m.b);
      if (a && b && typeof a === "object" && typeof b === "object") {
        a.parent = b.id ?? null;
        b.parent = a.id ?? null;
      }
      return;
    }
    case "dangling": {
      const target = m.end === "parent" ? pick(nodes, m.a) : pick(edges, m.a);
      if (target && typeof target === "object") target[m.end] = `missing-${m.a}`;
      return;
    }
    case "dupEdgeId": {
      const a = pick(edges, m.a);
      const b = pick(nodes, m.b);
      if (a && b && typeof a === "object" && typeof b === "object") a.id = b.id;
    }
  }
}

/** Length classes: the first bytes, a random cut, the last bytes. */
const cut = (length: number) =>
  fc.oneof(fc.integer({ min: 0, max: Math.min(16, length) }), fc.integer({ min: 0, max: length }), fc.integer({ min: Math.max(0, length - 16), max: length }));

export function diagramSuite(): void {
  describe("parseDiagram fuzz", { timeout: 60_000 }, () => {
    it("any JSON value, as text and as an object, ends in a diagram or clear errors", () => {
      fc.assert(
        fc.property(jsonish, fc.boolean(), (value, wrap) => {
          const doc = wrap ? { format: "archlint.diagram", version: 1, nodes: value, edges: value, name: value } : value;
          parseAndAnalyze("parseDiagram", () => parseDiagram(JSON.stringify(doc) ?? "null"));
          parseAndAnalyze("restoreDiagram", () => restoreDiagram(doc));
        }),
        params(1_500),
      );
    });

    it("arbitrary text, including lone surrogates and RTL marks, ends in clear errors", () => {
      fc.assert(
        fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), oddString, fc.json()), (text) => {
          parseAndAnalyze("parseDiagram", () => parseDiagram(text));
        }),
        params(1_000),
      );
    });

    it("every example truncated at every length class is refused with a clear error or still a diagram", () => {
      fc.assert(
        fc.property(fc.nat({ max: EXAMPLES.length - 1 }).chain((i) => fc.tuple(fc.constant(EXAMPLES[i]!), cut(EXAMPLES[i]!.length))), ([text, n]) => {
          parseAndAnalyze("parseDiagram", () => parseDiagram(text.slice(0, n)));
        }),
        params(1_000),
      );
    });

    it("mutated examples (type swaps, huge numbers, cycles, dangling refs, duplicate ids, odd keys) never throw, hang or pollute", () => {
      fc.assert(
        fc.property(fc.nat({ max: EXAMPLES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.option(fc.nat()), (i, mutations, truncateAt) => {
          const doc = JSON.parse(EXAMPLES[i]!) as Record<string, Json>;
          for (const m of mutations) apply(doc, m);
          const text = JSON.stringify(doc);
          parseAndAnalyze("parseDiagram", () => parseDiagram(truncateAt === null ? text : text.slice(0, truncateAt % (text.length + 1))));
          parseAndAnalyze("restoreDiagram", () => restoreDiagram(doc));
        }),
        params(2_500),
      );
    });

    it("valid examples with fields swapped for odd strings still parse or fail clearly, and accepted ones analyze", () => {
      fc.assert(
        fc.property(fc.nat({ max: EXAMPLES.length - 1 }), oddString, fc.nat(), (i, s, at) => {
          const doc = JSON.parse(EXAMPLES[i]!) as { name: string; nodes: { label: string; id: string }[] };
          doc.name = s.slice(0, 200);
          const node = doc.nodes[at % doc.nodes.length]!;
          node.label = s.slice(0, 200);
          parseAndAnalyze("parseDiagram", () => parseDiagram(JSON.stringify(doc)));
        }),
        params(500),
      );
    });

    it("very deep nesting anywhere (up to 100,000 levels) does not overflow the stack", () => {
      const slots = [
        (deep: string) => `{"format":${deep},"version":1,"nodes":[]}`,
        (deep: string) => `{"format":"archlint.diagram","version":${deep},"nodes":[]}`,
        (deep: string) => `{"format":"archlint.diagram","version":1,"name":${deep},"nodes":[]}`,
        (deep: string) => `{"format":"archlint.diagram","version":1,"nodes":${deep}}`,
        (deep: string) => `{"format":"archlint.diagram","version":1,"nodes":[{"id":"r","kind":"aws.region","props":{"regionCode":${deep}}}]}`,
        (deep: string) => `{"format":"archlint.diagram","version":1,"nodes":[{"id":${deep},"kind":"aws.region"}]}`,
        (deep: string) => `{"format":"archlint.diagram","version":1,"nodes":[],"metadata":${deep}}`,
        (deep: string) => `{"format":"archlint.diagram","version":1,"nodes":[],"edges":[{"id":"e","kind":${deep}}]}`,
      ];
      fc.assert(
        fc.property(fc.nat({ max: slots.length - 1 }), fc.integer({ min: 1_000, max: 100_000 }), fc.boolean(), (slot, depth, array) => {
          const text = slots[slot]!(deepJson(depth, "1", array ? "array" : "object"));
          parseAndAnalyze("parseDiagram", () => parseDiagram(text));
        }),
        params(60),
      );
    });

    it("multi-megabyte strings are refused or bounded", () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 12 }), fc.constantFrom("name", "label", "prop", "key"), fc.constantFrom("a", "\u202E", "\uD800", "é"), (mb, where, unit) => {
          const big = unit.repeat(Math.floor((mb * 1024 * 1024) / 2));
          const node: Record<string, unknown> = { id: "r", kind: "aws.region", label: where === "label" ? big : "r", props: where === "prop" ? { regionCode: big } : { regionCode: "us-east-1" } };
          if (where === "key") node.props = { [big.slice(0, 2_000_000)]: 1 };
          const doc = { format: "archlint.diagram", version: 1, name: where === "name" ? big : "n", nodes: [node] };
          const result = parseAndAnalyze("parseDiagram", () => parseDiagram(JSON.stringify(doc)));
          // A long label, name or value breaks a limit; an unknown prop key is dropped by the kind's schema.
          if (where !== "key") expect(result.ok).toBe(false);
        }),
        params(16),
      );
    });

    it("long parent chains and large parent cycles are reported without recursion", () => {
      fc.assert(
        fc.property(fc.integer({ min: 2, max: 20_000 }), fc.boolean(), (n, closed) => {
          const nodes = Array.from({ length: n }, (_, i) => ({
            id: `n${i}`,
            kind: "aws.region",
            parent: i + 1 < n ? `n${i + 1}` : closed ? "n0" : null,
            props: { regionCode: "us-east-1" },
          }));
          parseAndAnalyze("parseDiagram", () => parseDiagram(JSON.stringify({ format: "archlint.diagram", version: 1, nodes })));
        }),
        params(12),
      );
    });

    it("__proto__, constructor and prototype keys in the text are kept as data", () => {
      fc.assert(
        fc.property(fc.constantFrom("__proto__", "constructor", "prototype"), fc.nat({ max: 5 }), (key, where) => {
          const payload = `{"polluted":"yes","isAdmin":true}`;
          const region = (props: string) => `{"id":"r","kind":"aws.region","label":"r","props":${props},"layout":{"x":0,"y":0}}`;
          const texts = [
            `{"${key}":${payload},"format":"archlint.diagram","version":1,"nodes":[]}`,
            `{"format":"archlint.diagram","version":1,"nodes":[${region(`{"regionCode":"us-east-1","${key}":${payload}}`)}]}`,
            `{"format":"archlint.diagram","version":1,"nodes":[${region(`{"${key}":${payload}}`)}]}`,
            `{"format":"archlint.diagram","version":1,"nodes":[],"metadata":{"${key}":${payload}}}`,
            `{"format":"archlint.diagram","version":1,"nodes":[{"id":"${key}","kind":"aws.region","props":{"regionCode":"us-east-1"}}]}`,
            `{"format":"archlint.diagram","version":1,"nodes":[${region(`{"regionCode":"us-east-1"}`)}],"edges":[{"id":"e","kind":"aws.route","source":"r","target":"r","props":{"${key}":${payload}}}]}`,
          ];
          parseAndAnalyze("parseDiagram", () => parseDiagram(texts[where]!));
        }),
        params(60),
      );
    });
  });
}
