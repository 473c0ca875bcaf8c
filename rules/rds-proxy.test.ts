import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./rds-proxy";

/** VPC `vpc-1` with subnets `s-a` (us-east-1a) and `s-b` (us-east-1b). */
function vpc() {
  return build()
    .vpc("vpc-1", null, { cidrBlock: "10.0.0.0/16" })
    .az("az-a", "vpc-1", { zoneName: "us-east-1a" })
    .az("az-b", "vpc-1", { zoneName: "us-east-1b" })
    .subnet("s-a", "az-a", { cidrBlock: "10.0.1.0/24" })
    .subnet("s-b", "az-b", { cidrBlock: "10.0.2.0/24" });
}

/** Database `db` (props as given) and proxy `proxy` (props as given), both in s-a and s-b; the proxy targets db. */
function proxied(dbProps: Record<string, unknown> = {}, proxyProps: Record<string, unknown> = {}) {
  return vpc().rds("db", "s-a", dbProps).place("db", "s-b").node("aws.rds-proxy", "proxy", "s-a", proxyProps).place("proxy", "s-b").edge("proxy-target", "proxy", "db");
}

testRule(rule, {
  valid: [
    { name: "a MySQL proxy in front of a MySQL instance in its VPC, in two AZs", diagram: proxied().diagram() },
    { name: "MariaDB uses the MYSQL engine family", diagram: proxied({ engine: "mariadb" }).diagram() },
    { name: "a PostgreSQL proxy for PostgreSQL", diagram: proxied({ engine: "postgres" }, { engineFamily: "POSTGRESQL" }).diagram() },
    { name: "SQL Server is supported (the notes leave it out)", diagram: proxied({ engine: "sqlserver-se" }, { engineFamily: "SQLSERVER" }).diagram() },
    {
      name: "an Aurora PostgreSQL cluster",
      diagram: vpc().aurora("cluster", "s-a", { engine: "aurora-postgresql" }).place("cluster", "s-b").node("aws.rds-proxy", "proxy", "s-a", { engineFamily: "POSTGRESQL" }).place("proxy", "s-b").edge("proxy-target", "proxy", "cluster").diagram(),
    },
    { name: "two proxies may share one database", diagram: proxied().node("aws.rds-proxy", "proxy-2", "s-b").place("proxy-2", "s-a").edge("proxy-target", "proxy-2", "db").diagram() },
    { name: "a proxy in front of the writer of a replicated database", diagram: proxied().rds("replica", "s-b").replicate("db", "replica").diagram() },
    { name: "a function in the VPC connects to the proxy", diagram: proxied().lambda("fn", "s-a").connect("fn", "proxy").diagram() },
    { name: "a proxy without a target yet", diagram: vpc().node("aws.rds-proxy", "proxy", "s-a").place("proxy", "s-b").diagram() },
  ],
  invalid: [
    {
      name: "the database is in another VPC",
      diagram: proxied()
        .vpc("vpc-2", null, { cidrBlock: "10.1.0.0/16" })
        .az("az-c", "vpc-2", { zoneName: "us-east-1a" })
        .subnet("s-c", "az-c", { cidrBlock: "10.1.1.0/24" })
        .rds("far", "s-c")
        .edge("proxy-target", "proxy", "far")
        .diagram(),
      expect: [
        { messageId: "otherVpc", message: "RDS Proxy proxy is in VPC vpc-1 but its target far is in VPC vpc-2", nodeIds: ["proxy", "far"] },
        { messageId: "manyTargets", message: "targets 2 databases (db, far)", nodeIds: ["proxy", "db", "far"] },
      ],
    },
    {
      name: "Oracle is not supported",
      diagram: proxied({ engine: "oracle-ee" }).diagram(),
      expect: [{ messageId: "unsupportedEngine", message: "RDS Proxy proxy targets db, which runs oracle-ee", nodeIds: ["proxy", "db"] }],
    },
    {
      name: "Db2 is not supported",
      diagram: proxied({ engine: "db2-se" }).diagram(),
      expect: [{ messageId: "unsupportedEngine", message: "which runs db2-se", nodeIds: ["proxy", "db"] }],
    },
    {
      name: "a PostgreSQL proxy in front of MySQL: set the family",
      diagram: proxied({}, { engineFamily: "POSTGRESQL" }).diagram(),
      expect: [{ messageId: "familyMismatch", message: "RDS Proxy proxy is for the PostgreSQL engine family but its target db runs mysql", nodeIds: ["proxy", "db"], fixes: ["Set the proxy's engine family to MYSQL"] }],
    },
    {
      name: "a proxy in front of a read replica: target the writer",
      diagram: vpc().rds("db", "s-a").place("db", "s-b").rds("replica", "s-b").place("replica", "s-a").replicate("db", "replica").node("aws.rds-proxy", "proxy", "s-a").place("proxy", "s-b").edge("proxy-target", "proxy", "replica").diagram(),
      expect: [{ messageId: "readReplica", message: "targets replica, a read replica of db", nodeIds: ["proxy", "replica", "db"], fixes: ["Target the writer db instead"] }],
    },
    {
      name: "subnets in one AZ: add the other zone's subnet",
      diagram: vpc().rds("db", "s-a").place("db", "s-b").node("aws.rds-proxy", "proxy", "s-a").edge("proxy-target", "proxy", "db").diagram(),
      expect: [{ messageId: "oneZone", message: "RDS Proxy proxy has subnets in only one Availability Zone (us-east-1a)", nodeIds: ["proxy", "s-a"], severity: "warning", fixes: ["Add subnet s-b (us-east-1b) to the proxy"] }],
    },
    {
      name: "a connection from the internet",
      diagram: proxied().node("ext.internet", "internet", null).connect("internet", "proxy").diagram(),
      expect: [{ messageId: "fromInternet", message: "A connection from internet to RDS Proxy proxy cannot work", nodeIds: ["proxy", "internet"] }],
    },
  ],
});
