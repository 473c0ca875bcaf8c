import { build } from "../diagram/builder";
import type { Template } from "./types";

const FAILOVER = { name: "app.example.com", zoneName: "example.com", recordType: "A", routingPolicy: "failover", alias: true };

export const route53Failover: Template = {
  id: "route53-failover",
  name: { en: "Route 53 failover", ko: "Route 53 장애 조치" },
  description: {
    en: "Active-passive DNS failover across two Regions: the primary record answers with the load balancer in us-east-1 while its health check passes; when the check fails, Route 53 answers with the secondary record, the load balancer in us-west-2.",
    ko: "두 리전에 걸친 액티브-패시브 DNS 장애 조치입니다. 상태 확인이 통과하는 동안 기본 레코드가 us-east-1의 로드 밸런서로 응답하고, 확인이 실패하면 Route 53이 보조 레코드인 us-west-2의 로드 밸런서로 응답합니다.",
  },
  teaches: null,
  findings: [],
  build: () => {
    const b = build("Route 53 failover")
      .record("primary", { ...FAILOVER, failoverRole: "PRIMARY", setIdentifier: "primary" })
      .record("secondary", { ...FAILOVER, failoverRole: "SECONDARY", setIdentifier: "secondary" })
      .node("aws.route53-health-check", "check", null, { type: "HTTPS", port: 443, resourcePath: "/health" })
      .label("check", "primary-health")
      .edge("health-check", "primary", "check");
    for (const [side, code, block] of [
      ["east", "us-east-1", 0],
      ["west", "us-west-2", 1],
    ] as const) {
      b.region(`region-${side}`, { regionCode: code })
        .label(`region-${side}`, code)
        .vpc(`vpc-${side}`, `region-${side}`, { cidrBlock: `10.${block}.0.0/16` })
        .igw(`igw-${side}`, `vpc-${side}`)
        .routeTable(`rtb-${side}`, `vpc-${side}`)
        .az(`az-${side}-a`, `vpc-${side}`, { zoneName: `${code}a` })
        .az(`az-${side}-b`, `vpc-${side}`, { zoneName: `${code}b` })
        .subnet(`public-${side}-a`, `az-${side}-a`, { cidrBlock: `10.${block}.0.0/24` })
        .subnet(`public-${side}-b`, `az-${side}-b`, { cidrBlock: `10.${block}.1.0/24` })
        .alb(`alb-${side}`, `public-${side}-a`)
        .place(`alb-${side}`, `public-${side}-b`)
        .route(`rtb-${side}`, `igw-${side}`)
        .associate(`rtb-${side}`, `public-${side}-a`)
        .associate(`rtb-${side}`, `public-${side}-b`);
    }
    return b.edge("alias", "primary", "alb-east").edge("alias", "secondary", "alb-west").diagram();
  },
};
