import { z } from "zod";
import { defineKind } from "../types";

export const targetGroup = defineKind({
  id: "aws.target-group",
  name: { en: "Target group", ko: "대상 그룹" },
  summary: {
    en: "The targets a load balancer listener forwards to (instances, IPs, one Lambda function or one ALB), with their health check.",
    ko: "로드 밸런서 리스너가 트래픽을 전달하는 대상(인스턴스, IP, Lambda 함수 하나 또는 ALB 하나)과 그 상태 확인입니다.",
  },
  category: "network",
  container: false,
  // A lambda target group has no VPC, so it may sit outside one.
  parents: ["aws.vpc", "aws.region", "root"],
  props: z.object({
    targetType: z.enum(["instance", "ip", "lambda", "alb"]).default("instance"),
    // Neither protocol nor port applies to a lambda target group.
    protocol: z.enum(["HTTP", "HTTPS", "TCP", "TLS", "UDP", "TCP_UDP", "GENEVE"]).default("HTTP"),
    port: z.number().int().min(0).max(65535).optional(),
    healthCheckPath: z.string().optional(),
    // Seconds a deregistering target keeps draining in-flight requests (every load balancer type, GWLB too).
    deregistrationDelay: z.number().int().default(300),
    // lb_cookie and app_cookie are ALB's, source_ip NLB's, the source_ip_dest_ip… flow tuples GWLB's.
    stickiness: z.enum(["off", "lb_cookie", "app_cookie", "source_ip", "source_ip_dest_ip", "source_ip_dest_ip_proto"]).default("off"),
    // lb_cookie: seconds requests stick to one target (default one day).
    stickinessDuration: z.number().int().default(86400),
    // app_cookie: the application's own cookie, whose lifetime the stickiness follows.
    appCookieName: z.string().min(1).optional(),
    // load_balancing.cross_zone.enabled; an ALB is always cross-zone unless a target group turns it off.
    crossZone: z.enum(["use_load_balancer_configuration", "true", "false"]).default("use_load_balancer_configuration"),
  }),
  cfnType: "AWS::ElasticLoadBalancingV2::TargetGroup",
  // The AWS set has no target-group icon.
  icon: "ArchitectureServiceElasticLoadBalancing",
  size: { w: 72, h: 72 },
  labelPrefix: "tg",
});
