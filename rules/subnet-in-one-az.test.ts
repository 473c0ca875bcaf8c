import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./subnet-in-one-az";

testRule(rule, {
  valid: [
    { name: "a subnet in an AZ", diagram: build().vpc("vpc-1", null).az("az-a", "vpc-1").subnet("s-1", "az-a").diagram() },
    {
      name: "subnets in two AZs of a VPC inside a Region",
      diagram: build()
        .region("r")
        .vpc("vpc-1", "r")
        .az("az-a", "vpc-1", { zoneName: "us-east-1a" })
        .az("az-b", "vpc-1", { zoneName: "us-east-1b" })
        .subnet("s-a", "az-a")
        .subnet("s-b", "az-b", { cidrBlock: "10.0.2.0/24" })
        .diagram(),
    },
    { name: "a VPC with no subnets", diagram: build().vpc("vpc-1", null).diagram() },
    { name: "an imported stand-in subnet, whose zone is unknown", diagram: build().vpc("imported-vpc-net", null).subnet("imported-subnet-net-a", "imported-vpc-net").diagram() },
  ],
  invalid: [
    {
      name: "a subnet straight in a VPC with no AZ: no fix",
      diagram: build().vpc("vpc-1", null).label("vpc-1", "prod").subnet("s-1", "vpc-1").label("s-1", "web").diagram(),
      expect: [
        {
          messageId: "noZone",
          message: "Subnet web is drawn straight in VPC prod, so its Availability Zone is unknown (AWS picks one when none is named); place it in its zone",
          nodeIds: ["s-1"],
          severity: "warning",
          fixes: [],
        },
      ],
    },
    {
      name: "one fix per AZ of the VPC",
      diagram: build()
        .vpc("vpc-1", null)
        .az("az-a", "vpc-1", { zoneName: "us-east-1a" })
        .az("az-b", "vpc-1", { zoneName: "us-east-1b" })
        .subnet("s-a", "az-a")
        .subnet("s-loose", "vpc-1", { cidrBlock: "10.0.9.0/24" })
        .diagram(),
      expect: [{ messageId: "noZone", nodeIds: ["s-loose"], fixes: ["Move into az-a (us-east-1a)", "Move into az-b (us-east-1b)"] }],
    },
    {
      name: "AZs of another VPC are not offered",
      diagram: build()
        .vpc("vpc-1", null)
        .vpc("vpc-2", null)
        .az("az-other", "vpc-2")
        .subnet("s-1", "vpc-1")
        .diagram(),
      expect: [{ messageId: "noZone", nodeIds: ["s-1"], fixes: [] }],
    },
    {
      name: "each loose subnet",
      diagram: build().vpc("vpc-1", null).subnet("s-1", "vpc-1").subnet("s-2", "vpc-1", { cidrBlock: "10.0.2.0/24" }).diagram(),
      expect: [
        { messageId: "noZone", nodeIds: ["s-1"] },
        { messageId: "noZone", nodeIds: ["s-2"] },
      ],
    },
  ],
});
