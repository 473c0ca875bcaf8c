import { z } from "zod";
import { defineKind } from "../types";
import { networkAclEntry } from "../schemas";

export const networkAcl = defineKind({
  id: "aws.network-acl",
  name: { en: "Network ACL", ko: "네트워크 ACL" },
  summary: {
    en: "A stateless subnet firewall with numbered allow and deny rules, lowest number first. A custom ACL denies all traffic until rules are added; the VPC's default ACL allows all.",
    ko: "번호가 낮은 규칙부터 평가하는 허용·거부 규칙으로 서브넷을 지키는 상태 비저장 방화벽입니다. 사용자 지정 ACL은 규칙을 추가하기 전까지 모든 트래픽을 거부하고, VPC의 기본 ACL은 모두 허용합니다.",
  },
  category: "security",
  container: false,
  // Subnets are `association` edges; a subnet with none uses the VPC's default ACL.
  parents: ["aws.vpc"],
  props: z.object({
    // The default ACL's entries are drawn as rule 100 allow-all each way (DEFAULT_NACL_ALLOW_ALL).
    isDefault: z.boolean().default(false),
    // Empty means only the implicit final `*` deny: nothing passes.
    inbound: z.array(networkAclEntry).default(() => []),
    outbound: z.array(networkAclEntry).default(() => []),
  }),
  cfnType: "AWS::EC2::NetworkAcl",
  icon: "ResourceAmazonVPCNetworkAccessControlList",
  size: { w: 72, h: 72 },
  labelPrefix: "acl",
});
