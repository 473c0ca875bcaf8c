import { z } from "zod";
import { defineKind } from "../types";

export const auroraCluster = defineKind({
  id: "aws.aurora-cluster",
  name: { en: "Aurora DB cluster", ko: "Aurora DB 클러스터" },
  summary: {
    en: "A writer and up to 15 Aurora Replicas over one cluster volume that keeps six copies across three AZs.",
    ko: "라이터 하나와 최대 15개의 Aurora 복제본이 세 가용 영역에 여섯 벌로 저장되는 클러스터 볼륨 하나를 함께 씁니다.",
  },
  category: "database",
  container: false,
  // The subnet group's subnets are placement edges.
  parents: ["aws.vpc", "aws.subnet"],
  props: z.object({
    engine: z.enum(["aurora-mysql", "aurora-postgresql"]).default("aurora-mysql"),
    // Aurora Replicas (readers) in the cluster, besides the writer.
    replicaCount: z.number().int().min(0).default(1),
    serverless: z.boolean().default(false),
    globalDatabase: z.boolean().default(false),
  }),
  cfnType: "AWS::RDS::DBCluster",
  icon: "ArchitectureServiceAmazonAurora",
  size: { w: 72, h: 72 },
  labelPrefix: "aurora",
});
