import { describe, expect, it } from "vitest";
import { build } from "@/lib/diagram/builder";
import { applyOps } from "@/lib/diagram/ops";
import type { Diagram } from "@/lib/diagram/types";
import { copySelection, pasteClip } from "./clipboard";

function sample(): Diagram {
  return build()
    .vpc("vpc-1", null)
    .subnet("subnet-1", "vpc-1")
    .lambda("fn-1", "subnet-1")
    .igw("igw-1", "vpc-1")
    .routeTable("rtb-1", "vpc-1")
    .route("rtb-1", "igw-1")
    .associate("rtb-1", "subnet-1")
    .diagram();
}

describe("copy and paste", () => {
  it("copies a box with what is inside it and the edges among them, and pastes fresh ids into the same parent", () => {
    const d = sample();
    const clip = copySelection(d, ["subnet-1", "rtb-1"])!;
    expect(clip.nodes.map((n) => n.id)).toEqual(["subnet-1", "rtb-1", "fn-1"]);
    // The route leads to the uncopied gateway, so only the association comes along.
    expect(clip.edges.map((e) => e.kind)).toEqual(["association"]);

    const pasted = pasteClip(d, clip, 24);
    const after = applyOps(d, pasted.ops);
    expect(pasted.refused).toEqual([]);
    expect(pasted.tops).toEqual(["subnet-2", "rtb-2"]);
    const byId = (id: string) => after.nodes.find((n) => n.id === id)!;
    expect(byId("subnet-2").parent).toBe("vpc-1");
    expect(byId("fn-2").parent).toBe("subnet-2");
    expect(byId("subnet-2").layout.x).toBe(byId("subnet-1").layout.x + 24);
    // A child keeps its place inside its (new) box.
    expect(byId("fn-2").layout).toEqual(byId("fn-1").layout);
    expect(byId("fn-2").label).toBe("fn-2");
    const association = after.edges.find((e) => e.kind === "association" && e.target === "subnet-2")!;
    expect(association.source).toBe("rtb-2");
    expect(new Set(after.edges.map((e) => e.id)).size).toBe(after.edges.length);
  });

  it("pastes again with new ids each time, and keeps a label a person wrote", () => {
    const d = applyOps(sample(), [{ op: "updateNode", id: "fn-1", label: "orders" }]);
    const clip = copySelection(d, ["fn-1"])!;
    const once = applyOps(d, pasteClip(d, clip, 24).ops);
    const twice = applyOps(once, pasteClip(once, clip, 48).ops);
    expect(twice.nodes.filter((n) => n.kind === "aws.lambda").map((n) => [n.id, n.label])).toEqual([
      ["fn-1", "orders"],
      ["fn-2", "orders"],
      ["fn-3", "orders"],
    ]);
  });

  it("puts a node whose parent is gone on the canvas where allowed, and refuses one that may not sit there", () => {
    const d = sample();
    const clip = copySelection(d, ["fn-1", "rtb-1"])!;
    const gone = applyOps(d, [{ op: "removeNode", id: "vpc-1" }]);
    const pasted = pasteClip(gone, clip, 24);
    const after = applyOps(gone, pasted.ops);
    // A Lambda may sit on the bare canvas: at its old canvas position, moved by the offset.
    const fn = after.nodes.find((n) => n.kind === "aws.lambda")!;
    expect(fn.parent).toBeNull();
    expect(fn.layout.x).toBe(clip.at["fn-1"]!.x + 24);
    // A route table may not.
    expect(after.nodes.some((n) => n.kind === "aws.route-table")).toBe(false);
    expect(pasted.refused.map((r) => r.en)).toEqual([expect.stringMatching(/^Route table "rtb-1" was not pasted: Route table cannot sit on the bare canvas/)]);
  });

  it("copies nothing from an empty or edge-only selection", () => {
    const d = sample();
    expect(copySelection(d, [])).toBeUndefined();
    expect(copySelection(d, [d.edges[0]!.id])).toBeUndefined();
  });

  it("the clip does not change when the diagram does", () => {
    const d = sample();
    const clip = copySelection(d, ["fn-1"])!;
    applyOps(d, [{ op: "updateNode", id: "fn-1", label: "renamed" }]);
    expect(clip.nodes[0]!.label).toBe("fn-1");
    expect(clip.nodes[0]).not.toBe(d.nodes.find((n) => n.id === "fn-1"));
  });
});
