import { build } from "../diagram/builder";
import type { Template } from "./types";

export const serverlessApi: Template = {
  id: "serverless-api",
  name: { en: "Serverless API", ko: "서버리스 API" },
  description: {
    en: "API Gateway invokes a Lambda function that reads and writes a DynamoDB table. No VPC: AWS runs and scales every piece, and the function reaches DynamoDB over AWS's own network.",
    ko: "API Gateway가 Lambda 함수를 호출하고, 함수가 DynamoDB 테이블을 읽고 씁니다. VPC가 없어 모든 구성 요소를 AWS가 운영하고 확장하며, 함수는 AWS 네트워크로 DynamoDB에 접근합니다.",
  },
  teaches: null,
  findings: [],
  build: () =>
    build("Serverless API")
      .node("ext.internet", "clients", null)
      .label("clients", "Clients")
      .region("region", { regionCode: "us-east-1" })
      .label("region", "us-east-1")
      .node("aws.api-gateway", "api", "region", { apiType: "HTTP", endpointType: "REGIONAL" })
      .label("api", "orders-api")
      .lambda("fn", "region", { runtime: "nodejs22.x", memorySize: 512, timeout: 10 })
      .label("fn", "orders-handler")
      .node("aws.dynamodb-table", "table", "region", { partitionKey: "orderId" })
      .label("table", "orders")
      .edge("connection", "clients", "api", { port: 443 })
      .edge("invocation", "api", "fn")
      .edge("connection", "fn", "table", { port: 443 })
      .diagram(),
};
