import { build, natLayout } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./subnet-public-without-igw-route";

/** natLayout plus subnet `label` (10.0.7.0/24) using table `rtb-x`, which has no routes. */
const unrouted = (label: string, props: Record<string, unknown> = {}) =>
  natLayout().subnet("s-x", "az-a", { cidrBlock: "10.0.7.0/24", ...props }).label("s-x", label).routeTable("rtb-x", "vpc-1").associate("rtb-x", "s-x");

testRule(rule, {
  valid: [
    { name: "public-a routes 0.0.0.0/0 to the VPC's internet gateway", diagram: natLayout().diagram() },
    { name: "a private subnet named private is not checked", diagram: unrouted("private-x").diagram() },
    { name: "a non-public name is not public", diagram: unrouted("non-public-x").diagram() },
    {
      name: "a public subnet of an imported stand-in VPC, whose gateways are unknown",
      diagram: build().vpc("imported-vpc-net", null).az("az-a", "imported-vpc-net").subnet("imported-subnet-net-public-a", "az-a", { mapPublicIpOnLaunch: true }).diagram(),
    },
    { name: "a ::/0 route to the internet gateway is enough", diagram: unrouted("public-x").route("rtb-x", "igw-1", "::/0").diagram() },
    { name: "the main route table counts when there is no association", diagram: natLayout().subnet("pub-b", "az-a", { cidrBlock: "10.0.8.0/24" }).routeTable("rtb-main", "vpc-1", { main: true }).route("rtb-main", "igw-1").diagram() },
    {
      name: "no route table drawn at all: unknown, not reported",
      diagram: build().vpc("vpc-1", null).igw("igw-1", "vpc-1").az("az-a", "vpc-1").subnet("public-a", "az-a").diagram(),
    },
    { name: "a subnet outside a VPC is another rule's problem", diagram: build().subnet("public-a", "az-a").unchecked() },
  ],
  invalid: [
    {
      name: "named public, no routes: fixed by routing 0.0.0.0/0 to the internet gateway",
      diagram: unrouted("public-x").diagram(),
      expect: [
        {
          messageId: "noRoute",
          message: "Subnet public-x looks public (its name says public) but its route table rtb-x has no 0.0.0.0/0 or ::/0 route to internet gateway igw-1",
          nodeIds: ["s-x", "rtb-x"],
          severity: "warning",
          fixes: ["Route 0.0.0.0/0 in rtb-x to internet gateway igw-1"],
        },
      ],
    },
    {
      name: "a Korean name: 퍼블릭",
      diagram: unrouted("퍼블릭 서브넷 C").diagram(),
      expect: [{ messageId: "noRoute", nodeIds: ["s-x", "rtb-x"] }],
    },
    {
      name: "a pub- prefix",
      diagram: unrouted("pub-c").diagram(),
      expect: [{ messageId: "noRoute", nodeIds: ["s-x", "rtb-x"] }],
    },
    {
      name: "mapPublicIpOnLaunch under a neutral name, the table routing 0.0.0.0/0 to a NAT: reported, no fix (the default route is taken)",
      diagram: natLayout().subnet("app", "az-a", { cidrBlock: "10.0.7.0/24", mapPublicIpOnLaunch: true }).associate("rtb-private", "app").diagram(),
      expect: [{ messageId: "noRoute", message: "(it assigns public IPs on launch)", nodeIds: ["app", "rtb-private"], fixes: [] }],
    },
    {
      name: "no fix when the table also serves a private subnet: the route would make it public too",
      diagram: unrouted("public-x").subnet("private-y", "az-a", { cidrBlock: "10.0.8.0/24" }).associate("rtb-x", "private-y").diagram(),
      expect: [{ messageId: "noRoute", nodeIds: ["s-x", "rtb-x"], fixes: [] }],
    },
    {
      name: "a route to another VPC's internet gateway does not count",
      diagram: unrouted("public-x").vpc("vpc-2", null, { cidrBlock: "10.1.0.0/16" }).igw("igw-2", "vpc-2").route("rtb-x", "igw-2").diagram(),
      expect: [{ messageId: "noRoute", nodeIds: ["s-x", "rtb-x"], fixes: [] }],
    },
    {
      name: "a VPC with no internet gateway",
      diagram: build().vpc("vpc-1", null).az("az-a", "vpc-1").subnet("public-a", "az-a", { mapPublicIpOnLaunch: true }).routeTable("rtb", "vpc-1", { main: true }).diagram(),
      expect: [{ messageId: "noIgw", message: "VPC vpc-1 has no internet gateway", nodeIds: ["public-a", "vpc-1"], fixes: [] }],
    },
  ],
});
