import { defineRule } from "../lib/engine/types";
import { parseIpBlock } from "../lib/network/cidr";

const RULES_PER_DIRECTION = 60;
const GROUPS_PER_INTERFACE = 5;
/** The most groups per interface a quota increase allows. */
const GROUPS_PER_INTERFACE_MAX = 16;

export default defineRule({
  meta: {
    id: "security-group-quotas",
    severity: "warning",
    category: "security",
    scope: "component",
    title: { en: "Security group rule and membership quotas", ko: "보안 그룹 규칙·소속 할당량" },
    explanation: {
      en: "By default a security group holds 60 inbound and 60 outbound rules, counted separately for IPv4 and IPv6, and a network interface can be in 5 security groups (adjustable up to 16, as long as rules per group × groups per interface stays at or below 1,000). Past a default quota the resource cannot be created until the quota is raised. The notes do not cover these quotas.",
      ko: "보안 그룹은 기본적으로 인바운드 규칙 60개와 아웃바운드 규칙 60개를 가지며 IPv4와 IPv6를 따로 셉니다. 네트워크 인터페이스 하나는 보안 그룹 5개에 속할 수 있습니다(최대 16개까지 늘릴 수 있으며, 그룹당 규칙 수 × 인터페이스당 그룹 수가 1,000 이하여야 함). 기본 할당량을 넘으면 할당량을 늘리기 전까지 리소스를 만들 수 없습니다. 노트에는 이 할당량이 없습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html",
    facts: ["sg_quotas"],
    messages: {
      tooManyRules: {
        en: "Security group {group} has {count} {direction} {family} rules; the default quota is 60 per direction, so request an increase first.",
        ko: "보안 그룹 {group}에 {direction} {family} 규칙이 {count}개 있습니다. 기본 할당량은 방향마다 60개이므로 먼저 할당량 증가를 요청하세요.",
      },
      tooManyGroups: {
        en: "{resource} is in {count} security groups; the default is 5 per network interface, so request an increase first.",
        ko: "{resource}이(가) 보안 그룹 {count}개에 속해 있습니다. 기본값은 네트워크 인터페이스당 5개이므로 먼저 할당량 증가를 요청하세요.",
      },
      overMaximum: {
        en: "{resource} is in {count} security groups; a network interface can be in at most 16.",
        ko: "{resource}이(가) 보안 그룹 {count}개에 속해 있습니다. 네트워크 인터페이스는 최대 16개 그룹에만 속할 수 있습니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.security-group"(group) {
        for (const [direction, key, peerKey] of [["inbound", "ingress", "source"], ["outbound", "egress", "destination"]] as const) {
          const rules = Array.isArray(group.props[key]) ? (group.props[key] as Record<string, unknown>[]) : [];
          // A group or prefix-list reference counts at least once; count it with IPv4 so nothing is overcounted.
          const ipv6 = rules.filter((r) => parseIpBlock(r[peerKey])?.family === 6).length;
          const ipv4 = rules.length - ipv6;
          for (const [family, count] of [["IPv4", ipv4], ["IPv6", ipv6]] as const) {
            if (count <= RULES_PER_DIRECTION) continue;
            context.report({ messageId: "tooManyRules", nodeIds: [group.id], data: { group: index.label(group.id), count, direction, family } });
          }
        }
      },
      diagram() {
        const groupsOf = new Map<string, Set<string>>();
        for (const edge of index.diagram.edges) {
          if (edge.kind !== "membership") continue;
          groupsOf.set(edge.source, (groupsOf.get(edge.source) ?? new Set()).add(edge.target));
        }
        for (const [resource, groups] of groupsOf) {
          if (groups.size <= GROUPS_PER_INTERFACE) continue;
          const over = groups.size > GROUPS_PER_INTERFACE_MAX;
          context.report({
            messageId: over ? "overMaximum" : "tooManyGroups",
            nodeIds: [resource, ...groups],
            data: { resource: index.label(resource), count: groups.size },
            ...(over ? { severity: "error" as const } : {}),
          });
        }
      },
    };
  },
});
