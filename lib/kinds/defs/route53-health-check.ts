import { z } from "zod";
import { defineKind } from "../types";

export const route53HealthCheck = defineKind({
  id: "aws.route53-health-check",
  name: { en: "Route 53 health check", ko: "Route 53 상태 확인" },
  summary: {
    en: "Probes an endpoint (from the internet, or from a health check source in a VPC), or watches other checks (health-check edges to its children) or a CloudWatch alarm, so DNS answers only with healthy records.",
    ko: "엔드포인트를 (인터넷에서, 또는 VPC 안의 상태 확인 소스에서) 검사하거나 다른 상태 확인(하위 상태 확인으로 가는 상태 확인 연결) 또는 CloudWatch 경보를 지켜보아, DNS가 정상인 레코드로만 응답하게 합니다.",
  },
  category: "edge-and-dns",
  container: false,
  parents: ["root"],
  props: z.object({
    type: z
      .enum(["HTTP", "HTTPS", "HTTP_STR_MATCH", "HTTPS_STR_MATCH", "TCP", "CALCULATED", "CLOUDWATCH_METRIC"])
      .default("HTTP"),
    // Consecutive checks that must pass or fail to change the status.
    failureThreshold: z.number().int().default(3),
    // Seconds between checks: 30 standard, 10 fast. Fixed once created.
    requestInterval: z.literal([10, 30]).default(30),
    port: z.number().int().min(0).max(65535).optional(),
    resourcePath: z.string().optional(),
    // PUBLIC: probed by Route 53's checkers on the internet; PRIVATE: from a health check source in a VPC.
    endpointType: z.enum(["PUBLIC", "PRIVATE"]).default("PUBLIC"),
    // The endpoint an HTTP, HTTPS or TCP check probes: an IP address, a domain name, or both; unset when not known.
    ipAddress: z.string().min(1).optional(),
    fullyQualifiedDomainName: z.string().min(1).optional(),
    // CALCULATED only: how many child checks (health-check edges to them) must be healthy, 0 to 256.
    healthThreshold: z.number().int().optional(),
  }),
  cfnType: "AWS::Route53::HealthCheck",
  // The AWS set has no health-check icon; this is Route 53's check mark.
  icon: "ResourceAmazonRoute53ReadinessChecks",
  size: { w: 72, h: 72 },
  labelPrefix: "hc",
});
