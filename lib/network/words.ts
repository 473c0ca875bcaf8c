import type { Text } from "../i18n/text";
import type { Status, Via } from "./types";

/** How the analysis's answers read, shared by the CLI's report and the editor's network panel. */
export const STATUS_WORDS: Record<Status, Text> = {
  yes: { en: "yes", ko: "가능" },
  no: { en: "no", ko: "불가" },
  unknown: { en: "unknown", ko: "알 수 없음" },
};

export const VIA_NAMES: Record<Via, Text> = {
  local: { en: "local route", ko: "로컬 경로" },
  peering: { en: "VPC peering", ko: "VPC 피어링" },
  "internet-gateway": { en: "internet gateway", ko: "인터넷 게이트웨이" },
  "nat-gateway": { en: "NAT gateway", ko: "NAT 게이트웨이" },
  "nat-instance": { en: "NAT instance", ko: "NAT 인스턴스" },
  "egress-only-internet-gateway": { en: "egress-only internet gateway", ko: "송신 전용 인터넷 게이트웨이" },
  "gateway-endpoint": { en: "gateway endpoint", ko: "게이트웨이 엔드포인트" },
  "interface-endpoint": { en: "interface endpoint", ko: "인터페이스 엔드포인트" },
  "aws-managed": { en: "AWS-managed network", ko: "AWS 관리형 네트워크" },
  none: { en: "none", ko: "없음" },
};

export const SERVICE_NAMES: Readonly<Record<string, string>> = {
  s3: "S3",
  dynamodb: "DynamoDB",
  sqs: "SQS",
  sns: "SNS",
  "execute-api": "API Gateway",
  lambda: "Lambda",
  "ecr.api": "ECR API",
  "ecr.dkr": "ECR Docker",
  secretsmanager: "Secrets Manager",
  ssm: "Systems Manager",
  ssmmessages: "Systems Manager messages",
  ec2messages: "EC2 messages",
  kms: "KMS",
  sts: "STS",
  logs: "CloudWatch Logs",
  monitoring: "CloudWatch",
  events: "EventBridge",
  "kinesis-streams": "Kinesis Data Streams",
  states: "Step Functions",
  ec2: "EC2 API",
  elasticloadbalancing: "Elastic Load Balancing",
};

export function serviceName(service: string): string {
  return SERVICE_NAMES[service] ?? service;
}
