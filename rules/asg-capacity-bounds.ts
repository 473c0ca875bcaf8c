import { defineRule } from "../lib/engine/types";

export default defineRule({
  meta: {
    id: "asg-capacity-bounds",
    severity: "error",
    category: "compute",
    scope: "component",
    title: { en: "Auto Scaling group: minimum ≤ desired ≤ maximum", ko: "Auto Scaling 그룹: 최소 ≤ 원하는 용량 ≤ 최대" },
    explanation: {
      en: "An Auto Scaling group keeps its desired capacity between its minimum and maximum size, and scaling never goes beyond them. AWS refuses a group whose minimum is above its maximum or whose desired capacity lies outside the two. The notes say the same.",
      ko: "Auto Scaling 그룹은 원하는 용량을 최소 크기와 최대 크기 사이로 유지하며, 조정도 그 범위를 넘지 않습니다. 최소가 최대보다 크거나 원하는 용량이 그 범위를 벗어난 그룹은 AWS가 거부합니다. 노트의 내용과 같습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/autoscaling/ec2/userguide/asg-capacity-limits.html",
    notesSection: "ASG",
    facts: ["asg_capacity_bounds"],
    messages: {
      minAboveMax: {
        en: "Auto Scaling group {group} has a minimum size of {min} above its maximum size of {max}.",
        ko: "Auto Scaling 그룹 {group}의 최소 크기 {min}이(가) 최대 크기 {max}보다 큽니다.",
      },
      desiredOutside: {
        en: "Auto Scaling group {group} wants {desired} instances, outside its minimum {min} and maximum {max}.",
        ko: "Auto Scaling 그룹 {group}의 원하는 용량 {desired}이(가) 최소 {min}과 최대 {max} 범위를 벗어납니다.",
      },
      negative: {
        en: "Auto Scaling group {group} has a negative size; minimum, maximum and desired capacity are 0 or more.",
        ko: "Auto Scaling 그룹 {group}의 크기가 음수입니다. 최소·최대·원하는 용량은 0 이상이어야 합니다.",
      },
    },
  },
  create(context) {
    return {
      "aws.auto-scaling-group"(group) {
        const { minSize: min, maxSize: max, desiredCapacity: desired } = group.props;
        if (typeof min !== "number" || typeof max !== "number" || typeof desired !== "number") return;
        const label = context.index.label(group.id);
        if (min < 0 || max < 0 || desired < 0) {
          context.report({ messageId: "negative", nodeIds: [group.id], data: { group: label } });
          return;
        }
        if (min > max) {
          context.report({
            messageId: "minAboveMax",
            nodeIds: [group.id],
            data: { group: label, min, max },
            fixes: [
              {
                title: { en: `Raise the maximum size to ${Math.max(min, desired)}`, ko: `최대 크기를 ${Math.max(min, desired)}(으)로 늘리기` },
                ops: [{ op: "updateNode", id: group.id, props: { maxSize: Math.max(min, desired) } }],
              },
            ],
          });
          return;
        }
        if (desired >= min && desired <= max) return;
        const clamped = desired < min ? min : max;
        context.report({
          messageId: "desiredOutside",
          nodeIds: [group.id],
          data: { group: label, desired, min, max },
          fixes: [
            {
              title: { en: `Set the desired capacity to ${clamped}`, ko: `원하는 용량을 ${clamped}(으)로 설정` },
              ops: [{ op: "updateNode", id: group.id, props: { desiredCapacity: clamped } }],
            },
          ],
        });
      },
    };
  },
});
