import { describe, expect, it } from "vitest";
import { applyOps } from "@/lib/diagram/ops";
import { build } from "@/tests/fixtures/build";
import { placeInto } from "./placement";

describe("placing a new resource", () => {
  const base = () => build().vpc("vpc-1", null, { cidrBlock: "10.0.0.0/16" }).az("az-a", "vpc-1").subnet("s-1", "az-a", { cidrBlock: "10.0.1.0/24" }).diagram();

  it("gives a new subnet a block no other subnet of its VPC uses", () => {
    const diagram = base();
    const az = diagram.nodes.find((n) => n.id === "az-a")!;
    const placed = placeInto(diagram, "aws.subnet", az, { x: 50, y: 300 });
    if (!placed.ok) throw new Error(placed.reason.en);
    const next = applyOps(diagram, placed.ops);
    const added = next.nodes.find((n) => n.id === placed.nodeId)!;
    expect(added.props.cidrBlock).not.toBe("10.0.1.0/24");
    expect(String(added.props.cidrBlock)).toMatch(/^10\.0\.\d+\.0\/24$/);
  });

  it("refuses a kind where it may not sit, with the reason", () => {
    const diagram = base();
    const vpc = diagram.nodes.find((n) => n.id === "vpc-1")!;
    const placed = placeInto(diagram, "aws.ec2-instance", vpc, { x: 10, y: 10 });
    expect(placed.ok).toBe(false);
    if (!placed.ok) expect(placed.reason.en).toContain("cannot sit in VPC");
  });
});
