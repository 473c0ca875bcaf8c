import { defineRule, type Fix } from "../lib/engine/types";
import type { DiagramIndex } from "../lib/diagram/graph";
import type { DiagramNode } from "../lib/diagram/types";

/** Which registered kinds each target type takes. An ip target group takes an instance's private IP. */
const ACCEPTS: Record<string, readonly string[]> = {
  instance: ["aws.ec2-instance", "aws.auto-scaling-group"],
  ip: ["aws.ec2-instance", "aws.auto-scaling-group"],
  lambda: ["aws.lambda"],
  alb: ["aws.alb"],
};
/** The target type that fits a registered kind. */
const TYPE_FOR: Record<string, string> = { "aws.ec2-instance": "instance", "aws.auto-scaling-group": "instance", "aws.lambda": "lambda", "aws.alb": "alb" };
const KIND_NAMES: Record<string, { en: string; ko: string }> = {
  "aws.ec2-instance": { en: "EC2 instance", ko: "EC2 인스턴스" },
  "aws.auto-scaling-group": { en: "Auto Scaling group", ko: "Auto Scaling 그룹" },
  "aws.lambda": { en: "Lambda function", ko: "Lambda 함수" },
  "aws.alb": { en: "Application Load Balancer", ko: "애플리케이션 로드 밸런서" },
};

export default defineRule({
  meta: {
    id: "target-group-targets",
    severity: "error",
    category: "network",
    scope: "component",
    title: { en: "Registered targets match the target group's target type", ko: "등록된 대상은 대상 그룹의 대상 유형과 일치" },
    explanation: {
      en: "A target group's target type decides what can be registered in it: instances (and Auto Scaling groups) in an instance group, private IP addresses in an ip group, exactly one Lambda function in a lambda group, and exactly one Application Load Balancer in an alb group, which a Network Load Balancer in the same VPC forwards to. The notes list ALB and NLB targets correctly; AWS adds the one-function and one-ALB limits and the same-VPC requirement.",
      ko: "대상 그룹의 대상 유형이 등록할 수 있는 것을 정합니다. instance 그룹에는 인스턴스(와 Auto Scaling 그룹), ip 그룹에는 프라이빗 IP 주소, lambda 그룹에는 Lambda 함수 정확히 하나, alb 그룹에는 애플리케이션 로드 밸런서 정확히 하나이며, alb 그룹으로는 같은 VPC의 네트워크 로드 밸런서가 전달합니다. 노트는 ALB와 NLB의 대상을 맞게 설명하며, 함수 하나·ALB 하나 제한과 같은 VPC 요건은 AWS 문서에 있습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html",
    notesSection: "ELB",
    facts: ["alb_target_types", "nlb_protocols_targets"],
    messages: {
      wrongKind: {
        en: "Target group {group} has target type {targetType}, which cannot hold {target} ({kindEn}).",
        ko: "대상 그룹 {group}의 대상 유형 {targetType}에는 {target}({kindKo})을(를) 등록할 수 없습니다.",
      },
      moreThanOne: {
        en: "Target group {group} of type {targetType} has {count} targets ({targets}); it holds exactly one.",
        ko: "{targetType} 유형의 대상 그룹 {group}에 대상이 {count}개({targets}) 있습니다. 이 유형은 대상을 정확히 하나만 가집니다.",
      },
      albOtherVpc: {
        en: "Network Load Balancer {nlb} forwards to ALB {alb} in another VPC; an ALB target must be in the NLB's VPC.",
        ko: "네트워크 로드 밸런서 {nlb}이(가) 다른 VPC의 ALB {alb}(으)로 전달합니다. ALB 대상은 NLB와 같은 VPC에 있어야 합니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.target-group"(group) {
        const targetType = String(group.props.targetType);
        const accepted = ACCEPTS[targetType] ?? [];
        const label = index.label(group.id);
        const targets = registered(index, group);
        for (const target of targets) {
          if (accepted.includes(target.kind)) continue;
          const kind = KIND_NAMES[target.kind] ?? { en: target.kind, ko: target.kind };
          context.report({
            messageId: "wrongKind",
            nodeIds: [group.id, target.id],
            data: { group: label, targetType, target: index.label(target.id), kindEn: kind.en, kindKo: kind.ko },
            fixes: retype(group, targets),
          });
        }
        if ((targetType === "lambda" || targetType === "alb") && targets.length > 1) {
          context.report({
            messageId: "moreThanOne",
            nodeIds: [group.id, ...targets.map((t) => t.id)],
            data: { group: label, targetType, count: targets.length, targets: targets.map((t) => index.label(t.id)).join(", ") },
          });
        }
        if (targetType !== "alb") return;
        for (const alb of targets.filter((t) => t.kind === "aws.alb")) {
          const albVpc = index.vpcOf(alb);
          for (const edge of index.edgesTo(group.id, "listener")) {
            const nlb = index.node(edge.source);
            if (nlb?.kind !== "aws.nlb") continue;
            const nlbVpc = index.vpcOf(nlb);
            if (!albVpc || !nlbVpc || albVpc.id === nlbVpc.id) continue;
            context.report({ messageId: "albOtherVpc", nodeIds: [nlb.id, alb.id, group.id], data: { nlb: index.label(nlb.id), alb: index.label(alb.id) } });
          }
        }
      },
    };
  },
});

function registered(index: DiagramIndex, group: DiagramNode): DiagramNode[] {
  const seen = new Set<string>();
  const result: DiagramNode[] = [];
  for (const edge of index.edgesFrom(group.id, "target-registration")) {
    const target = index.node(edge.target);
    if (!target || seen.has(target.id)) continue;
    seen.add(target.id);
    result.push(target);
  }
  return result;
}

/** When every target calls for the same target type, changing the group's type fixes them all. */
function retype(group: DiagramNode, targets: readonly DiagramNode[]): Fix[] {
  const types = new Set(targets.map((t) => TYPE_FOR[t.kind]));
  const [only] = types;
  if (types.size !== 1 || only === undefined) return [];
  const props: Record<string, unknown> = { targetType: only, ...(only === "alb" ? { protocol: "TCP" } : {}) };
  return [{ title: { en: `Change the target type to ${only}`, ko: `대상 유형을 ${only}(으)로 바꾸기` }, ops: [{ op: "updateNode", id: group.id, props }] }];
}
