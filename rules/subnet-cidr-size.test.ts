import { vpcWithSubnets } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./subnet-cidr-size";

const VPC = { cidrBlock: "10.0.0.0/16" };

testRule(rule, {
  valid: [
    { name: "a /16 filling its /16 VPC", diagram: vpcWithSubnets(VPC, ["10.0.0.0/16"]) },
    { name: "a /28, the smallest allowed", diagram: vpcWithSubnets(VPC, ["10.0.0.0/28"]) },
    { name: "/24s and a /20", diagram: vpcWithSubnets(VPC, ["10.0.1.0/24", "10.0.2.0/24", "10.0.16.0/20"]) },
  ],
  invalid: [
    {
      name: "a /29, one bit too small, widened in place",
      diagram: vpcWithSubnets(VPC, ["10.0.1.0/29"]),
      expect: [{ messageId: "tooSmall", message: "10.0.1.0/29", nodeIds: ["s-1"], severity: "error", fixes: ["Change the block to 10.0.1.0/28"] }],
    },
    {
      name: "a /32",
      diagram: vpcWithSubnets(VPC, ["10.0.3.7/32"]),
      expect: [{ messageId: "tooSmall", nodeIds: ["s-1"], fixes: ["Change the block to 10.0.3.0/28"] }],
    },
    {
      name: "a /15, one bit too large, cut to the VPC's /16",
      diagram: vpcWithSubnets(VPC, ["10.0.0.0/15"]),
      expect: [{ messageId: "tooLarge", message: "10.0.0.0/15", nodeIds: ["s-1"], fixes: ["Change the block to 10.0.0.0/16"] }],
    },
    {
      name: "widening in place would take a neighbour's block, so the first free /28 is offered",
      diagram: vpcWithSubnets(VPC, ["10.0.0.0/28", "10.0.0.16/28", "10.0.1.0/28", "10.0.1.8/29"]),
      expect: [{ messageId: "tooSmall", nodeIds: ["s-4"], fixes: ["Change the block to 10.0.0.32/28"] }],
    },
    {
      name: "no fix when the VPC has no room",
      diagram: vpcWithSubnets({ cidrBlock: "10.0.0.0/28" }, ["10.0.0.0/29", "10.0.0.8/29"]),
      expect: [
        { messageId: "tooSmall", nodeIds: ["s-1"], fixes: [] },
        { messageId: "tooSmall", nodeIds: ["s-2"], fixes: [] },
      ],
    },
  ],
});
