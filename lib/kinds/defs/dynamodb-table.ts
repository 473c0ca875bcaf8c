import { z } from "zod";
import { defineKind } from "../types";

export const dynamodbTable = defineKind({
  id: "aws.dynamodb-table",
  name: { en: "DynamoDB table", ko: "DynamoDB 테이블" },
  summary: {
    en: "A serverless key-value table in one Region, replicated across its AZs. A VPC reaches it through the internet or a VPC endpoint.",
    ko: "한 리전 안의 서버리스 키-값 테이블로, 가용 영역들에 자동 복제됩니다. VPC에서는 인터넷이나 VPC 엔드포인트를 거쳐 접근합니다.",
  },
  category: "database",
  container: false,
  // Global table replicas are `replication` edges, one table per Region.
  parents: ["aws.region", "root"],
  props: z.object({
    // On-demand is AWS's recommended default; CloudFormation's own default is PROVISIONED, so export writes it.
    billingMode: z.enum(["PAY_PER_REQUEST", "PROVISIONED"]).default("PAY_PER_REQUEST"),
    // PROVISIONED only.
    readCapacityUnits: z.number().int().positive().optional(),
    writeCapacityUnits: z.number().int().positive().optional(),
    partitionKey: z.string().min(1).default("pk"),
    sortKey: z.string().min(1).optional(),
    localSecondaryIndexes: z.number().int().min(0).default(0),
    globalSecondaryIndexes: z.number().int().min(0).default(0),
    streamEnabled: z.boolean().default(false),
    // Standard-IA lowers storage cost for rarely read data; CloudFormation's TableClass.
    tableClass: z.enum(["STANDARD", "STANDARD_INFREQUENT_ACCESS"]).default("STANDARD"),
  }),
  cfnType: "AWS::DynamoDB::Table",
  icon: "ArchitectureServiceAmazonDynamoDB",
  size: { w: 72, h: 72 },
  labelPrefix: "ddb",
});
