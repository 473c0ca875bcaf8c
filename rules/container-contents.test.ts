import { describe, expect, it } from "vitest";
import { applyOps } from "../lib/diagram/ops";
import { runRules } from "../lib/engine/validate";
import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./container-contents";

testRule(rule, {
  valid: [
    {
      name: "every resource where the registry allows it",
      diagram: build()
        .region("r")
        .vpc("vpc-1", "r")
        .az("az-a", "vpc-1")
        .subnet("s-1", "az-a")
        .ec2("web", "s-1")
        .lambda("fn-in-vpc", "s-1")
        .lambda("fn-regional", "r")
        .lambda("fn-canvas", null)
        .igw("igw-1", "vpc-1")
        .diagram(),
    },
    { name: "an empty diagram", diagram: build().diagram() },
    { name: "a node of a kind Archlint does not know is left to the format", diagram: build().node("aws.nope", "x", null).unchecked() },
  ],
  invalid: [
    {
      name: "a Lambda function straight in a VPC, moved out to the Region",
      diagram: build().region("r").vpc("vpc-1", "r").lambda("fn", "vpc-1").unchecked(),
      expect: [
        {
          messageId: "notAllowed",
          message: "Lambda function fn cannot sit inside VPC vpc-1; it belongs in a Subnet or a Region",
          nodeIds: ["fn", "vpc-1"],
          severity: "error",
          fixes: ["Move out into r"],
        },
      ],
    },
    {
      name: "a Lambda function in a VPC on the canvas, moved onto the canvas",
      diagram: build().vpc("vpc-1", null).lambda("fn", "vpc-1").unchecked(),
      expect: [{ messageId: "notAllowed", nodeIds: ["fn", "vpc-1"], fixes: ["Move onto the canvas"] }],
    },
    {
      name: "an EC2 instance on the bare canvas",
      diagram: build().ec2("web", null).unchecked(),
      expect: [{ messageId: "needsContainer", message: "EC2 instance web cannot sit on the bare canvas; it belongs in a Subnet", nodeIds: ["web"], fixes: [] }],
    },
    {
      name: "an EC2 instance in an AZ has nowhere above to go",
      diagram: build().vpc("vpc-1", null).az("az-a", "vpc-1").ec2("web", "az-a").unchecked(),
      expect: [{ messageId: "notAllowed", nodeIds: ["web", "az-a"], fixes: [] }],
    },
    {
      name: "a subnet in a Region",
      diagram: build().region("r").subnet("s-1", "r").unchecked(),
      expect: [{ messageId: "notAllowed", message: "it belongs in an Availability Zone or a VPC", nodeIds: ["s-1", "r"], fixes: [] }],
    },
    {
      name: "a container that is not in the diagram, for a node that may sit on the canvas",
      diagram: build().lambda("fn", "ghost").unchecked(),
      expect: [{ messageId: "missingParent", message: "Lambda function fn is drawn in container ghost", nodeIds: ["fn"], fixes: ["Move onto the canvas"] }],
    },
    {
      name: "a container that is not in the diagram, for a node that may not",
      diagram: build().ec2("web", "ghost").unchecked(),
      expect: [{ messageId: "missingParent", nodeIds: ["web"], fixes: [] }],
    },
    {
      name: "every misplaced node once",
      diagram: build().ec2("a", null).ec2("b", null).vpc("vpc-1", null).subnet("s-1", "vpc-1").unchecked(),
      expect: [
        { messageId: "needsContainer", nodeIds: ["a"] },
        { messageId: "needsContainer", nodeIds: ["b"] },
      ],
      fixesResolve: false,
    },
  ],
});

describe("container-contents fixes", () => {
  it("keep the node where it shows on the canvas", () => {
    const diagram = build().region("r").vpc("vpc-1", "r").lambda("fn", "vpc-1").unchecked();
    const at = (id: string) => diagram.nodes.find((n) => n.id === id)!.layout;
    const [finding] = runRules(diagram, [rule]);
    const fixed = applyOps(diagram, finding!.fixes[0]!.ops);
    const fn = fixed.nodes.find((n) => n.id === "fn")!;
    expect(fn.parent).toBe("r");
    expect(fn.layout).toMatchObject({ x: at("fn").x + at("vpc-1").x, y: at("fn").y + at("vpc-1").y });
  });

  it("give Korean messages with Korean kind names", () => {
    const [finding] = runRules(build().ec2("web", null).unchecked(), [rule]);
    expect(finding!.message.ko).toBe("EC2 인스턴스 web은(는) 빈 캔버스에 둘 수 없습니다. 서브넷 안에 두세요.");
  });
});
