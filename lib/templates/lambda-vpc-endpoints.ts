import { build } from "../diagram/builder";
import type { Template } from "./types";

export const lambdaVpcEndpoints: Template = {
  id: "lambda-vpc-endpoints",
  name: { en: "Lambda with VPC endpoints only", ko: "VPC 엔드포인트만 쓰는 Lambda" },
  description: {
    en: "A function in private subnets that reaches AWS services without any internet path: an S3 gateway endpoint (a route to S3's prefix list in the route table) and an SQS interface endpoint (network interfaces with private DNS in both subnets). No NAT gateway, no internet gateway, nothing to pay per gigabyte for NAT.",
    ko: "인터넷 경로 없이 AWS 서비스에 접근하는 프라이빗 서브넷의 함수입니다. S3 게이트웨이 엔드포인트(라우팅 테이블에 S3 접두사 목록으로 가는 경로)와 SQS 인터페이스 엔드포인트(두 서브넷에 프라이빗 DNS를 가진 네트워크 인터페이스)를 씁니다. NAT 게이트웨이도 인터넷 게이트웨이도 없어 NAT 데이터 처리 요금이 들지 않습니다.",
  },
  teaches: null,
  findings: [],
  build: () =>
    build("Lambda with VPC endpoints only")
      .region("region", { regionCode: "us-east-1" })
      .label("region", "us-east-1")
      .vpc("vpc", "region", { cidrBlock: "10.0.0.0/16", enableDnsHostnames: true })
      .label("vpc", "isolated-vpc")
      .routeTable("rtb-private", "vpc")
      .node("aws.security-group", "sg-fn", "vpc", { description: "Function" })
      .node("aws.security-group", "sg-endpoint", "vpc", {
        description: "Interface endpoint: HTTPS from the VPC",
        ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, source: "10.0.0.0/16" }],
      })
      .endpoint("s3-endpoint", "vpc", { endpointType: "Gateway", serviceName: "s3" })
      .az("az-a", "vpc", { zoneName: "us-east-1a" })
      .az("az-b", "vpc", { zoneName: "us-east-1b" })
      .subnet("private-a", "az-a", { cidrBlock: "10.0.10.0/24" })
      .subnet("private-b", "az-b", { cidrBlock: "10.0.11.0/24" })
      .lambda("fn", "private-a", { timeout: 30 })
      .label("fn", "processor")
      .place("fn", "private-b")
      .endpoint("sqs-endpoint", "private-a", { endpointType: "Interface", serviceName: "sqs", privateDnsEnabled: true })
      .place("sqs-endpoint", "private-b")
      .edge("membership", "fn", "sg-fn")
      .edge("membership", "sqs-endpoint", "sg-endpoint")
      .route("rtb-private", "s3-endpoint", "pl-63a5400a")
      .associate("rtb-private", "private-a")
      .associate("rtb-private", "private-b")
      .bucket("bucket", "region", { bucketName: "archlint-example-data" })
      .label("bucket", "data")
      .queue("queue", "region", { receiveMessageWaitTimeSeconds: 20 })
      .label("queue", "jobs")
      .edge("connection", "fn", "bucket", { port: 443 })
      .edge("connection", "fn", "queue", { port: 443 })
      .diagram(),
};
