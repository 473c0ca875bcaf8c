import { build, vpcWithSubnets } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./subnet-cidr-in-vpc";

const VPC = { cidrBlock: "10.0.0.0/16" };

testRule(rule, {
  valid: [
    { name: "subnets inside the VPC", diagram: vpcWithSubnets(VPC, ["10.0.0.0/24", "10.0.255.240/28"]) },
    { name: "a subnet equal to the VPC block", diagram: vpcWithSubnets(VPC, ["10.0.0.0/16"]) },
    { name: "a block written with host bits is read as its network", diagram: vpcWithSubnets({ cidrBlock: "10.0.0.0/24" }, ["10.0.0.128/24"]) },
    {
      name: "a subnet in a secondary block",
      diagram: vpcWithSubnets({ cidrBlock: "10.0.0.0/16", secondaryCidrBlocks: ["100.64.0.0/16"] }, ["100.64.3.0/24"]),
    },
    {
      name: "a subnet drawn straight in the VPC is checked the same way",
      diagram: build().vpc("vpc-1", null, VPC).subnet("s-1", "vpc-1", { cidrBlock: "10.0.9.0/24" }).diagram(),
    },
    {
      name: "each subnet against its own VPC",
      diagram: build()
        .vpc("a", null, { cidrBlock: "10.0.0.0/16" })
        .vpc("b", null, { cidrBlock: "10.1.0.0/16" })
        .subnet("sa", "a", { cidrBlock: "10.0.1.0/24" })
        .subnet("sb", "b", { cidrBlock: "10.1.1.0/24" })
        .diagram(),
    },
  ],
  invalid: [
    {
      name: "a subnet outside the VPC",
      diagram: build().vpc("vpc-1", null, VPC).label("vpc-1", "prod").az("az-a", "vpc-1").subnet("s-1", "az-a", { cidrBlock: "10.1.0.0/24" }).label("s-1", "web").diagram(),
      expect: [
        {
          messageId: "outside",
          message: "Subnet web uses 10.1.0.0/24, which is not inside the CIDR blocks of VPC prod (10.0.0.0/16)",
          nodeIds: ["s-1", "vpc-1"],
          severity: "error",
          fixes: ["Change the subnet's block to 10.0.0.0/24"],
        },
      ],
    },
    {
      name: "a subnet wider than the VPC that contains it",
      diagram: vpcWithSubnets(VPC, ["10.0.0.0/15"]),
      expect: [{ messageId: "outside", nodeIds: ["s-1", "vpc-1"], fixes: ["Change the subnet's block to 10.0.0.0/16"] }],
    },
    {
      name: "a subnet next to the secondary block, not in it",
      diagram: vpcWithSubnets({ cidrBlock: "10.0.0.0/16", secondaryCidrBlocks: ["10.1.0.0/24"] }, ["10.0.1.0/24", "10.1.1.0/24"]),
      expect: [{ messageId: "outside", message: "(10.0.0.0/16, 10.1.0.0/24)", nodeIds: ["s-2", "vpc-1"], fixes: ["Change the subnet's block to 10.0.0.0/24"] }],
    },
    {
      name: "the fix skips blocks other subnets use",
      diagram: vpcWithSubnets({ cidrBlock: "10.0.0.0/22" }, ["10.0.0.0/24", "10.0.1.0/24", "192.168.0.0/24"]),
      expect: [{ messageId: "outside", nodeIds: ["s-3", "vpc-1"], fixes: ["Change the subnet's block to 10.0.2.0/24"] }],
    },
    {
      name: "no fix when the VPC is full",
      diagram: vpcWithSubnets({ cidrBlock: "10.0.0.0/24" }, ["10.0.0.0/24", "10.0.1.0/24"]),
      expect: [{ messageId: "outside", nodeIds: ["s-2", "vpc-1"], fixes: [] }],
    },
  ],
});
