import { build, natLayout } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./lambda-internet-access";

/** natLayout plus subnet `isolated` (10.0.9.0/24) whose table `rtb-iso` has no 0.0.0.0/0 route. */
const withIsolated = () => natLayout().subnet("isolated", "az-a", { cidrBlock: "10.0.9.0/24" }).routeTable("rtb-iso", "vpc-1").associate("rtb-iso", "isolated");

testRule(rule, {
  valid: [
    { name: "a function in a private subnet with a NAT path", diagram: natLayout().lambda("fn-1", "private-a").diagram() },
    { name: "a function without a VPC", diagram: build().lambda("fn-1", null).diagram() },
    { name: "a function needing the internet, with a NAT path", diagram: natLayout().lambda("fn-1", "private-a", { needsInternet: true }).diagram() },
    { name: "a subnet with no route table at all is unknown, not reported", diagram: build().vpc("vpc-1", null).az("az-a", "vpc-1").subnet("s-1", "az-a").lambda("fn-1", "s-1").diagram() },
  ],
  invalid: [
    {
      name: "a function in a public subnet: no internet, and no mechanical fix",
      diagram: natLayout().lambda("fn-1", "public-a").diagram(),
      expect: [{ messageId: "publicSubnet", message: "Function fn-1 is in public subnet public-a but has no internet access", nodeIds: ["fn-1", "public-a"], severity: "warning", fixes: [] }],
    },
    {
      name: "a private subnet without a 0.0.0.0/0 route: info, fixed by routing to the NAT gateway",
      diagram: withIsolated().lambda("fn-1", "isolated").diagram(),
      expect: [
        {
          messageId: "noInternet",
          message: "Function fn-1 has no internet access from subnet isolated: Route table rtb-iso of subnet isolated has no route for 0.0.0.0/0",
          nodeIds: ["fn-1", "isolated"],
          severity: "info",
          fixes: ["Route 0.0.0.0/0 to NAT gateway nat-1"],
        },
      ],
    },
    {
      name: "a function marked as needing the internet, in a subnet without a NAT path: error",
      diagram: withIsolated().lambda("fn-1", "isolated", { needsInternet: true }).diagram(),
      expect: [{ messageId: "noInternet", nodeIds: ["fn-1", "isolated"], severity: "error", fixes: ["Route 0.0.0.0/0 to NAT gateway nat-1"] }],
    },
    {
      name: "a function marked as needing the internet, in a public subnet: error",
      diagram: natLayout().lambda("fn-1", "public-a", { needsInternet: true }).diagram(),
      expect: [{ messageId: "publicSubnet", nodeIds: ["fn-1", "public-a"], severity: "error", fixes: [] }],
    },
    {
      name: "a NAT gateway without an Elastic IP: no fix, the NAT itself is the problem",
      diagram: natLayout({ nat: { elasticIp: false } }).lambda("fn-1", "private-a").diagram(),
      expect: [{ messageId: "noInternet", message: "has no Elastic IP", nodeIds: ["fn-1", "private-a"], fixes: [] }],
    },
    {
      name: "some subnets have internet and some do not: warning",
      diagram: withIsolated().lambda("fn-1", "private-a").place("fn-1", "isolated").diagram(),
      expect: [{ messageId: "someSubnets", message: "reaches the internet from private-a but not from isolated", nodeIds: ["fn-1", "isolated"], severity: "warning", fixes: ["Route 0.0.0.0/0 to NAT gateway nat-1"] }],
    },
  ],
});
