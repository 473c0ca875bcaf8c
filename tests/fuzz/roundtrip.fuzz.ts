/**
 * Round trips (issue 8 item 4): export then import gives the same diagram, for diagrams a person could
 * draw — generated from the registry the way the editor builds them (createNode / createEdge, nested
 * where the kind may sit, related where the relation allows), with odd labels, odd names, fractional
 * and far-off positions, and real property sets taken from the templates and examples. And every
 * example file and template comes back byte for byte after import → export.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEdge, createNode, emptyDiagram, serializeDiagram } from "@/lib/diagram/create";
import { parseDiagram } from "@/lib/diagram/parse";
import type { Diagram, DiagramNode } from "@/lib/diagram/types";
import { validate } from "@/lib/engine";
import { canSitIn, edgeAllows, EDGE_KINDS, getKind, KINDS } from "@/lib/kinds";
import { TEMPLATES, templateDiagram } from "@/lib/templates";
import { counter, oddString, params, runs } from "./harness";

const EXAMPLES_DIR = path.resolve(import.meta.dirname, "../../examples");
const EXAMPLE_FILES = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith(".json"));

/** kind id → property sets seen in the templates and examples (all valid for the kind). */
function realProps(): Map<string, Record<string, unknown>[]> {
  const pool = new Map<string, Record<string, unknown>[]>();
  const add = (d: Diagram) => {
    for (const n of d.nodes) pool.set(n.kind, [...(pool.get(n.kind) ?? []), n.props]);
  };
  for (const t of TEMPLATES) add(templateDiagram(t));
  for (const f of EXAMPLE_FILES) {
    const parsed = parseDiagram(readFileSync(path.join(EXAMPLES_DIR, f), "utf8"));
    if (parsed.ok) add(parsed.diagram);
  }
  return pool;
}
const PROPS = realProps();

/** Finite, JSON-representable coordinates: fractions, negatives and far-off values (not −0, which JSON writes as 0). */
const coordinate = fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.double({ min: -1e7, max: 1e7, noNaN: true, noDefaultInfinity: true }).filter((v) => !Object.is(v, -0)));

const step = fc.record({
  kind: fc.nat(),
  parent: fc.nat(),
  props: fc.nat(),
  x: coordinate,
  y: coordinate,
  label: fc.option(oddString, { nil: undefined }),
});
type Step = { kind: number; parent: number; props: number; x: number; y: number; label: string | undefined };
const link = fc.record({ relation: fc.nat(), source: fc.nat(), target: fc.nat() });

/** A diagram built by the editor's own constructors from the drawn steps; a step that fits nowhere is skipped. */
function draw(name: string, steps: readonly Step[], links: readonly { relation: number; source: number; target: number }[]): Diagram {
  let diagram: Diagram = { ...emptyDiagram(name, new Date("2026-01-02T03:04:05.000Z")) };
  for (const s of steps) {
    const kind = KINDS[s.kind % KINDS.length]!;
    const homes: (DiagramNode | null)[] = [
      ...(canSitIn(kind.id, "root") ? [null] : []),
      ...diagram.nodes.filter((n) => canSitIn(kind.id, n.kind)),
    ];
    if (homes.length === 0) continue;
    const home = homes[s.parent % homes.length]!;
    const node = createNode(diagram, kind.id, { x: s.x, y: s.y }, home?.id ?? null);
    const seen = PROPS.get(kind.id);
    const props = seen && s.props % 3 !== 0 ? structuredClone(seen[s.props % seen.length]!) : node.props;
    diagram = { ...diagram, nodes: [...diagram.nodes, { ...node, props, label: s.label ?? node.label }] };
  }
  for (const l of links) {
    if (diagram.nodes.length < 2) break;
    const source = diagram.nodes[l.source % diagram.nodes.length]!;
    const target = diagram.nodes[l.target % diagram.nodes.length]!;
    if (source.id === target.id) continue;
    const relations = EDGE_KINDS.filter((e) => edgeAllows(e, source.kind, target.kind));
    if (relations.length === 0) continue;
    const edge = createEdge(diagram, relations[l.relation % relations.length]!.id, source.id, target.id);
    diagram = { ...diagram, edges: [...diagram.edges, edge] };
  }
  return diagram;
}

export function roundTripSuite(): void {
  describe("export → import round trip (property)", () => {
    it("gives back the same diagram, the same text and the same findings", () => {
      fc.assert(
        fc.property(oddString, fc.array(step, { maxLength: 40 }), fc.array(link, { maxLength: 30 }), (name, steps, links) => {
          counter.inputs++;
          const drawn = draw(name, steps, links);
          const text = serializeDiagram(drawn);
          const back = parseDiagram(text);
          if (!back.ok) throw new Error(`a drawn diagram did not load back: ${back.errors.map((e) => `${e.path}: ${e.message.en}`).join("; ")}`);
          expect(back.diagram).toEqual({ ...drawn, metadata: { ...drawn.metadata, generator: "archlint" } });
          expect(serializeDiagram(back.diagram)).toBe(text);
          expect(validate(back.diagram)).toEqual(validate(drawn));
        }),
        params(runs(400)),
      );
    });

    it("draws diagrams with nesting and relations, so the property is not vacuous", () => {
      const sample = fc.sample(fc.tuple(fc.array(step, { minLength: 30, maxLength: 40 }), fc.array(link, { minLength: 30, maxLength: 30 })), { numRuns: 20, seed: 7 });
      const drawn = sample.map(([steps, links]) => draw("sample", steps, links));
      expect(drawn.some((d) => d.nodes.some((n) => n.parent !== null && getKind(n.kind)?.parents.includes("root") === false))).toBe(true);
      expect(drawn.reduce((sum, d) => sum + d.edges.length, 0)).toBeGreaterThan(20);
      expect(new Set(drawn.flatMap((d) => d.nodes.map((n) => n.kind))).size).toBeGreaterThan(KINDS.length / 2);
    });
  });

  describe("import → export is stable", () => {
    it.each(EXAMPLE_FILES)("examples/%s loads with at most the registry's newer defaults added, then comes back byte for byte", (file) => {
      const text = readFileSync(path.join(EXAMPLES_DIR, file), "utf8");
      const parsed = parseDiagram(text);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      const exported = serializeDiagram(parsed.diagram);
      // A file saved before a property existed gains that property's default, and nothing else changes.
      const before = JSON.parse(text) as Diagram;
      const after = JSON.parse(exported) as Diagram;
      expect(after.nodes.map(({ props: _p, ...rest }) => rest)).toEqual(before.nodes.map(({ props: _p, ...rest }) => rest));
      expect(after.edges.map(({ props: _p, ...rest }) => rest)).toEqual(before.edges.map(({ props: _p, ...rest }) => rest));
      after.nodes.forEach((node, i) => {
        const old = before.nodes[i]!.props;
        const defaults = getKind(node.kind)!.props.parse({}) as Record<string, unknown>;
        for (const [key, value] of Object.entries(node.props)) {
          expect(value, `${node.id}.props.${key}`).toEqual(Object.hasOwn(old, key) ? old[key] : defaults[key]);
        }
      });
      const again = parseDiagram(exported);
      expect(again.ok && serializeDiagram(again.diagram)).toBe(exported);
    });

    it.each(TEMPLATES.map((t) => [t.id, t] as const))("template %s comes back byte for byte", (_id, template) => {
      const text = serializeDiagram(templateDiagram(template));
      const parsed = parseDiagram(text);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(serializeDiagram(parsed.diagram)).toBe(text);
      const again = parseDiagram(serializeDiagram(parsed.diagram));
      expect(again.ok && again.diagram).toEqual(parsed.diagram);
    });
  });
}
