import { z } from "zod";
import { defineKind } from "../types";
import { regionCode } from "../schemas";

export const apiGateway = defineKind({
  id: "aws.api-gateway",
  name: { en: "API Gateway", ko: "API 게이트웨이" },
  summary: {
    en: "A managed API in front of Lambda functions and HTTP backends: a REST, HTTP or WebSocket API. A private REST API is reached only through an execute-api VPC endpoint.",
    ko: "Lambda 함수와 HTTP 백엔드 앞에 두는 관리형 API로, REST, HTTP 또는 WebSocket API입니다. 프라이빗 REST API는 execute-api VPC 엔드포인트로만 접근합니다.",
  },
  category: "integration",
  container: false,
  parents: ["aws.region", "root"],
  props: z.object({
    apiType: z.enum(["REST", "HTTP", "WEBSOCKET"]).default("REST"),
    // AWS's own default for a REST API is EDGE, so export writes it. HTTP APIs are Regional only.
    endpointType: z.enum(["EDGE", "REGIONAL", "PRIVATE"]).default("REGIONAL"),
    // Stage cache, REST APIs only.
    cacheEnabled: z.boolean().default(false),
    // Unset: 300 s; 0 turns caching off.
    cacheTtlSeconds: z.number().int().min(0).optional(),
    // GB, as CloudFormation's CacheClusterSize strings.
    cacheSizeGb: z.enum(["0.5", "1.6", "6.1", "13.5", "28.4", "58.2", "118", "237"]).optional(),
    // Milliseconds; the longest integration timeout of the API. Unset: the default (29,000 for REST, 30,000 for HTTP).
    integrationTimeoutMs: z.number().int().positive().optional(),
    // Where the ACM certificate of the API's custom domain name was issued. Unset: no custom domain.
    customDomainCertificateRegion: regionCode.optional(),
  }),
  // REST APIs; HTTP and WebSocket APIs map to AWS::ApiGatewayV2::Api.
  cfnType: "AWS::ApiGateway::RestApi",
  icon: "ArchitectureServiceAmazonAPIGateway",
  size: { w: 72, h: 72 },
  labelPrefix: "api",
});
