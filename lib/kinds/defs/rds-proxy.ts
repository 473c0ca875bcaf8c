import { z } from "zod";
import { defineKind } from "../types";

export const rdsProxy = defineKind({
  id: "aws.rds-proxy",
  name: { en: "RDS Proxy", ko: "RDS 프록시" },
  summary: {
    en: "A connection pool in front of one RDS DB instance or Aurora cluster, in the database's VPC and never publicly accessible.",
    ko: "RDS DB 인스턴스나 Aurora 클러스터 하나 앞에 두는 연결 풀로, 데이터베이스와 같은 VPC에 있고 퍼블릭으로 접근할 수 없습니다.",
  },
  category: "database",
  container: false,
  // Its other subnets are placement edges; its database is a `proxy-target` edge.
  parents: ["aws.subnet", "aws.vpc"],
  props: z.object({
    // CloudFormation's EngineFamily: MariaDB and Aurora MySQL use MYSQL, Aurora PostgreSQL uses POSTGRESQL.
    engineFamily: z.enum(["MYSQL", "POSTGRESQL", "SQLSERVER"]).default("MYSQL"),
  }),
  cfnType: "AWS::RDS::DBProxy",
  icon: "ResourceAmazonRDSProxyInstance",
  size: { w: 72, h: 72 },
  labelPrefix: "proxy",
});
