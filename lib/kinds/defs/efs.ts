import { z } from "zod";
import { defineKind } from "../types";

/** The ages a lifecycle policy accepts (EFS API LifecyclePolicy). */
const lifecycleAge = z.enum(["AFTER_1_DAY", "AFTER_7_DAYS", "AFTER_14_DAYS", "AFTER_30_DAYS", "AFTER_60_DAYS", "AFTER_90_DAYS", "AFTER_180_DAYS", "AFTER_270_DAYS", "AFTER_365_DAYS"]);

export const efs = defineKind({
  id: "aws.efs",
  name: { en: "EFS file system", ko: "EFS 파일 시스템" },
  summary: {
    en: "A shared NFS file system for Linux clients, reached through one mount target per AZ on port 2049.",
    ko: "Linux 클라이언트가 함께 쓰는 NFS 파일 시스템으로, 가용 영역마다 하나인 탑재 대상을 통해 포트 2049로 접근합니다.",
  },
  category: "storage",
  container: false,
  // Mount targets are `placement` edges to subnets.
  parents: ["aws.vpc", "aws.region"],
  props: z.object({
    performanceMode: z.enum(["generalPurpose", "maxIO"]).default("generalPurpose"),
    // bursting is the API's and CloudFormation's default; AWS recommends elastic.
    throughputMode: z.enum(["bursting", "provisioned", "elastic"]).default("bursting"),
    encrypted: z.boolean().default(false),
    // One Zone storage: a single mount target in one AZ, and no Max I/O.
    oneZone: z.boolean().default(false),
    // Lifecycle management: days since last access before files move to Infrequent Access or Archive; unset: never.
    transitionToIa: lifecycleAge.optional(),
    transitionToArchive: lifecycleAge.optional(),
  }),
  cfnType: "AWS::EFS::FileSystem",
  icon: "ArchitectureServiceAmazonEFS",
  size: { w: 72, h: 72 },
  labelPrefix: "efs",
});
