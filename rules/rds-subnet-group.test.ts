import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./rds-subnet-group";

/** VPC with subnet `s-a` in us-east-1a and `s-b` in us-east-1b. */
const twoZones = () =>
  build()
    .vpc("vpc-1", null)
    .az("az-a", "vpc-1", { zoneName: "us-east-1a" })
    .az("az-b", "vpc-1", { zoneName: "us-east-1b" })
    .subnet("s-a", "az-a", { cidrBlock: "10.0.1.0/24" })
    .subnet("s-b", "az-b", { cidrBlock: "10.0.2.0/24" });

testRule(rule, {
  valid: [
    { name: "a DB instance in two AZs", diagram: twoZones().rds("db", "s-a", { multiAz: true }).place("db", "s-b").diagram() },
    { name: "an Aurora cluster in two AZs", diagram: twoZones().aurora("db", "s-a").place("db", "s-b").diagram() },
    { name: "a DB instance drawn in the VPC, no subnets shown", diagram: twoZones().rds("db", "vpc-1").diagram() },
    { name: "a subnet outside any AZ may be the second zone", diagram: twoZones().subnet("s-x", "vpc-1", { cidrBlock: "10.0.9.0/24" }).rds("db", "s-a").place("db", "s-x").diagram() },
  ],
  invalid: [
    {
      name: "a Single-AZ instance in one subnet: a warning, the subnet group still needs two AZs",
      diagram: twoZones().rds("db", "s-a").diagram(),
      expect: [{ messageId: "oneZone", message: "Database db has subnets in only one Availability Zone (us-east-1a)", nodeIds: ["db", "s-a"], severity: "warning", fixes: ["Add s-b (us-east-1b) to the DB subnet group"] }],
    },
    {
      name: "a Multi-AZ instance in one AZ",
      diagram: twoZones().rds("db", "s-a", { multiAz: true }).subnet("s-a2", "az-a", { cidrBlock: "10.0.3.0/24" }).place("db", "s-a2").diagram(),
      expect: [{ messageId: "multiAzOneZone", nodeIds: ["db", "s-a", "s-a2"], severity: "error", fixes: ["Add s-b (us-east-1b) to the DB subnet group"] }],
    },
    {
      name: "an Aurora cluster in one AZ, no other AZ to offer",
      diagram: build().vpc("vpc-1", null).az("az-a", "vpc-1").subnet("s-a", "az-a").aurora("db", "s-a").diagram(),
      expect: [{ messageId: "multiAzOneZone", nodeIds: ["db", "s-a"], severity: "error", fixes: [] }],
    },
  ],
});
