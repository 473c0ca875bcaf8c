import { describe, expect, it } from "vitest";
import { DiagramIndex } from "./graph";
import { build } from "../../tests/fixtures/build";

const ids = (list: ReadonlyArray<{ id: string }>) => list.map((x) => x.id);

const diagram = build()
  .region("r")
  .vpc("vpc", "r")
  .label("vpc", "Production")
  .az("az-a", "vpc", { zoneName: "ap-northeast-2a" })
  .az("az-c", "vpc", { zoneName: "ap-northeast-2c" })
  .subnet("s-a", "az-a", { cidrBlock: "10.0.1.0/24" })
  .subnet("s-c", "az-c", { cidrBlock: "10.0.2.0/24" })
  .subnet("s-loose", "vpc", { cidrBlock: "10.0.3.0/24" })
  .ec2("web", "s-a")
  .lambda("fn", "s-a")
  .lambda("regional", "r")
  .lambda("free", null)
  .node("aws.route-table", "rtb", "vpc")
  .igw("igw", "vpc")
  .edge("placement", "fn", "s-c")
  .edge("placement", "fn", "s-a")
  .edge("placement", "regional", "s-c")
  .edge("connection", "fn", "web", { port: 80 })
  .edge("route", "rtb", "igw")
  .edge("association", "rtb", "s-a")
  .diagram();
const index = new DiagramIndex(diagram);
const node = (id: string) => index.node(id)!;

describe("DiagramIndex", () => {
  it("finds nodes by id and names them by label, else id", () => {
    expect(node("web").kind).toBe("aws.ec2-instance");
    expect(index.node("ghost")).toBeUndefined();
    expect(index.label("vpc")).toBe("Production");
    expect(index.label("web")).toBe("web");
    expect(index.label("ghost")).toBe("ghost");
  });

  it("lists children in diagram order, top-level nodes and nodes by kind", () => {
    expect(ids(index.childrenOf("vpc"))).toEqual(["az-a", "az-c", "s-loose", "rtb", "igw"]);
    expect(ids(index.childrenOf("s-a"))).toEqual(["web", "fn"]);
    expect(index.childrenOf("web")).toEqual([]);
    expect(index.childrenOf("ghost")).toEqual([]);
    expect(ids(index.topLevel())).toEqual(["r", "free"]);
    expect(ids(index.ofKind("aws.subnet"))).toEqual(["s-a", "s-c", "s-loose"]);
    expect(index.ofKind("aws.nothing")).toEqual([]);
  });

  it("gives edges from and to a node, all or of one kind", () => {
    expect(ids(index.edgesFrom("fn"))).toEqual(["e-placement-fn-s-c", "e-placement-fn-s-a", "e-connection-fn-web"]);
    expect(ids(index.edgesFrom("fn", "connection"))).toEqual(["e-connection-fn-web"]);
    expect(index.edgesFrom("fn", "route")).toEqual([]);
    expect(ids(index.edgesTo("s-c", "placement"))).toEqual(["e-placement-fn-s-c", "e-placement-regional-s-c"]);
    expect(index.edgesFrom("ghost")).toEqual([]);
  });

  it("finds the parent and the nearest ancestor of a kind, not the node itself", () => {
    expect(index.parent(node("web"))?.id).toBe("s-a");
    expect(index.parent(node("r"))).toBeUndefined();
    expect(index.ancestor(node("web"), "aws.vpc")?.id).toBe("vpc");
    expect(index.ancestor(node("web"), "aws.region")?.id).toBe("r");
    expect(index.ancestor(node("vpc"), "aws.vpc")).toBeUndefined();
    expect(index.ancestor(node("free"), "aws.vpc")).toBeUndefined();
  });

  it("vpcOf: the VPC around a node, or the VPC itself", () => {
    expect(index.vpcOf(node("web"))?.id).toBe("vpc");
    expect(index.vpcOf(node("s-loose"))?.id).toBe("vpc");
    expect(index.vpcOf(node("vpc"))?.id).toBe("vpc");
    expect(index.vpcOf(node("regional"))).toBeUndefined();
    expect(index.vpcOf(node("r"))).toBeUndefined();
  });

  it("zoneOf: the zone name of the AZ around a node, or of the AZ itself", () => {
    expect(index.zoneOf(node("web"))).toBe("ap-northeast-2a");
    expect(index.zoneOf(node("s-c"))).toBe("ap-northeast-2c");
    expect(index.zoneOf(node("az-c"))).toBe("ap-northeast-2c");
    expect(index.zoneOf(node("s-loose"))).toBeUndefined();
    expect(index.zoneOf(node("vpc"))).toBeUndefined();
  });

  it("subnetsOf: the subnet drawn in, then placement subnets, each once", () => {
    expect(ids(index.subnetsOf(node("fn")))).toEqual(["s-a", "s-c"]);
    expect(ids(index.subnetsOf(node("web")))).toEqual(["s-a"]);
    expect(ids(index.subnetsOf(node("regional")))).toEqual(["s-c"]);
    expect(index.subnetsOf(node("free"))).toEqual([]);
    // A subnet is not in itself, and an association edge is not a placement.
    expect(index.subnetsOf(node("s-a"))).toEqual([]);
    expect(index.subnetsOf(node("rtb"))).toEqual([]);
  });

  it("treats a node whose parent is missing as top-level, and survives a parent cycle built in code", () => {
    const odd = new DiagramIndex(build().lambda("orphan", "ghost").vpc("a", "b").az("b", "a").unchecked());
    expect(ids(odd.topLevel())).toEqual(["orphan"]);
    expect(odd.ancestor(odd.node("a")!, "aws.region")).toBeUndefined();
    expect(odd.vpcOf(odd.node("b")!)?.id).toBe("a");
    expect(odd.zoneOf(odd.node("a")!)).toBeUndefined(); // unchecked props: the AZ has no zoneName
  });

  it("finds nodes around a part of the diagram by lookups, without listing them", () => {
    const region = diagram.nodes.find((n) => n.id === "r")!;
    const part = { ...diagram, nodes: diagram.nodes.filter((n) => n.id !== "r") };
    const index = new DiagramIndex(part, [region]);
    expect(index.ancestor(index.node("s-a")!, "aws.region")?.id).toBe("r");
    expect(index.label("r")).toBe(region.label || "r");
    expect(ids(index.ofKind("aws.region"))).toEqual([]);
    // The VPC sits in the Region, so it is not a top-level node of the part either.
    expect(ids(index.topLevel())).not.toContain("vpc");
  });
});
