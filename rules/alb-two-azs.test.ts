import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./alb-two-azs";

/** VPC `vpc-1`: zones `az-a`, `az-b`, `az-c` (us-east-1a/b/c) with subnets `s-a`, `s-b`, `s-c`. */
function threeZones(subnetB: Record<string, unknown> = { cidrBlock: "10.0.2.0/24" }) {
  return build()
    .vpc("vpc-1", null)
    .az("az-a", "vpc-1", { zoneName: "us-east-1a" })
    .az("az-b", "vpc-1", { zoneName: "us-east-1b" })
    .az("az-c", "vpc-1", { zoneName: "us-east-1c" })
    .subnet("s-a", "az-a")
    .subnet("s-b", "az-b", subnetB)
    .subnet("s-c", "az-c", { cidrBlock: "10.0.3.0/24" });
}

testRule(rule, {
  valid: [
    { name: "an ALB in two zones", diagram: threeZones().alb("alb", "s-a").place("alb", "s-b").diagram() },
    { name: "an ALB drawn in the VPC with subnets in three zones", diagram: threeZones().alb("alb", "vpc-1").place("alb", "s-a").place("alb", "s-b").place("alb", "s-c").diagram() },
    { name: "/27 subnets are big enough", diagram: threeZones({ cidrBlock: "10.0.2.0/27" }).alb("alb", "s-a").place("alb", "s-b").diagram() },
    {
      name: "a second subnet of unknown zone is not guessed at",
      diagram: threeZones().subnet("s-loose", "vpc-1", { cidrBlock: "10.0.9.0/24" }).alb("alb", "s-a").place("alb", "s-loose").diagram(),
    },
  ],
  invalid: [
    {
      name: "an ALB in one subnet: one fix per other zone",
      diagram: threeZones().alb("alb", "s-a").label("alb", "web").diagram(),
      expect: [
        {
          messageId: "oneZone",
          message: "Load balancer web has subnets in only one Availability Zone (us-east-1a)",
          nodeIds: ["alb", "s-a"],
          severity: "error",
          fixes: ["Also place the load balancer in s-b (us-east-1b)", "Also place the load balancer in s-c (us-east-1c)"],
        },
      ],
    },
    {
      name: "two subnets in the same zone are still one zone",
      diagram: threeZones().subnet("s-a2", "az-a", { cidrBlock: "10.0.4.0/24" }).alb("alb", "s-a").place("alb", "s-a2").diagram(),
      expect: [{ messageId: "oneZone", nodeIds: ["alb", "s-a", "s-a2"], fixes: ["Also place the load balancer in s-b (us-east-1b)", "Also place the load balancer in s-c (us-east-1c)"] }],
    },
    {
      name: "an ALB with no subnets",
      diagram: threeZones().alb("alb", "vpc-1").diagram(),
      expect: [{ messageId: "noSubnets", nodeIds: ["alb"], fixes: [] }],
    },
    {
      name: "a /28 subnet is too small, and is not offered as a fix",
      diagram: threeZones({ cidrBlock: "10.0.2.0/28" }).alb("alb", "s-b").place("alb", "s-c").alb("alb-2", "s-a").diagram(),
      expect: [
        { messageId: "smallSubnet", message: "uses subnet s-b (10.0.2.0/28), which is smaller than a /27", nodeIds: ["alb", "s-b"] },
        { messageId: "oneZone", nodeIds: ["alb-2", "s-a"], fixes: ["Also place the load balancer in s-c (us-east-1c)"] },
      ],
    },
  ],
});
