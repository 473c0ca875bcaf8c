import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./peering-no-transit";

/** vpc-a 10.0.0.0/16 ↔ vpc-b 10.1.0.0/16 ↔ vpc-c 10.2.0.0/16, each with a table; vpc-b has an internet gateway. */
const chain = () =>
  build()
    .vpc("vpc-a", null, { cidrBlock: "10.0.0.0/16" })
    .vpc("vpc-b", null, { cidrBlock: "10.1.0.0/16" })
    .vpc("vpc-c", null, { cidrBlock: "10.2.0.0/16" })
    .igw("igw-b", "vpc-b")
    .routeTable("rtb-a", "vpc-a")
    .routeTable("rtb-b", "vpc-b")
    .peering("pcx-ab", "vpc-a", "vpc-b")
    .peering("pcx-bc", "vpc-b", "vpc-c");

testRule(rule, {
  valid: [
    { name: "a route to the peer's CIDR", diagram: chain().route("rtb-a", "pcx-ab", "10.1.0.0/16").route("rtb-b", "pcx-ab", "10.0.0.0/16").diagram() },
    { name: "a route to part of the peer", diagram: chain().route("rtb-a", "pcx-ab", "10.1.4.0/24").diagram() },
    {
      name: "a wide route whose third-VPC part is taken by a more specific route",
      diagram: chain().peering("pcx-ac", "vpc-a", "vpc-c").route("rtb-a", "pcx-ab", "10.0.0.0/8").route("rtb-a", "pcx-ac", "10.2.0.0/16").diagram(),
    },
  ],
  invalid: [
    {
      name: "0.0.0.0/0 to a peering connection, to use the peer's internet gateway",
      diagram: chain().route("rtb-a", "pcx-ab").diagram(),
      expect: [{ messageId: "internetThroughPeer", message: "expecting VPC vpc-b's internet or NAT gateway", nodeIds: ["rtb-a", "pcx-ab"], severity: "error" }],
    },
    {
      name: "a route for the third VPC through the middle one",
      diagram: chain().route("rtb-a", "pcx-ab", "10.2.0.0/16").diagram(),
      expect: [{ messageId: "outsidePeer", message: "none of it is in VPC vpc-b (10.1.0.0/16)", nodeIds: ["rtb-a", "pcx-ab"] }],
    },
    {
      name: "a wide route covering the peer and the VPC beyond it",
      diagram: chain().route("rtb-a", "pcx-ab", "10.0.0.0/8").diagram(),
      expect: [{ messageId: "transitive", message: "covers VPC vpc-c (10.2.0.0/16)", nodeIds: ["rtb-a", "pcx-ab", "vpc-c"] }],
    },
  ],
});
