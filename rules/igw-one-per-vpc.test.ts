import { describe, expect, it } from "vitest";
import { applyOps } from "../lib/diagram/ops";
import { runRules } from "../lib/engine/validate";
import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./igw-one-per-vpc";

testRule(rule, {
  valid: [
    { name: "one internet gateway", diagram: build().vpc("vpc-1", null).igw("igw-1", "vpc-1").diagram() },
    { name: "one of each kind", diagram: build().vpc("vpc-1", null, { ipv6: true }).igw("igw-1", "vpc-1").eigw("eigw-1", "vpc-1").diagram() },
    {
      name: "one gateway in each of two VPCs",
      diagram: build().vpc("a", null).vpc("b", null).igw("igw-a", "a").igw("igw-b", "b").diagram(),
    },
    {
      name: "a detached gateway outside the VPC does not count",
      diagram: build().region("r").vpc("vpc-1", "r").igw("igw-1", "vpc-1").igw("igw-spare", "r").igw("igw-canvas", null).diagram(),
    },
    { name: "no gateway", diagram: build().vpc("vpc-1", null).diagram() },
  ],
  invalid: [
    {
      name: "two internet gateways",
      diagram: build().vpc("vpc-1", null).label("vpc-1", "prod").igw("igw-1", "vpc-1").igw("igw-2", "vpc-1").diagram(),
      expect: [
        {
          messageId: "twoInternetGateways",
          message: "VPC prod has 2 internet gateways attached (igw-1, igw-2)",
          nodeIds: ["vpc-1", "igw-1", "igw-2"],
          severity: "error",
          fixes: ["Keep only igw-1", "Keep only igw-2"],
        },
      ],
    },
    {
      name: "three internet gateways: each fix keeps one",
      diagram: build().vpc("vpc-1", null).igw("igw-1", "vpc-1").igw("igw-2", "vpc-1").igw("igw-3", "vpc-1").diagram(),
      expect: [{ messageId: "twoInternetGateways", message: "has 3 internet gateways", nodeIds: ["vpc-1", "igw-1", "igw-2", "igw-3"] }],
    },
    {
      name: "two egress-only gateways, with one internet gateway that is fine",
      diagram: build().vpc("vpc-1", null, { ipv6: true }).igw("igw-1", "vpc-1").eigw("eigw-1", "vpc-1").eigw("eigw-2", "vpc-1").diagram(),
      expect: [{ messageId: "twoEgressOnlyGateways", nodeIds: ["vpc-1", "eigw-1", "eigw-2"], fixes: ["Keep only eigw-1", "Keep only eigw-2"] }],
    },
    {
      name: "both kinds doubled",
      diagram: build().vpc("vpc-1", null).igw("i1", "vpc-1").igw("i2", "vpc-1").eigw("e1", "vpc-1").eigw("e2", "vpc-1").diagram(),
      expect: [
        { messageId: "twoInternetGateways", nodeIds: ["vpc-1", "i1", "i2"] },
        { messageId: "twoEgressOnlyGateways", nodeIds: ["vpc-1", "e1", "e2"] },
      ],
    },
  ],
});

describe("igw-one-per-vpc fixes", () => {
  const diagram = build()
    .vpc("vpc-1", null)
    .igw("igw-1", "vpc-1")
    .igw("igw-2", "vpc-1")
    .node("aws.route-table", "rtb-a", "vpc-1")
    .node("aws.route-table", "rtb-b", "vpc-1")
    .edge("route", "rtb-a", "igw-1", { destination: "0.0.0.0/0" })
    .edge("route", "rtb-a", "igw-2", { destination: "0.0.0.0/0" })
    .edge("route", "rtb-b", "igw-2", { destination: "0.0.0.0/0" })
    .diagram();

  it("keeping one gateway points the others' routes at it, without duplicating a route it already has", () => {
    const [finding] = runRules(diagram, [rule]);
    const keep1 = finding!.fixes.find((f) => f.title.en === "Keep only igw-1")!;
    const fixed = applyOps(diagram, keep1.ops);
    expect(fixed.nodes.map((n) => n.id)).toEqual(["vpc-1", "igw-1", "rtb-a", "rtb-b"]);
    expect(fixed.edges.map((e) => [e.source, e.target, e.props.destination])).toEqual([
      ["rtb-a", "igw-1", "0.0.0.0/0"],
      ["rtb-b", "igw-1", "0.0.0.0/0"],
    ]);
  });
});
