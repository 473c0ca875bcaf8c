import { describe, expect, it } from "vitest";
import { applyOps, descendantsAndSelf } from "./ops";
import type { Diagram, DiagramEdge, DiagramNode } from "./types";
import { build } from "../../tests/fixtures/build";

/** vpc ⊃ az ⊃ subnet ⊃ {web, fn}; fn → web; a second VPC with its own subnet; a region-level Lambda calling web. */
function sample(): Diagram {
  return build()
    .vpc("vpc", null)
    .az("az", "vpc")
    .subnet("subnet", "az")
    .ec2("web", "subnet")
    .lambda("fn", "subnet")
    .vpc("other", null, { cidrBlock: "10.1.0.0/16" })
    .subnet("other-subnet", "other", { cidrBlock: "10.1.0.0/24" })
    .lambda("outside", null)
    .edge("connection", "fn", "web")
    .edge("connection", "outside", "web")
    .edge("placement", "outside", "other-subnet")
    .diagram();
}

const ids = (list: ReadonlyArray<DiagramNode | DiagramEdge>) => list.map((x) => x.id);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe("applyOps", () => {
  it("adds a node and an edge, ignoring a second one with a taken id", () => {
    const d = sample();
    const node: DiagramNode = { ...d.nodes.find((n) => n.id === "web")!, id: "web-2" };
    const edge: DiagramEdge = { id: "e-new", kind: "connection", source: "fn", target: "web-2", props: { protocol: "tcp" } };
    const out = applyOps(d, [
      { op: "addNode", node },
      { op: "addNode", node: { ...node, label: "duplicate" } },
      { op: "addEdge", edge },
      { op: "addEdge", edge: { ...edge, target: "web" } },
    ]);
    expect(ids(out.nodes).at(-1)).toBe("web-2");
    expect(out.nodes.filter((n) => n.id === "web-2")).toEqual([node]);
    expect(out.edges.filter((e) => e.id === "e-new")).toEqual([edge]);
  });

  it("removes a leaf and the edges that touch it", () => {
    const out = applyOps(sample(), [{ op: "removeNode", id: "web" }]);
    expect(ids(out.nodes)).not.toContain("web");
    expect(ids(out.edges)).toEqual(["e-placement-outside-other-subnet"]);
  });

  it("removes a container with everything inside it and their edges, and nothing else", () => {
    const out = applyOps(sample(), [{ op: "removeNode", id: "vpc" }]);
    expect(ids(out.nodes)).toEqual(["other", "other-subnet", "outside"]);
    expect(ids(out.edges)).toEqual(["e-placement-outside-other-subnet"]);
  });

  it("updates label, parent, props and layout, merging props and layout", () => {
    const out = applyOps(sample(), [
      { op: "updateNode", id: "fn", label: "Worker", parent: null, props: { memorySize: 1024 }, layout: { x: 500 } },
    ]);
    const before = sample().nodes.find((n) => n.id === "fn")!;
    const fn = out.nodes.find((n) => n.id === "fn")!;
    expect(fn).toEqual({
      ...before,
      label: "Worker",
      parent: null,
      props: { ...before.props, memorySize: 1024 },
      layout: { ...before.layout, x: 500 },
    });
  });

  it("keeps the parent when an update does not name one", () => {
    const out = applyOps(sample(), [{ op: "updateNode", id: "fn", label: "x" }]);
    expect(out.nodes.find((n) => n.id === "fn")!.parent).toBe("subnet");
  });

  it("updates and removes edges, and renames the diagram", () => {
    const out = applyOps(sample(), [
      { op: "updateEdge", id: "e-connection-fn-web", props: { port: 443 } },
      { op: "removeEdge", id: "e-connection-outside-web" },
      { op: "rename", name: "Prod" },
    ]);
    expect(out.name).toBe("Prod");
    expect(out.edges.find((e) => e.id === "e-connection-fn-web")!.props).toEqual({ protocol: "tcp", port: 443 });
    expect(ids(out.edges)).not.toContain("e-connection-outside-web");
  });

  it("applies ops in order", () => {
    const out = applyOps(sample(), [
      { op: "removeEdge", id: "e-connection-fn-web" },
      { op: "addEdge", edge: { id: "e-connection-fn-web", kind: "connection", source: "fn", target: "web", props: { protocol: "udp" } } },
    ]);
    expect(out.edges.find((e) => e.id === "e-connection-fn-web")!.props.protocol).toBe("udp");
  });

  it("never mutates its input, even deeply", () => {
    const d = deepFreeze(sample());
    const copy = structuredClone(d);
    expect(() =>
      applyOps(d, [
        { op: "updateNode", id: "web", props: { instanceType: "m7g.large" }, layout: { y: 1 } },
        { op: "updateEdge", id: "e-connection-fn-web", props: { port: 22 } },
        { op: "removeNode", id: "az" },
        { op: "rename", name: "new" },
      ]),
    ).not.toThrow();
    expect(d).toEqual(copy);
  });

  it("shares what it did not change", () => {
    const d = sample();
    const out = applyOps(d, [{ op: "updateNode", id: "fn", label: "x" }]);
    expect(out).not.toBe(d);
    expect(out.edges).toBe(d.edges);
    expect(out.nodes.find((n) => n.id === "web")).toBe(d.nodes.find((n) => n.id === "web"));
  });

  it("returns the same diagram for no ops and for ops on missing ids", () => {
    const d = sample();
    expect(applyOps(d, [])).toBe(d);
    // The editor's undo stack relies on this: an op that changes nothing records no step.
    expect(
      applyOps(d, [
        { op: "removeNode", id: "ghost" },
        { op: "removeEdge", id: "ghost" },
        { op: "updateNode", id: "ghost", label: "x" },
        { op: "updateEdge", id: "ghost", props: {} },
      ]),
    ).toBe(d);
  });
});

describe("descendantsAndSelf", () => {
  it("collects the node and everything inside it at any depth", () => {
    expect([...descendantsAndSelf(sample().nodes, "az")].sort()).toEqual(["az", "fn", "subnet", "web"]);
    expect([...descendantsAndSelf(sample().nodes, "web")]).toEqual(["web"]);
    expect(descendantsAndSelf(sample().nodes, "ghost").size).toBe(0);
  });

  it("ends on a parent cycle built in code", () => {
    const nodes = build().vpc("a", "b").az("b", "a").unchecked().nodes;
    expect([...descendantsAndSelf(nodes, "a")].sort()).toEqual(["a", "b"]);
  });
});
