import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./asg-scaling-policies";

const REQUESTS = { type: "TargetTrackingScaling", metric: "ALBRequestCountPerTarget" };
/** Auto Scaling group `asg` (props as given) in subnet `s-1`, with target group `tg`. */
const base = (asg: Record<string, unknown> = {}) =>
  build().vpc("vpc-1", null).az("az-a", "vpc-1").subnet("s-1", "az-a").asg("asg", "s-1", asg).targetGroup("tg", "vpc-1");

testRule(rule, {
  valid: [
    { name: "a simple scaling policy with its own cooldown", diagram: base({ scalingPolicies: [{ type: "SimpleScaling", cooldown: 120 }] }).diagram() },
    { name: "target tracking on average CPU", diagram: base({ scalingPolicies: [{ type: "TargetTrackingScaling", metric: "ASGAverageCPUUtilization" }] }).diagram() },
    {
      name: "ALB request count for a group registered behind an ALB",
      diagram: base({ scalingPolicies: [REQUESTS] }).alb("alb", "s-1").listen("alb", "tg").register("tg", "asg").diagram(),
    },
  ],
  invalid: [
    {
      name: "a cooldown on a target tracking policy: the notes say every activity has one",
      diagram: base({ scalingPolicies: [{ type: "TargetTrackingScaling", metric: "ASGAverageCPUUtilization", cooldown: 300 }] }).diagram(),
      expect: [
        {
          messageId: "cooldownIgnored",
          message: "Auto Scaling group asg has a TargetTrackingScaling policy with a 300-second cooldown; cooldowns apply only to simple scaling",
          nodeIds: ["asg"],
          severity: "warning",
          fixes: ["Remove the TargetTrackingScaling policy's cooldown"],
        },
      ],
    },
    {
      name: "a cooldown on a step scaling policy next to a simple one",
      diagram: base({ scalingPolicies: [{ type: "SimpleScaling", cooldown: 60 }, { type: "StepScaling", cooldown: 60 }] }).diagram(),
      expect: [{ messageId: "cooldownIgnored", message: "has a StepScaling policy", nodeIds: ["asg"] }],
    },
    {
      name: "ALB request count with the group registered nowhere",
      diagram: base({ scalingPolicies: [REQUESTS] }).diagram(),
      expect: [{ messageId: "requestCountWithoutAlb", nodeIds: ["asg"], severity: "warning" }],
    },
    {
      name: "ALB request count with the group behind a Network Load Balancer only",
      diagram: base({ scalingPolicies: [REQUESTS] }).nlb("nlb", "s-1").listen("nlb", "tg", { protocol: "TCP" }).register("tg", "asg").diagram(),
      expect: [{ messageId: "requestCountWithoutAlb", message: "is not drawn registered in a target group behind an Application Load Balancer", nodeIds: ["asg"] }],
    },
  ],
});
