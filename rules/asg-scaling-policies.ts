import { defineRule } from "../lib/engine/types";
import type { DiagramIndex } from "../lib/diagram/graph";
import type { DiagramNode } from "../lib/diagram/types";

interface ScalingPolicy {
  type: string;
  metric?: string;
  cooldown?: number;
}

export default defineRule({
  meta: {
    id: "asg-scaling-policies",
    severity: "error",
    category: "compute",
    title: { en: "Scaling policies: cooldowns for simple scaling, ALB request count behind an ALB", ko: "조정 정책: 휴지 기간은 단순 조정에, ALB 요청 수는 ALB 뒤에서" },
    explanation: {
      en: "The notes say every scaling activity is followed by a cooldown, 300 seconds by default. AWS documents that cooldowns apply only to simple scaling policies (the policy's own cooldown, else the group's default cooldown); step scaling and target tracking ignore them and wait for new instances to warm up instead. Target tracking can follow average CPU utilization, network in or out, or ALB request count per target; the last one names an Application Load Balancer target group as its resource label, so the group must be registered in a target group that an ALB forwards to.",
      ko: "노트는 모든 조정 활동 뒤에 휴지 기간(기본 300초)이 따른다고 합니다. AWS 문서에 따르면 휴지 기간은 단순 조정 정책에만 적용되며(정책 자체의 휴지 기간, 없으면 그룹의 기본 휴지 기간), 단계 조정과 대상 추적은 이를 무시하고 새 인스턴스의 워밍업을 기다립니다. 대상 추적은 평균 CPU 사용률, 네트워크 입력·출력, 또는 대상당 ALB 요청 수를 따를 수 있는데, 마지막 것은 리소스 레이블로 애플리케이션 로드 밸런서 대상 그룹을 지정하므로 그룹이 ALB가 전달하는 대상 그룹에 등록되어 있어야 합니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-scaling-cooldowns.html",
    notesSection: "ASG",
    facts: ["asg_default_cooldown", "asg_target_tracking_metrics"],
    messages: {
      cooldownIgnored: {
        en: "Auto Scaling group {group} has a {type} policy with a {cooldown}-second cooldown; cooldowns apply only to simple scaling, so it is ignored (instance warm-up applies instead).",
        ko: "Auto Scaling 그룹 {group}의 {type} 정책에 휴지 기간 {cooldown}초가 있습니다. 휴지 기간은 단순 조정에만 적용되므로 무시됩니다 (대신 인스턴스 워밍업이 적용됩니다).",
      },
      requestCountWithoutAlb: {
        en: "Auto Scaling group {group} tracks ALBRequestCountPerTarget but is not drawn registered in a target group behind an Application Load Balancer; the metric needs that target group as its resource label.",
        ko: "Auto Scaling 그룹 {group}이(가) ALBRequestCountPerTarget을 추적하지만 애플리케이션 로드 밸런서 뒤의 대상 그룹에 등록된 것으로 그려져 있지 않습니다. 이 지표는 그 대상 그룹을 리소스 레이블로 필요로 합니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.auto-scaling-group"(group) {
        const policies = (Array.isArray(group.props.scalingPolicies) ? group.props.scalingPolicies : []) as ScalingPolicy[];
        const label = index.label(group.id);
        policies.forEach((policy, i) => {
          if (policy.type === "SimpleScaling" || typeof policy.cooldown !== "number") return;
          const { cooldown: _, ...without } = policy;
          context.report({
            messageId: "cooldownIgnored",
            nodeIds: [group.id],
            data: { group: label, type: policy.type, cooldown: policy.cooldown },
            severity: "warning",
            fixes: [
              {
                title: { en: `Remove the ${policy.type} policy's cooldown`, ko: `${policy.type} 정책의 휴지 기간 제거` },
                ops: [{ op: "updateNode", id: group.id, props: { scalingPolicies: policies.map((p, j) => (j === i ? without : p)) } }],
              },
            ],
          });
        });
        const tracksRequests = policies.some((p) => p.type === "TargetTrackingScaling" && p.metric === "ALBRequestCountPerTarget");
        if (tracksRequests && !behindAlb(index, group)) {
          context.report({ messageId: "requestCountWithoutAlb", nodeIds: [group.id], data: { group: label }, severity: "warning" });
        }
      },
    };
  },
});

/** Whether the group is registered in a target group that an Application Load Balancer listener forwards to. */
function behindAlb(index: DiagramIndex, group: DiagramNode): boolean {
  return index
    .edgesTo(group.id, "target-registration")
    .some((registration) => index.edgesTo(registration.source, "listener").some((listener) => index.node(listener.source)?.kind === "aws.alb"));
}
