import { describe, expect, it } from "vitest";
import ELK from "elkjs/lib/elk.bundled.js";
import { build } from "../diagram/builder";
import { applyOps } from "../diagram/ops";
import type { Diagram } from "../diagram/types";
import { getKind } from "../kinds";
import { layoutProblems } from "./layout-problems";
import { ROOT_ID, autoLayout, titleWidth, toElkGraph, type ElkEngine, type ElkGraphNode } from "./elk-graph";

const elk = new ELK() as unknown as ElkEngine;

/** Two AZs, public and private subnets, gateways, a database with a subnet group, and a peer VPC on the canvas. */
const sample = () =>
  build("sample")
    .region("region-1")
    .vpc("vpc-1", "region-1", { cidrBlock: "10.0.0.0/16" })
    .igw("igw-1", "vpc-1")
    .routeTable("rtb-public", "vpc-1")
    .az("az-a", "vpc-1", { zoneName: "us-east-1a" })
    .az("az-b", "vpc-1", { zoneName: "us-east-1b" })
    .subnet("public-a", "az-a", { cidrBlock: "10.0.0.0/24" })
    .subnet("private-a", "az-a", { cidrBlock: "10.0.1.0/24" })
    .subnet("public-b", "az-b", { cidrBlock: "10.0.2.0/24" })
    .subnet("private-b", "az-b", { cidrBlock: "10.0.3.0/24" })
    .alb("alb-1", "public-a")
    .place("alb-1", "public-b")
    .nat("nat-a", "public-a")
    .ec2("web-a", "private-a")
    .ec2("web-b", "private-b")
    .node("aws.rds-instance", "db", "private-a", { multiAz: true })
    .place("db", "private-b")
    .place("db", "private-a") // a placement in its own subnet: an edge into an ancestor
    .route("rtb-public", "igw-1")
    .associate("rtb-public", "public-a")
    .associate("rtb-public", "public-b")
    .edge("connection", "web-a", "db")
    .edge("connection", "web-b", "db")
    .vpc("vpc-2", null, { cidrBlock: "10.1.0.0/16" })
    .az("az-c", "vpc-2", { zoneName: "us-east-1a" })
    .subnet("s-c", "az-c", { cidrBlock: "10.1.0.0/24" })
    .ec2("peer-host", "s-c")
    .edge("connection", "peer-host", "db")
    .diagram();

/** Every node piled at one point, as after careless drops. */
const messy = (diagram: Diagram): Diagram => ({ ...diagram, nodes: diagram.nodes.map((n) => ({ ...n, layout: { ...n.layout, x: 5, y: 5 } })) });

function findElk(node: ElkGraphNode, id: string): ElkGraphNode | undefined {
  if (node.id === id) return node;
  for (const child of node.children ?? []) {
    const found = findElk(child, id);
    if (found) return found;
  }
  return undefined;
}

describe("toElkGraph", () => {
  it("nests the boxes as the diagram does and asks for a hierarchical, layered, Brandes-Köpf layout", () => {
    const graph = toElkGraph(sample());
    expect(graph.id).toBe(ROOT_ID);
    expect(graph.layoutOptions).toMatchObject({
      "elk.algorithm": "layered",
      "elk.hierarchyHandling": "INCLUDE_CHILDREN",
      "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
    });
    expect(graph.children!.map((c) => c.id)).toEqual(["region-1", "vpc-2"]);
    expect(findElk(graph, "region-1")!.children!.map((c) => c.id)).toEqual(["vpc-1"]);
    expect(findElk(graph, "az-a")!.children!.map((c) => c.id)).toEqual(["public-a", "private-a"]);
    expect(findElk(graph, "private-a")!.children!.map((c) => c.id)).toEqual(["web-a", "db"]);
    expect(findElk(graph, "private-a")!.layoutOptions!["elk.padding"]).toContain("top=56");
  });

  it("puts each edge between resources in the innermost box holding both ends, across containers", () => {
    const graph = toElkGraph(sample());
    const edgeIds = (id: string) => (findElk(graph, id)!.edges ?? []).map((e) => e.id);
    expect(edgeIds("vpc-1")).toEqual(["e-route-rtb-public-0.0.0.0/0-igw-1", "e-connection-web-b-db"]);
    expect(edgeIds("private-a")).toEqual(["e-connection-web-a-db"]);
    expect(edgeIds(ROOT_ID)).toEqual(["e-connection-peer-host-db"]);
  });

  it("leaves out edges to boxes (associations, placements), which would stack zones that belong side by side", () => {
    const graph = toElkGraph(sample());
    const all: string[] = [];
    const collect = (n: ElkGraphNode) => {
      all.push(...(n.edges ?? []).map((e) => e.id));
      n.children?.forEach(collect);
    };
    collect(graph);
    const { edges } = sample();
    const toBoxes = edges.filter((e) => e.kind === "association" || e.kind === "placement");
    expect(toBoxes.length).toBeGreaterThan(0);
    expect(all.sort()).toEqual(edges.filter((e) => !toBoxes.includes(e)).map((e) => e.id).sort());
  });

  it("survives a parent cycle in an unchecked diagram", () => {
    const cyclic = build().vpc("a", "b").vpc("b", "a").unchecked();
    const graph = toElkGraph(cyclic);
    expect(graph.children!.map((c) => c.id)).toEqual(["a"]);
    expect(findElk(graph, "b")).toBeDefined();
  });
});

describe("autoLayout with elkjs", () => {
  it("gives every node a layout, keeps children inside their boxes below the title, and siblings apart", async () => {
    const before = messy(sample());
    const ops = await autoLayout(before, elk);
    expect(ops).toHaveLength(before.nodes.length);
    expect(ops.every((op) => op.op === "updateNode")).toBe(true);
    expect(new Set(ops.map((op) => (op.op === "updateNode" ? op.id : "")))).toEqual(new Set(before.nodes.map((n) => n.id)));

    const after = applyOps(before, ops);
    expect(layoutProblems(before).length).toBeGreaterThan(0);
    expect(layoutProblems(after)).toEqual([]);
    for (const node of after.nodes) {
      const kind = getKind(node.kind)!;
      if (!kind.container) expect(node.layout, node.id).toMatchObject(kind.size);
      else expect(node.layout.w, `${node.id} fits its title`).toBeGreaterThanOrEqual(titleWidth(node));
    }
  });

  it("gives the same picture from any starting positions", async () => {
    const a = applyOps(sample(), await autoLayout(sample(), elk));
    const b = applyOps(messy(sample()), await autoLayout(messy(sample()), elk));
    expect(b.nodes.map((n) => n.layout)).toEqual(a.nodes.map((n) => n.layout));
  });

  it("does nothing on an empty diagram", async () => {
    expect(await autoLayout(build().diagram(), elk)).toEqual([]);
  });
});
