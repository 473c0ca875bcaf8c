import { z } from "zod";
import { defineKind } from "../types";

export const alb = defineKind({
  id: "aws.alb",
  name: { en: "Application Load Balancer", ko: "애플리케이션 로드 밸런서" },
  summary: {
    en: "A layer-7 load balancer for HTTP and HTTPS that routes on host, path and headers. It needs subnets in at least two AZs.",
    ko: "호스트, 경로, 헤더로 라우팅하는 HTTP·HTTPS용 7계층 로드 밸런서입니다. 두 개 이상의 가용 영역에 서브넷이 있어야 합니다.",
  },
  category: "network",
  container: false,
  // In a subnet it is placed there; its other subnets are placement edges.
  parents: ["aws.vpc", "aws.subnet"],
  props: z.object({
    scheme: z.enum(["internet-facing", "internal"]).default("internet-facing"),
    ipAddressType: z.enum(["ipv4", "dualstack", "dualstack-without-public-ipv4"]).default("ipv4"),
  }),
  // Shared by ALB, NLB and GWLB: the resource's `Type` property (application, network, gateway) tells them apart.
  cfnType: "AWS::ElasticLoadBalancingV2::LoadBalancer",
  icon: "ResourceElasticLoadBalancingApplicationLoadBalancer",
  size: { w: 72, h: 72 },
  labelPrefix: "alb",
});
