import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./rds-read-replicas";

/** Source `db` (props as given) in subnet `s-1` with read replicas `r-1` … `r-n` beside it. */
function replicated(count: number, sourceProps: Record<string, unknown> = {}, replicaProps: Record<string, unknown> = {}) {
  const b = build().region("r", { regionCode: "us-east-1" }).vpc("vpc-1", "r").az("az-a", "vpc-1").subnet("s-1", "az-a").rds("db", "s-1", sourceProps);
  for (let i = 1; i <= count; i++) b.rds(`r-${i}`, "s-1", { engine: sourceProps.engine ?? "mysql", ...replicaProps }).replicate("db", `r-${i}`);
  return b;
}

const replicaIds = (count: number) => Array.from({ length: count }, (_, i) => `r-${i + 1}`);

/** A SQL Server or Db2 source in us-east-1 with one replica in eu-west-1. */
function crossRegion(engine: string) {
  return replicated(0, { engine })
    .region("r2", { regionCode: "eu-west-1" })
    .vpc("vpc-2", "r2", { cidrBlock: "10.1.0.0/16" })
    .az("az-b", "vpc-2", { zoneName: "eu-west-1a" })
    .subnet("s-2", "az-b", { cidrBlock: "10.1.1.0/24" })
    .rds("far", "s-2", { engine })
    .replicate("db", "far");
}

testRule(rule, {
  valid: [
    { name: "a DB instance without replicas, backups off", diagram: replicated(0, { backupRetentionPeriod: 0 }).diagram() },
    { name: "15 MySQL replicas, the limit (the notes' 5 is outdated)", diagram: replicated(15).diagram() },
    { name: "15 PostgreSQL replicas", diagram: replicated(15, { engine: "postgres" }).diagram() },
    { name: "5 Oracle replicas", diagram: replicated(5, { engine: "oracle-ee" }).diagram() },
    { name: "3 Db2 replicas", diagram: replicated(3, { engine: "db2-se" }).diagram() },
    { name: "a cross-Region MySQL replica", diagram: crossRegion("mysql").diagram() },
    { name: "an Oracle replica of the CDB variant is the same engine", diagram: replicated(1, { engine: "oracle-ee" }, { engine: "oracle-ee-cdb" }).diagram() },
  ],
  invalid: [
    {
      name: "16 MySQL replicas",
      diagram: replicated(16).diagram(),
      expect: [{ messageId: "tooMany", message: "DB instance db (MySQL) has 16 read replicas; MySQL allows at most 15", nodeIds: ["db", ...replicaIds(16)] }],
    },
    {
      name: "6 SQL Server replicas",
      diagram: replicated(6, { engine: "sqlserver-ee" }).diagram(),
      expect: [{ messageId: "tooMany", message: "SQL Server allows at most 5", nodeIds: ["db", ...replicaIds(6)] }],
    },
    {
      name: "4 Db2 replicas",
      diagram: replicated(4, { engine: "db2-ae" }).diagram(),
      expect: [{ messageId: "tooMany", message: "Db2 allows at most 3", nodeIds: ["db", ...replicaIds(4)] }],
    },
    {
      name: "a source with backups off: keep them for a day",
      diagram: replicated(1, { backupRetentionPeriod: 0 }).diagram(),
      expect: [{ messageId: "noBackups", message: "DB instance db has read replicas but its backup retention period is 0", nodeIds: ["db"], fixes: ["Keep automated backups for 1 day"] }],
    },
    {
      name: "a SQL Server replica in another Region",
      diagram: crossRegion("sqlserver-se").diagram(),
      expect: [{ messageId: "crossRegion", message: "Read replica far is in eu-west-1 but its source db (SQL Server) is in us-east-1", nodeIds: ["far", "db"] }],
    },
    {
      name: "a Db2 replica in another Region",
      diagram: crossRegion("db2-se").diagram(),
      expect: [{ messageId: "crossRegion", message: "Db2 has no cross-Region read replicas", nodeIds: ["far", "db"] }],
    },
    {
      name: "a PostgreSQL replica of a MySQL source",
      diagram: replicated(1, {}, { engine: "postgres" }).diagram(),
      expect: [{ messageId: "engineMismatch", message: "Read replica r-1 runs PostgreSQL but its source db runs MySQL", nodeIds: ["r-1", "db"], fixes: ["Set the replica's engine to mysql"] }],
    },
  ],
});
