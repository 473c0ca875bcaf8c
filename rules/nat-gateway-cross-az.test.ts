import { build, natLayout } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./nat-gateway-cross-az";

/** natLayout plus AZ `az-b` (us-east-1b) with public-b (rtb-public) and private-b. */
const twoAzs = () =>
  natLayout()
    .az("az-b", "vpc-1", { zoneName: "us-east-1b" })
    .subnet("public-b", "az-b", { cidrBlock: "10.0.10.0/24" })
    .subnet("private-b", "az-b", { cidrBlock: "10.0.11.0/24" })
    .associate("rtb-public", "public-b");

/** private-b on its own table `rtb-private-b`, routed to nat-1 in az-a. */
const crossAz = () => twoAzs().routeTable("rtb-private-b", "vpc-1").route("rtb-private-b", "nat-1").associate("rtb-private-b", "private-b");

testRule(rule, {
  valid: [
    { name: "a private subnet routed to the NAT gateway of its own AZ", diagram: natLayout().diagram() },
    {
      name: "each AZ's private subnets routed to their own NAT gateway",
      diagram: twoAzs().nat("nat-b", "public-b").routeTable("rtb-private-b", "vpc-1").route("rtb-private-b", "nat-b").associate("rtb-private-b", "private-b").diagram(),
    },
    {
      name: "a regional NAT gateway spans the AZs",
      diagram: twoAzs().nat("nat-r", "vpc-1", { availabilityMode: "regional" }).routeTable("rtb-private-b", "vpc-1").route("rtb-private-b", "nat-r").associate("rtb-private-b", "private-b").diagram(),
    },
    {
      name: "a subnet whose AZ is not known",
      diagram: natLayout().subnet("loose", "vpc-1", { cidrBlock: "10.0.20.0/24" }).associate("rtb-private", "loose").diagram(),
    },
    {
      name: "no route table drawn",
      diagram: build().vpc("vpc-1", null).az("az-a", "vpc-1").subnet("s-1", "az-a").diagram(),
    },
  ],
  invalid: [
    {
      name: "private-b in us-east-1b routed to nat-1 in us-east-1a; no NAT gateway in us-east-1b, so no fix",
      diagram: crossAz().diagram(),
      expect: [
        {
          messageId: "crossAz",
          message: "Subnet private-b in us-east-1b sends 0.0.0.0/0 to NAT gateway nat-1 in us-east-1a: if us-east-1a fails",
          nodeIds: ["private-b", "nat-1"],
          severity: "warning",
          fixes: [],
        },
      ],
    },
    {
      name: "a NAT gateway exists in us-east-1b: fixed by routing to it",
      diagram: crossAz().nat("nat-b", "public-b").diagram(),
      expect: [{ messageId: "crossAz", nodeIds: ["private-b", "nat-1"], fixes: ["Route 0.0.0.0/0 in rtb-private-b to NAT gateway nat-b of us-east-1b"] }],
    },
    {
      name: "one table shared by private-a and private-b: only private-b is reported, and changing the shared route is no fix",
      diagram: twoAzs().nat("nat-b", "public-b").associate("rtb-private", "private-b").diagram(),
      expect: [{ messageId: "crossAz", nodeIds: ["private-b", "nat-1"], fixes: [] }],
    },
    {
      name: "the NAT gateway in us-east-1b has no Elastic IP: not offered",
      diagram: crossAz().nat("nat-b", "public-b", { elasticIp: false }).diagram(),
      expect: [{ messageId: "crossAz", nodeIds: ["private-b", "nat-1"], fixes: [] }],
    },
  ],
});
