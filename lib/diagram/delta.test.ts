import { describe, expect, it } from "vitest";
import { build } from "./builder";
import { diffDiagram, patchDiagram } from "./delta";
import { applyOps } from "./ops";

describe("diagram deltas", () => {
  const base = build().vpc("vpc-1", null).az("az-a", "vpc-1").subnet("s-1", "az-a").lambda("fn", "s-1").lambda("fn-2", "s-1").diagram();
  // What a worker receives: a structured clone, so no object is shared with the sender.
  const clone = <T>(value: T): T => structuredClone(value);

  it("sends unchanged nodes and edges as positions and rebuilds the next diagram from the receiver's copy", () => {
    const next = applyOps(base, [
      { op: "updateNode", id: "fn", label: "edited" },
      { op: "removeNode", id: "fn-2" },
      { op: "addEdge", edge: { id: "e-1", kind: "placement", source: "fn", target: "s-1", props: {} } },
    ]);
    const delta = diffDiagram(base, next);
    expect(delta.nodes.filter((n) => typeof n !== "number").map((n) => (n as { id: string }).id)).toEqual(["fn"]);
    const held = clone(base);
    const rebuilt = patchDiagram(held, clone(delta));
    expect(rebuilt).toEqual(next);
    // Unchanged nodes are the receiver's own objects, so an identity-based diff sees them as unchanged.
    expect(rebuilt.nodes[0]).toBe(held.nodes[0]);
    expect(rebuilt.nodes.find((n) => n.id === "fn")).not.toBe(held.nodes.find((n) => n.id === "fn"));
  });

  it("finds moved nodes by identity, and carries the name", () => {
    const next = { ...applyOps(base, [{ op: "rename", name: "renamed" }]), nodes: [...base.nodes].reverse() };
    const delta = diffDiagram(base, next);
    expect(delta.nodes.every((n) => typeof n === "number")).toBe(true);
    expect(patchDiagram(base, delta)).toEqual(next);
    expect(patchDiagram(base, delta).name).toBe("renamed");
  });
});
