import { describe, expect, it } from "vitest";
import { build } from "../diagram/builder";
import { applyOps } from "../diagram/ops";
import { layoutProblems } from "./layout-problems";

describe("layoutProblems", () => {
  const diagram = build().vpc("vpc-1", null).igw("igw-1", "vpc-1").routeTable("rtb-1", "vpc-1").diagram();

  it("finds nothing wrong in the builder's own layout", () => {
    expect(layoutProblems(diagram)).toEqual([]);
  });

  it("names a node outside its box, one in the title bar and siblings on top of each other", () => {
    const moved = applyOps(diagram, [
      { op: "updateNode", id: "igw-1", layout: { x: 5000, y: 60 } },
      { op: "updateNode", id: "rtb-1", layout: { x: 10, y: 4 } },
    ]);
    expect(layoutProblems(moved)).toEqual(["igw-1 is not inside vpc-1 below its title", "rtb-1 is not inside vpc-1 below its title"]);
    const piled = applyOps(diagram, [{ op: "updateNode", id: "rtb-1", layout: { ...diagram.nodes[1]!.layout } }]);
    expect(layoutProblems(piled)).toEqual(["igw-1 overlaps rtb-1"]);
  });
});
