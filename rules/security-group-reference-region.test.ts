import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./security-group-reference-region";

const ssh = (source: string) => ({ ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, source }] });

/** vpc-a (10.0.0.0/16) in `regionA` with group sg-app, vpc-b (10.1.0.0/16) in `regionB` with group sg-admin, peered. */
const peered = (regionA: string, regionB: string, props = ssh("sg:sg-admin")) =>
  build()
    .region("r-a", { regionCode: regionA })
    .vpc("vpc-a", "r-a", { cidrBlock: "10.0.0.0/16" })
    .securityGroup("sg-app", "vpc-a", props)
    .region("r-b", { regionCode: regionB })
    .vpc("vpc-b", "r-b", { cidrBlock: "10.1.0.0/16" })
    .securityGroup("sg-admin", "vpc-b")
    .peering("pcx", "vpc-a", "vpc-b");

testRule(rule, {
  valid: [
    { name: "a reference across a same-Region peering", diagram: peered("us-east-1", "us-east-1").diagram() },
    { name: "the peer VPC's CIDR across Regions", diagram: peered("us-east-1", "eu-west-1", ssh("10.1.0.0/16")).diagram() },
    {
      name: "Regions not drawn: nothing is assumed",
      diagram: build().vpc("vpc-a", null).securityGroup("sg-app", "vpc-a", ssh("sg:sg-admin")).vpc("vpc-b", null, { cidrBlock: "10.1.0.0/16" }).securityGroup("sg-admin", "vpc-b").diagram(),
    },
  ],
  invalid: [
    {
      name: "an inbound reference across an inter-Region peering",
      diagram: peered("us-east-1", "eu-west-1").diagram(),
      expect: [{ messageId: "otherRegion", message: "Security group sg-app (us-east-1) has an inbound rule naming sg-admin of VPC vpc-b (eu-west-1)", nodeIds: ["sg-app", "sg-admin"], fixes: ["Name vpc-b's CIDR 10.1.0.0/16 instead"] }],
    },
    {
      name: "an outbound reference, the Region known from the peering's peerRegion",
      diagram: build()
        .region("r-a", { regionCode: "us-east-1" })
        .vpc("vpc-a", "r-a", { cidrBlock: "10.0.0.0/16" })
        .securityGroup("sg-app", "vpc-a", { egress: [{ protocol: "tcp", fromPort: 5432, toPort: 5432, destination: "sg:sg-db" }] })
        .vpc("vpc-b", null, { cidrBlock: "10.1.0.0/16" })
        .securityGroup("sg-db", "vpc-b")
        .peering("pcx", "vpc-a", "vpc-b", { peerRegion: "ap-northeast-2" })
        .diagram(),
      expect: [{ messageId: "otherRegion", message: "outbound rule naming sg-db of VPC vpc-b (ap-northeast-2)", nodeIds: ["sg-app", "sg-db"] }],
    },
  ],
});
