import { build, vpcWithSubnets } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./subnet-cidr-overlap";

const VPC = { cidrBlock: "10.0.0.0/16" };

testRule(rule, {
  valid: [
    { name: "adjacent /24s", diagram: vpcWithSubnets(VPC, ["10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24"]) },
    { name: "adjacent halves of a /24", diagram: vpcWithSubnets(VPC, ["10.0.0.0/25", "10.0.0.128/25"]) },
    { name: "adjacent /28s across a /24 boundary", diagram: vpcWithSubnets(VPC, ["10.0.0.240/28", "10.0.1.0/28"]) },
    { name: "one subnet", diagram: vpcWithSubnets(VPC, ["10.0.0.0/16"]) },
    {
      name: "the same block in two different VPCs",
      diagram: build()
        .vpc("a", null, VPC)
        .vpc("b", null, VPC)
        .subnet("sa", "a", { cidrBlock: "10.0.1.0/24" })
        .subnet("sb", "b", { cidrBlock: "10.0.1.0/24" })
        .diagram(),
    },
    {
      name: "subnets in different AZs of a VPC with a secondary block",
      diagram: build()
        .vpc("vpc-1", null, { cidrBlock: "10.0.0.0/16", secondaryCidrBlocks: ["10.1.0.0/16"] })
        .az("az-a", "vpc-1", { zoneName: "us-east-1a" })
        .az("az-b", "vpc-1", { zoneName: "us-east-1b" })
        .subnet("s-a", "az-a", { cidrBlock: "10.0.0.0/24" })
        .subnet("s-b", "az-b", { cidrBlock: "10.1.0.0/24" })
        .diagram(),
    },
  ],
  invalid: [
    {
      name: "identical blocks",
      diagram: vpcWithSubnets(VPC, ["10.0.1.0/24", "10.0.1.0/24"]),
      expect: [
        {
          messageId: "identical",
          message: "Subnets s-1 and s-2 in VPC vpc-1 both use 10.0.1.0/24",
          nodeIds: ["s-1", "s-2"],
          severity: "error",
          fixes: ["Change s-2 to 10.0.0.0/24"],
        },
      ],
    },
    {
      name: "a block nested in another, reported once with both ids in diagram order",
      diagram: vpcWithSubnets(VPC, ["10.0.5.0/24", "10.0.0.0/20"]),
      expect: [{ messageId: "overlap", message: "10.0.5.0/24) and s-2 (10.0.0.0/20)", nodeIds: ["s-1", "s-2"], fixes: ["Change s-2 to 10.0.16.0/20"] }],
    },
    {
      name: "the same block written with host bits",
      diagram: vpcWithSubnets(VPC, ["10.0.1.0/24", "10.0.1.9/24"]),
      expect: [{ messageId: "identical", nodeIds: ["s-1", "s-2"] }],
    },
    {
      name: "subnets in different AZs still share the VPC's addresses",
      diagram: build()
        .vpc("vpc-1", null, VPC)
        .az("az-a", "vpc-1", { zoneName: "us-east-1a" })
        .az("az-b", "vpc-1", { zoneName: "us-east-1b" })
        .subnet("s-a", "az-a", { cidrBlock: "10.0.0.0/23" })
        .subnet("s-b", "az-b", { cidrBlock: "10.0.1.0/24" })
        .diagram(),
      expect: [{ messageId: "overlap", nodeIds: ["s-a", "s-b"], fixes: ["Change s-b to 10.0.2.0/24"] }],
    },
    {
      name: "three overlapping subnets give each pair once",
      diagram: vpcWithSubnets(VPC, ["10.0.0.0/22", "10.0.1.0/24", "10.0.1.128/25", "10.0.8.0/24"]),
      expect: [
        { messageId: "overlap", nodeIds: ["s-1", "s-2"] },
        { messageId: "overlap", nodeIds: ["s-1", "s-3"] },
        { messageId: "overlap", nodeIds: ["s-2", "s-3"] },
      ],
    },
    {
      name: "no fix when the VPC has no free block of that size",
      diagram: vpcWithSubnets({ cidrBlock: "10.0.0.0/24" }, ["10.0.0.0/25", "10.0.0.0/25", "10.0.0.128/25"]),
      expect: [{ messageId: "identical", nodeIds: ["s-1", "s-2"], fixes: [] }],
    },
  ],
});
