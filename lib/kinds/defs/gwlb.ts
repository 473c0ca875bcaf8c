import { z } from "zod";
import { defineKind } from "../types";

export const gwlb = defineKind({
  id: "aws.gwlb",
  name: { en: "Gateway Load Balancer", ko: "게이트웨이 로드 밸런서" },
  summary: {
    en: "A layer-3 load balancer that sends traffic through virtual appliances (firewalls, inspection) over GENEVE on port 6081.",
    ko: "포트 6081의 GENEVE로 트래픽을 가상 어플라이언스(방화벽, 검사 장비)에 통과시키는 3계층 로드 밸런서입니다.",
  },
  category: "network",
  container: false,
  parents: ["aws.vpc", "aws.subnet"],
  // No scheme: AWS does not let you set one for a Gateway Load Balancer.
  props: z.object({
    ipAddressType: z.enum(["ipv4", "dualstack"]).default("ipv4"),
  }),
  // Same CloudFormation type as ALB and NLB; its `Type` property is `gateway`.
  cfnType: "AWS::ElasticLoadBalancingV2::LoadBalancer",
  icon: "ResourceElasticLoadBalancingGatewayLoadBalancer",
  size: { w: 72, h: 72 },
  labelPrefix: "gwlb",
});
