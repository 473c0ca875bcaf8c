import { build, natLayout } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./route-target-in-vpc";

/** natLayout's vpc-1 plus vpc-2 (10.1.0.0/16) with its own gateway, NAT and table. */
const twoVpcs = () =>
  natLayout()
    .vpc("vpc-2", "r", { cidrBlock: "10.1.0.0/16" })
    .az("az-2", "vpc-2")
    .subnet("s-2", "az-2", { cidrBlock: "10.1.0.0/24" })
    .igw("igw-2", "vpc-2")
    .nat("nat-2", "s-2")
    .routeTable("rtb-2", "vpc-2");

testRule(rule, {
  valid: [
    { name: "routes to the VPC's own gateways", diagram: natLayout().diagram() },
    {
      name: "routes to its own endpoint and a peering it is part of",
      diagram: twoVpcs().endpoint("vpce", "vpc-1", { serviceName: "s3" }).route("rtb-private", "vpce", "pl-63a5400a").peering("pcx", "vpc-1", "vpc-2").route("rtb-private", "pcx", "10.1.0.0/16").diagram(),
    },
  ],
  invalid: [
    {
      name: "0.0.0.0/0 to another VPC's internet gateway, fixed by using its own",
      diagram: twoVpcs().route("rtb-2", "igw-1").diagram(),
      expect: [{ messageId: "otherVpc", message: "Route table rtb-2 of VPC vpc-2 sends 0.0.0.0/0 to igw-1, which belongs to VPC vpc-1", nodeIds: ["rtb-2", "igw-1"], fixes: ["Route it to igw-2 instead"] }],
    },
    {
      name: "a route to another VPC's NAT gateway (no fix: which NAT is a choice)",
      diagram: twoVpcs().route("rtb-2", "nat-1").diagram(),
      expect: [{ messageId: "otherVpc", nodeIds: ["rtb-2", "nat-1"], fixes: [] }],
    },
    {
      name: "a route to another VPC's gateway endpoint",
      diagram: twoVpcs().endpoint("vpce", "vpc-1", { serviceName: "s3" }).route("rtb-2", "vpce", "pl-63a5400a").diagram(),
      expect: [{ messageId: "otherVpc", nodeIds: ["rtb-2", "vpce"] }],
    },
    {
      name: "a detached internet gateway, fixed by attaching it",
      diagram: build().vpc("vpc-1", null).igw("igw-x", null).routeTable("rtb", "vpc-1").route("rtb", "igw-x").diagram(),
      expect: [{ messageId: "detached", nodeIds: ["rtb", "igw-x"], fixes: ["Attach igw-x to VPC vpc-1"] }],
    },
    {
      name: "a peering connection between two other VPCs",
      diagram: twoVpcs().vpc("vpc-3", null, { cidrBlock: "10.2.0.0/16" }).peering("pcx", "vpc-2", "vpc-3").route("rtb-private", "pcx", "10.2.0.0/16").diagram(),
      expect: [{ messageId: "peeringElsewhere", nodeIds: ["rtb-private", "pcx"] }],
    },
  ],
});
