import { defineRule } from "../lib/engine/types";

const MIN_RULE = 1;
const MAX_RULE = 32766;
const RULES_PER_DIRECTION = 20;
const RULES_PER_DIRECTION_MAX = 40;

export default defineRule({
  meta: {
    id: "network-acl-entries",
    severity: "error",
    category: "security",
    scope: "component",
    title: { en: "Network ACL rule numbers and rule count", ko: "네트워크 ACL 규칙 번호와 개수" },
    explanation: {
      en: "Network ACL rules are numbered 1 to 32766 and evaluated lowest number first; the first match wins, and an implicit final `*` rule denies the rest, so two rules of one direction cannot share a number. An ACL holds 20 rules per direction by default (adjustable up to 40). The notes say only that the default ACL allows everything and that ACLs have allow and deny rules; AWS adds that a custom ACL denies all traffic until rules are added and that ACLs are stateless, so return traffic on ephemeral ports must be allowed too.",
      ko: "네트워크 ACL 규칙 번호는 1~32766이며 번호가 낮은 규칙부터 평가합니다. 처음 일치하는 규칙이 적용되고 마지막의 암묵적 `*` 규칙이 나머지를 거부하므로, 같은 방향의 두 규칙이 번호를 공유할 수 없습니다. ACL은 기본적으로 방향마다 규칙 20개를 가집니다(최대 40개까지 늘릴 수 있음). 노트는 기본 ACL이 모두 허용하고 ACL에 허용·거부 규칙이 있다는 것만 말하지만, AWS 문서에 따르면 사용자 지정 ACL은 규칙을 추가하기 전까지 모든 트래픽을 거부하고, ACL은 상태 비저장이어서 임시 포트의 응답 트래픽도 허용해야 합니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html",
    notesSection: "VPC › NACL",
    facts: ["nacl_rules"],
    messages: {
      ruleNumber: {
        en: "Network ACL {acl} has {direction} rule number {number}; rule numbers run from 1 to 32766.",
        ko: "네트워크 ACL {acl}의 {direction} 규칙 번호가 {number}입니다. 규칙 번호는 1~32766입니다.",
      },
      duplicate: {
        en: "Network ACL {acl} has {count} {direction} rules numbered {number}; each rule of a direction needs its own number.",
        ko: "네트워크 ACL {acl}에 번호가 {number}인 {direction} 규칙이 {count}개 있습니다. 한 방향의 규칙마다 번호가 달라야 합니다.",
      },
      tooMany: {
        en: "Network ACL {acl} has {count} {direction} rules; the default quota is 20 per direction, so request an increase first.",
        ko: "네트워크 ACL {acl}에 {direction} 규칙이 {count}개 있습니다. 기본 할당량은 방향마다 20개이므로 먼저 할당량 증가를 요청하세요.",
      },
      overMaximum: {
        en: "Network ACL {acl} has {count} {direction} rules; an ACL can have at most 40 per direction.",
        ko: "네트워크 ACL {acl}에 {direction} 규칙이 {count}개 있습니다. ACL은 방향마다 최대 40개까지 가질 수 있습니다.",
      },
    },
  },
  create(context) {
    return {
      "aws.network-acl"(acl) {
        const label = context.index.label(acl.id);
        for (const direction of ["inbound", "outbound"] as const) {
          const entries = Array.isArray(acl.props[direction]) ? (acl.props[direction] as Record<string, unknown>[]) : [];
          const seen = new Map<number, number>();
          for (const entry of entries) {
            const number = entry.ruleNumber;
            if (typeof number !== "number") continue;
            seen.set(number, (seen.get(number) ?? 0) + 1);
            if (number >= MIN_RULE && number <= MAX_RULE) continue;
            context.report({ messageId: "ruleNumber", nodeIds: [acl.id], data: { acl: label, direction, number } });
          }
          for (const [number, count] of seen) {
            if (count > 1) context.report({ messageId: "duplicate", nodeIds: [acl.id], data: { acl: label, direction, number, count } });
          }
          if (entries.length > RULES_PER_DIRECTION_MAX) {
            context.report({ messageId: "overMaximum", nodeIds: [acl.id], data: { acl: label, direction, count: entries.length } });
          } else if (entries.length > RULES_PER_DIRECTION) {
            context.report({ messageId: "tooMany", nodeIds: [acl.id], data: { acl: label, direction, count: entries.length }, severity: "warning" });
          }
        }
      },
    };
  },
});
