import { z } from "zod";
import { defineKind } from "../types";

export const s3Bucket = defineKind({
  id: "aws.s3-bucket",
  name: { en: "S3 bucket", ko: "S3 버킷" },
  summary: {
    en: "Object storage in one Region, private by default. A VPC reaches it through the internet or a VPC endpoint.",
    ko: "한 리전 안의 객체 스토리지로, 기본적으로 비공개입니다. VPC에서는 인터넷이나 VPC 엔드포인트를 거쳐 접근합니다.",
  },
  category: "storage",
  container: false,
  parents: ["aws.region", "root"],
  props: z.object({
    // Empty: not set, CloudFormation generates one. Naming rules are checked by a rule, not here.
    bucketName: z.string().default(""),
    versioning: z.boolean().default(false),
    websiteHosting: z.boolean().default(false),
    // On by default for new buckets since April 2023.
    blockPublicAccess: z.boolean().default(true),
    // S3 Transfer Acceleration (edge-optimized uploads); needs a bucket name without periods.
    transferAcceleration: z.boolean().default(false),
  }),
  cfnType: "AWS::S3::Bucket",
  icon: "ArchitectureServiceAmazonSimpleStorageService",
  size: { w: 72, h: 72 },
  labelPrefix: "bucket",
});
