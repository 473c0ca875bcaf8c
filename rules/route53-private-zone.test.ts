import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./route53-private-zone";

const PRIVATE = { name: "db.internal.example", zoneName: "internal.example", privateZone: true };
const DNS_ON = { cidrBlock: "10.0.0.0/16", enableDnsSupport: true, enableDnsHostnames: true };

testRule(rule, {
  valid: [
    {
      name: "a private record associated with a VPC that has DNS support and hostnames on",
      diagram: build().vpc("vpc-1", null, DNS_ON).record("db", PRIVATE).edge("zone-association", "db", "vpc-1").diagram(),
    },
    {
      name: "the association drawn on one record serves every record of the zone",
      diagram: build()
        .vpc("vpc-1", null, DNS_ON)
        .record("db", PRIVATE)
        .record("cache", { ...PRIVATE, name: "cache.internal.example", zoneName: "Internal.Example." })
        .edge("zone-association", "db", "vpc-1")
        .diagram(),
    },
    { name: "a public record needs no VPC", diagram: build().vpc("vpc-1", null).record("www", { name: "www.example.com" }).diagram() },
    {
      name: "a default VPC, whose DNS hostnames AWS turns on, without the setting drawn",
      diagram: build().vpc("vpc-1", null, { cidrBlock: "172.31.0.0/16", isDefault: true }).record("db", PRIVATE).edge("zone-association", "db", "vpc-1").diagram(),
    },
  ],
  invalid: [
    {
      name: "a private zone associated with no VPC",
      diagram: build().record("db", PRIVATE).diagram(),
      expect: [{ messageId: "noVpc", message: "Private hosted zone internal.example (db) is associated with no VPC", nodeIds: ["db"], severity: "warning" }],
    },
    {
      name: "an associated VPC with DNS hostnames off (AWS's default for a new VPC)",
      diagram: build().vpc("vpc-1", null, { cidrBlock: "10.0.0.0/16" }).record("db", PRIVATE).edge("zone-association", "db", "vpc-1").diagram(),
      expect: [
        {
          messageId: "vpcDns",
          message: "VPC vpc-1 is associated with private hosted zone internal.example but has enableDnsHostnames turned off",
          nodeIds: ["vpc-1", "db"],
          severity: "error",
          fixes: ["Turn on DNS support and DNS hostnames in the VPC"],
        },
      ],
    },
    {
      name: "two VPCs, one with both settings off",
      diagram: build()
        .vpc("vpc-1", null, DNS_ON)
        .vpc("vpc-2", null, { cidrBlock: "10.1.0.0/16", enableDnsSupport: false })
        .record("db", PRIVATE)
        .edge("zone-association", "db", "vpc-1")
        .edge("zone-association", "db", "vpc-2")
        .diagram(),
      expect: [{ messageId: "vpcDns", message: "has enableDnsSupport and enableDnsHostnames turned off", nodeIds: ["vpc-2", "db"] }],
    },
    {
      name: "a record whose private zone is not named, associated with a VPC without DNS hostnames",
      diagram: build().vpc("vpc-1", null, { cidrBlock: "10.0.0.0/16" }).record("db", { name: "db.internal.example", privateZone: true }).edge("zone-association", "db", "vpc-1").diagram(),
      expect: [{ messageId: "vpcDnsUnnamed", message: "VPC vpc-1 is associated with the private hosted zone of record db but has enableDnsHostnames turned off", nodeIds: ["vpc-1", "db"] }],
    },
    {
      name: "a record whose private zone is not named and has no VPC",
      diagram: build().record("db", { name: "db.internal.example", privateZone: true }).diagram(),
      expect: [{ messageId: "noVpcUnnamed", message: "Record db is in a private hosted zone associated with no VPC", nodeIds: ["db"], severity: "warning" }],
    },
    {
      name: "a public record associated with a VPC",
      diagram: build().vpc("vpc-1", null, DNS_ON).record("www", { name: "www.example.com" }).edge("zone-association", "www", "vpc-1").diagram(),
      expect: [{ messageId: "publicZone", message: "Record www is in a public hosted zone but is associated with VPC vpc-1", nodeIds: ["www", "vpc-1"], fixes: ["Mark the zone private", "Remove the association"] }],
    },
  ],
});
