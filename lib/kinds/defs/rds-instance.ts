import { z } from "zod";
import { defineKind } from "../types";

export const rdsInstance = defineKind({
  id: "aws.rds-instance",
  name: { en: "RDS DB instance", ko: "RDS DB 인스턴스" },
  summary: {
    en: "A managed relational database. Its subnet group needs subnets in at least two AZs, even for a Single-AZ instance.",
    ko: "관리형 관계형 데이터베이스입니다. 단일 AZ 인스턴스라도 DB 서브넷 그룹에 두 개 이상의 가용 영역 서브넷이 있어야 합니다.",
  },
  category: "database",
  container: false,
  // The subnet group's other subnets are placement edges. Read replicas are `replication` edges, not a property.
  parents: ["aws.subnet", "aws.vpc"],
  props: z.object({
    engine: z
      .enum([
        "mysql",
        "mariadb",
        "postgres",
        "oracle-ee",
        "oracle-ee-cdb",
        "oracle-se2",
        "oracle-se2-cdb",
        "sqlserver-ee",
        "sqlserver-se",
        "sqlserver-ex",
        "sqlserver-web",
        "db2-se",
        "db2-ae",
      ])
      .default("mysql"),
    instanceClass: z
      .string()
      .regex(/^db\.[a-z0-9-]+\.[a-z0-9]+$/, "a DB instance class such as db.t3.micro")
      .default("db.t3.micro"),
    multiAz: z.boolean().default(false),
    publiclyAccessible: z.boolean().default(false),
    // GiB.
    allocatedStorage: z.number().int().positive().default(20),
    // Unset: the engine's default port (3306, 5432, 1521, 1433…).
    port: z.number().int().min(0).max(65535).optional(),
    // Days of automated backups; 0 turns them off, and a source of read replicas needs them on.
    backupRetentionPeriod: z.number().int().min(0).default(1),
  }),
  cfnType: "AWS::RDS::DBInstance",
  icon: "ArchitectureServiceAmazonRDS",
  size: { w: 72, h: 72 },
  labelPrefix: "db",
});
