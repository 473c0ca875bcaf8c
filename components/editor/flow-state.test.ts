import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyOps } from "@/lib/diagram/ops";
import { parseDiagram } from "@/lib/diagram/parse";
import type { Diagram } from "@/lib/diagram/types";
import { reuseUnchanged, sameData, withLocalState, type FlowItem } from "./flow-state";
import { toFlowEdges, toFlowNodes } from "./to-flow";

function example(name: string): Diagram {
  const parsed = parseDiagram(readFileSync(path.join(import.meta.dirname, "../../examples", name), "utf8"));
  if (!parsed.ok) throw new Error(`examples/${name} does not load`);
  return parsed.diagram;
}

describe("sameData", () => {
  it("compares plain data by value, however deep", () => {
    expect(sameData({ a: 1, b: { c: [1, { d: "x" }] } }, { a: 1, b: { c: [1, { d: "x" }] } })).toBe(true);
    expect(sameData({ a: 1, b: { c: [1, { d: "x" }] } }, { a: 1, b: { c: [1, { d: "y" }] } })).toBe(false);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
    expect(sameData([], {})).toBe(false);
    expect(sameData(null, {})).toBe(false);
  });

  it("tells a key set to undefined from a missing one", () => {
    expect(sameData({ a: undefined }, { b: undefined })).toBe(false);
    expect(sameData({ a: undefined }, { a: undefined })).toBe(true);
  });
});

describe("reuseUnchanged", () => {
  const diagram = example("vpc-public-private.json");
  const derive = (d: Diagram, selection: ReadonlySet<string> = new Set()) => toFlowNodes(d, new Map(), selection);

  it("keeps every node object an edit did not change, and only those", () => {
    const previous = new Map();
    const before = reuseUnchanged(derive(diagram), previous);
    const target = diagram.nodes.find((n) => n.kind === "aws.lambda")!;
    const edited = applyOps(diagram, [{ op: "updateNode", id: target.id, label: "renamed" }]);
    const after = reuseUnchanged(derive(edited), previous);

    const beforeById = new Map(before.map((n) => [n.id, n]));
    const changed = after.filter((n) => n !== beforeById.get(n.id)).map((n) => n.id);
    expect(changed).toEqual([target.id]);
    expect(after.find((n) => n.id === target.id)!.data.label).toBe("renamed");
  });

  it("gives a new object only to the nodes whose selection changed", () => {
    const previous = new Map();
    const [first, second] = diagram.nodes;
    const before = reuseUnchanged(derive(diagram, new Set([first!.id])), previous);
    const after = reuseUnchanged(derive(diagram, new Set([second!.id])), previous);
    const changed = after.filter((n, i) => n !== before[i]).map((n) => n.id);
    expect(changed.sort()).toEqual([first!.id, second!.id].sort());
  });

  it("works for edges too, and drops the ones that are gone", () => {
    const previous = new Map();
    const before = reuseUnchanged(toFlowEdges(diagram, new Set(), "en"), previous);
    const gone = diagram.edges[0]!;
    const after = reuseUnchanged(toFlowEdges(applyOps(diagram, [{ op: "removeEdge", id: gone.id }]), new Set(), "en"), previous);
    expect(after.map((e) => e.id)).not.toContain(gone.id);
    expect(after.every((e) => before.includes(e))).toBe(true);
    expect(previous.has(gone.id)).toBe(false);
  });
});

describe("withLocalState", () => {
  const node = (id: string, width: number, extra: Partial<FlowItem> & { x?: number } = {}): FlowItem & { x: number } => ({ id, width, height: 40, x: 0, ...extra });

  it("keeps React Flow's copy of an unchanged node (its measured size, a drag in progress)", () => {
    const derived = node("a", 72);
    const local = { ...derived, x: 120, measured: { width: 72, height: 40 } };
    expect(withLocalState([derived], [derived], [local])).toEqual([local]);
    expect(withLocalState([derived], [derived], [local])[0]).toBe(local);
  });

  it("takes a changed node from the model, with the measured size while its box is the same", () => {
    const before = node("a", 72);
    const local = { ...before, measured: { width: 72, height: 40 } };
    const moved = node("a", 72, { x: 300 });
    expect(withLocalState([moved], [before], [local])).toEqual([{ ...moved, measured: { width: 72, height: 40 } }]);
    const resized = node("a", 200);
    expect(withLocalState([resized], [before], [local])).toEqual([resized]);
  });

  it("adds new nodes as they are and leaves out removed ones", () => {
    const kept = node("a", 72);
    const added = node("b", 72);
    const gone = { ...node("c", 72), measured: { width: 72, height: 40 } };
    expect(withLocalState([kept, added], [kept], [kept, gone])).toEqual([kept, added]);
  });
});
