import { build, natLayout } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./lambda-single-az";

/** natLayout plus AZ `az-b` (us-east-1b) with public-b (rtb-public) and private-b (table given, default none). */
const twoAzs = (privateBTable?: string) => {
  const b = natLayout()
    .az("az-b", "vpc-1", { zoneName: "us-east-1b" })
    .subnet("public-b", "az-b", { cidrBlock: "10.0.10.0/24" })
    .subnet("private-b", "az-b", { cidrBlock: "10.0.11.0/24" })
    .associate("rtb-public", "public-b");
  return privateBTable ? b.associate(privateBTable, "private-b") : b;
};

testRule(rule, {
  valid: [
    { name: "a function in subnets of two AZs", diagram: twoAzs("rtb-private").lambda("fn-1", "private-a").place("fn-1", "private-b").diagram() },
    { name: "a function with no VPC configuration", diagram: build().lambda("fn-1", null).diagram() },
    { name: "a subnet of unknown AZ may be the second one", diagram: natLayout().subnet("loose", "vpc-1", { cidrBlock: "10.0.20.0/24" }).lambda("fn-1", "private-a").place("fn-1", "loose").diagram() },
  ],
  invalid: [
    {
      name: "one subnet, and private-b in us-east-1b shares its route table: fixed by attaching it there",
      diagram: twoAzs("rtb-private").lambda("fn-1", "private-a").diagram(),
      expect: [
        {
          messageId: "oneZone",
          message: "Function fn-1 is attached to subnets in only one Availability Zone (us-east-1a: private-a)",
          nodeIds: ["fn-1", "private-a"],
          severity: "warning",
          fixes: ["Also attach it to subnet private-b (us-east-1b)"],
        },
      ],
    },
    {
      name: "two subnets of the same AZ",
      diagram: natLayout().subnet("private-a2", "az-a", { cidrBlock: "10.0.2.0/24" }).associate("rtb-private", "private-a2").lambda("fn-1", "private-a").place("fn-1", "private-a2").diagram(),
      expect: [{ messageId: "oneZone", message: "(us-east-1a: private-a, private-a2)", nodeIds: ["fn-1", "private-a", "private-a2"], fixes: [] }],
    },
    {
      name: "the other AZ's private subnet has its own table with the same routing: offered",
      diagram: twoAzs().nat("nat-b", "public-b").routeTable("rtb-private-b", "vpc-1").route("rtb-private-b", "nat-b").associate("rtb-private-b", "private-b").lambda("fn-1", "private-a").diagram(),
      expect: [{ messageId: "oneZone", nodeIds: ["fn-1", "private-a"], fixes: ["Also attach it to subnet private-b (us-east-1b)"] }],
    },
    {
      name: "the only other-AZ subnet is public: not offered, it would change what the function reaches",
      diagram: natLayout().az("az-b", "vpc-1", { zoneName: "us-east-1b" }).subnet("public-b", "az-b", { cidrBlock: "10.0.10.0/24" }).associate("rtb-public", "public-b").lambda("fn-1", "private-a").diagram(),
      expect: [{ messageId: "oneZone", nodeIds: ["fn-1", "private-a"], fixes: [] }],
    },
  ],
});
