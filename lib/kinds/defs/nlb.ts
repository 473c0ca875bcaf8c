import { z } from "zod";
import { defineKind } from "../types";

export const nlb = defineKind({
  id: "aws.nlb",
  name: { en: "Network Load Balancer", ko: "네트워크 로드 밸런서" },
  summary: {
    en: "A layer-4 load balancer for TCP, UDP and TLS with one static IP per AZ. It takes security groups only if given one at creation.",
    ko: "가용 영역마다 고정 IP를 하나씩 갖는 TCP·UDP·TLS용 4계층 로드 밸런서입니다. 생성할 때 보안 그룹을 지정한 경우에만 보안 그룹을 쓸 수 있습니다.",
  },
  category: "network",
  container: false,
  parents: ["aws.vpc", "aws.subnet"],
  props: z.object({
    scheme: z.enum(["internet-facing", "internal"]).default("internet-facing"),
    ipAddressType: z.enum(["ipv4", "dualstack"]).default("ipv4"),
  }),
  // Same CloudFormation type as ALB and GWLB; its `Type` property is `network`.
  cfnType: "AWS::ElasticLoadBalancingV2::LoadBalancer",
  icon: "ResourceElasticLoadBalancingNetworkLoadBalancer",
  size: { w: 72, h: 72 },
  labelPrefix: "nlb",
});
