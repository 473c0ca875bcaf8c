import { build, natLayout } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./lb-internet-facing-private-subnets";

/** natLayout plus AZ `az-b` (us-east-1b) with public-b (rtb-public) and private-b (rtb-private). */
const twoAzs = () =>
  natLayout()
    .az("az-b", "vpc-1", { zoneName: "us-east-1b" })
    .subnet("public-b", "az-b", { cidrBlock: "10.0.10.0/24" })
    .subnet("private-b", "az-b", { cidrBlock: "10.0.11.0/24" })
    .associate("rtb-public", "public-b")
    .associate("rtb-private", "private-b");

testRule(rule, {
  valid: [
    { name: "an internet-facing ALB in two public subnets", diagram: twoAzs().alb("alb-1", "vpc-1").place("alb-1", "public-a").place("alb-1", "public-b").diagram() },
    { name: "an internal ALB in private subnets", diagram: twoAzs().alb("alb-1", "vpc-1", { scheme: "internal" }).place("alb-1", "private-a").place("alb-1", "private-b").diagram() },
    { name: "an internet-facing NLB drawn in a public subnet", diagram: natLayout().nlb("nlb-1", "public-a").diagram() },
    { name: "subnets with no route table drawn are unknown", diagram: build().vpc("vpc-1", null).igw("igw-1", "vpc-1").az("az-a", "vpc-1").subnet("s-1", "az-a").alb("alb-1", "s-1").diagram() },
  ],
  invalid: [
    {
      name: "an internet-facing ALB only in private subnets: error, moved to the public subnets of the same AZs",
      diagram: twoAzs().alb("alb-1", "vpc-1").place("alb-1", "private-a").place("alb-1", "private-b").diagram(),
      expect: [
        {
          messageId: "allPrivate",
          message: "Internet-facing load balancer alb-1 is only in subnets with no route 0.0.0.0/0 to an internet gateway (private-a, private-b)",
          nodeIds: ["alb-1", "private-a", "private-b"],
          severity: "error",
          fixes: ["Move it to public subnets public-a, public-b"],
        },
      ],
    },
    {
      name: "drawn inside a private subnet: the fix moves it",
      diagram: twoAzs().alb("alb-1", "private-a").place("alb-1", "public-b").diagram(),
      expect: [{ messageId: "somePrivate", message: "is also in subnets with no route 0.0.0.0/0 to an internet gateway (private-a)", nodeIds: ["alb-1", "private-a"], severity: "warning", fixes: ["Move it to public subnets public-a"] }],
    },
    {
      name: "an NLB in a private subnet whose AZ has no public subnet: no fix",
      diagram: twoAzs().az("az-c", "vpc-1", { zoneName: "us-east-1c" }).subnet("private-c", "az-c", { cidrBlock: "10.0.21.0/24" }).associate("rtb-private", "private-c").nlb("nlb-1", "private-c").diagram(),
      expect: [{ messageId: "allPrivate", nodeIds: ["nlb-1", "private-c"], fixes: [] }],
    },
    {
      name: "a VPC without an internet gateway",
      diagram: build().vpc("vpc-1", null).az("az-a", "vpc-1").subnet("s-1", "az-a").routeTable("rtb", "vpc-1", { main: true }).alb("alb-1", "s-1").diagram(),
      expect: [{ messageId: "allPrivate", nodeIds: ["alb-1", "s-1"], fixes: [] }],
    },
  ],
});
