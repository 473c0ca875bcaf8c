import { z } from "zod";
import { defineKind } from "../types";
import { ALLOW_ALL_EGRESS, securityGroupEgressRule, securityGroupIngressRule } from "../schemas";

export const securityGroup = defineKind({
  id: "aws.security-group",
  name: { en: "Security group", ko: "보안 그룹" },
  summary: {
    en: "A stateful firewall on network interfaces, with allow rules only. A new group allows no inbound traffic and all outbound traffic.",
    ko: "네트워크 인터페이스에 붙는 상태 저장 방화벽으로, 허용 규칙만 있습니다. 새 보안 그룹은 인바운드를 모두 막고 아웃바운드를 모두 허용합니다.",
  },
  category: "security",
  container: false,
  // Members are `membership` edges; a group is valid only in its own VPC.
  parents: ["aws.vpc"],
  props: z.object({
    description: z.string().default(""),
    ingress: z.array(securityGroupIngressRule).default(() => []),
    // AWS adds this allow-all outbound rule to every group you create (and ::/0 too in an IPv6 VPC).
    egress: z.array(securityGroupEgressRule).default(() => [{ ...ALLOW_ALL_EGRESS }]),
  }),
  cfnType: "AWS::EC2::SecurityGroup",
  // The AWS set has a security-group box but no resource icon for one.
  icon: "ResourceFirewall",
  size: { w: 72, h: 72 },
  labelPrefix: "sg",
});
