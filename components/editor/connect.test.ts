import { describe, expect, it } from "vitest";
import { build } from "@/lib/diagram/builder";
import { absolutePositions } from "@/lib/diagram/geometry";
import { DiagramIndex } from "@/lib/diagram/graph";
import { applyOps } from "@/lib/diagram/ops";
import type { Diagram } from "@/lib/diagram/types";
import { isPublicSubnet, routeTableOf, routesOf } from "@/lib/network/route-tables";
import { connect } from "./connect";

/** vpc-1 with an internet gateway, a main route table, and in az-a a public-to-be subnet holding a NAT gateway. */
function vpc(): Diagram {
  return build()
    .vpc("vpc-1", null)
    .igw("igw-1", "vpc-1")
    .routeTable("rtb-main", "vpc-1", { main: true })
    .az("az-a", "vpc-1")
    .subnet("public-a", "az-a")
    .subnet("private-a", "az-a", { cidrBlock: "10.0.2.0/24" })
    .nat("nat-1", "public-a")
    .diagram();
}

function connected(diagram: Diagram, source: string, target: string) {
  const result = connect(diagram, source, target);
  if (!result.ok) throw new Error(result.reason.en);
  return { result, after: applyOps(diagram, result.ops) };
}

const subnet = (d: Diagram, id: string) => d.nodes.find((n) => n.id === id)!;

describe("connect: a subnet and a gateway", () => {
  it("gives a subnet on the main table a route table of its own, associated, with 0.0.0.0/0 to the internet gateway", () => {
    const before = vpc();
    const { result, after } = connected(before, "public-a", "igw-1");
    const index = new DiagramIndex(after);
    const table = routeTableOf(index, subnet(after, "public-a"))!;
    expect(table.id).not.toBe("rtb-main");
    expect(table.parent).toBe("vpc-1");
    expect(table.props.main).toBe(false);
    expect(routesOf(index, table).map((r) => [r.destination, r.target.id])).toEqual([["0.0.0.0/0", "igw-1"]]);
    expect(isPublicSubnet(index, subnet(after, "public-a"))).toBe(true);
    // The main table and the other subnet are untouched.
    expect(routesOf(index, index.node("rtb-main")!)).toEqual([]);
    expect(routeTableOf(index, subnet(after, "private-a"))!.id).toBe("rtb-main");
    expect(result.ok && result.notice?.en).toBe(
      `Added route 0.0.0.0/0 → igw-1 to route table ${table.id} of subnet public-a: a new table, associated with the subnet, because it used the VPC's main table.`,
    );
    expect(result.ok && result.notice?.ko).toContain(table.id);
  });

  it("works drawn either way, and adds to the subnet's own table when it has one", () => {
    const own = connected(vpc(), "private-a", "igw-1").after;
    const table = routeTableOf(new DiagramIndex(own), subnet(own, "private-a"))!;
    // Now point that table's default route at the NAT gateway instead, drawn gateway → subnet.
    const { result, after } = connected(own, "nat-1", "private-a");
    const index = new DiagramIndex(after);
    expect(routeTableOf(index, subnet(after, "private-a"))!.id).toBe(table.id);
    expect(after.nodes.filter((n) => n.kind === "aws.route-table")).toHaveLength(2);
    expect(routesOf(index, table).map((r) => [r.destination, r.target.id])).toEqual([["0.0.0.0/0", "nat-1"]]);
    expect(result.ok && result.notice?.en).toBe(`Replaced route 0.0.0.0/0 → igw-1 with 0.0.0.0/0 → nat-1 in route table ${table.id} of subnet private-a.`);
  });

  it("adds a route to an explicitly associated table without creating one", () => {
    const d = build()
      .vpc("vpc-1", null)
      .igw("igw-1", "vpc-1")
      .routeTable("rtb-2", "vpc-1")
      .subnet("public-a", "vpc-1")
      .associate("rtb-2", "public-a")
      .diagram();
    const { result, after } = connected(d, "igw-1", "public-a");
    expect(result.ok && result.ops.map((o) => o.op)).toEqual(["addEdge"]);
    expect(result.ok && result.notice?.en).toBe("Added route 0.0.0.0/0 → igw-1 to route table rtb-2 of subnet public-a.");
    expect(isPublicSubnet(new DiagramIndex(after), subnet(after, "public-a"))).toBe(true);
  });

  it("replaces an explicit association with the main table instead of changing the main table", () => {
    const d = build()
      .vpc("vpc-1", null)
      .igw("igw-1", "vpc-1")
      .routeTable("rtb-main", "vpc-1", { main: true })
      .subnet("public-a", "vpc-1")
      .associate("rtb-main", "public-a")
      .diagram();
    const { after } = connected(d, "public-a", "igw-1");
    const index = new DiagramIndex(after);
    expect(index.edgesTo("public-a", "association")).toHaveLength(1);
    expect(routeTableOf(index, subnet(after, "public-a"))!.id).not.toBe("rtb-main");
    expect(index.edgesFrom("rtb-main")).toEqual([]);
  });

  it("does nothing but say so when the route is already there", () => {
    const once = connected(vpc(), "public-a", "igw-1").after;
    const again = connect(once, "igw-1", "public-a");
    expect(again.ok && again.ops).toEqual([]);
    expect(again.ok && again.notice?.en).toMatch(/already sends 0\.0\.0\.0\/0 to igw-1/);
  });

  it("sends ::/0 to an egress-only internet gateway", () => {
    const d = build().vpc("vpc-1", null).node("aws.egress-only-internet-gateway", "eigw-1", "vpc-1").subnet("s", "vpc-1").diagram();
    const { after } = connected(d, "s", "eigw-1");
    const index = new DiagramIndex(after);
    expect(routesOf(index, routeTableOf(index, subnet(after, "s"))!).map((r) => r.destination)).toEqual(["::/0"]);
  });

  it("refuses, with the reason, a subnet outside any VPC", () => {
    const d = build().region("r").subnet("s", "r").igw("igw-1", "r").unchecked();
    const result = connect(d, "s", "igw-1");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason.en).toMatch(/not in a VPC/);
  });

  it("places the new table inside the VPC, clear of every box and resource", () => {
    const { after } = connected(vpc(), "public-a", "igw-1");
    const table = routeTableOf(new DiagramIndex(after), subnet(after, "public-a"))!;
    const abs = absolutePositions(after);
    const at = abs.get(table.id)!;
    const v = abs.get("vpc-1")!;
    const box = after.nodes.find((n) => n.id === "vpc-1")!.layout;
    expect(at.x).toBeGreaterThanOrEqual(v.x);
    expect(at.y).toBeGreaterThanOrEqual(v.y);
    expect(at.x + table.layout.w).toBeLessThanOrEqual(v.x + box.w);
    expect(at.y + table.layout.h).toBeLessThanOrEqual(v.y + box.h);
    for (const other of after.nodes) {
      if (other.id === table.id || other.id === "vpc-1") continue;
      const o = abs.get(other.id)!;
      const overlaps =
        at.x < o.x + other.layout.w && o.x < at.x + table.layout.w && at.y < o.y + other.layout.h && o.y < at.y + table.layout.h;
      expect(overlaps, `overlaps ${other.id}`).toBe(false);
    }
  });
});

describe("connect: other relations", () => {
  it("attaches a Lambda to subnets with placement edges, drawn from either end", () => {
    const d = build().vpc("vpc-1", null).subnet("a", "vpc-1").subnet("b", "vpc-1", { cidrBlock: "10.0.2.0/24" }).lambda("fn", "a").diagram();
    const first = connected(d, "fn", "a").after;
    const both = connected(first, "b", "fn").after;
    expect(both.edges.filter((e) => e.kind === "placement").map((e) => [e.source, e.target])).toEqual([
      ["fn", "a"],
      ["fn", "b"],
    ]);
    // Drawing the same one again adds nothing.
    expect(connect(both, "a", "fn")).toEqual({ ok: true, ops: [] });
  });

  it("names both ends when no relation fits", () => {
    const d = build().region("r").efs("files", "r").node("aws.dynamodb-table", "orders", null).diagram();
    const result = connect(d, "files", "orders");
    expect(!result.ok && result.reason.en).toBe('Archlint knows no relation from EFS file system "files" to DynamoDB table "orders".');
  });
});
