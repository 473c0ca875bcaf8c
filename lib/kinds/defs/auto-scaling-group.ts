import { z } from "zod";
import { defineKind } from "../types";
import { instanceType } from "../schemas";

const scalingPolicy = z.object({
  type: z.enum(["SimpleScaling", "StepScaling", "TargetTrackingScaling"]),
  // Target tracking: a predefined metric, or "custom" for a customized metric.
  metric: z.enum(["ASGAverageCPUUtilization", "ASGAverageNetworkIn", "ASGAverageNetworkOut", "ALBRequestCountPerTarget", "custom"]).optional(),
  // Seconds.
  cooldown: z.number().int().min(0).optional(),
});

export const autoScalingGroup = defineKind({
  id: "aws.auto-scaling-group",
  name: { en: "Auto Scaling group", ko: "Auto Scaling 그룹" },
  summary: {
    en: "Keeps between its minimum and maximum number of EC2 instances running across its subnets, replacing unhealthy ones.",
    ko: "서브넷들에 걸쳐 최소와 최대 사이의 EC2 인스턴스를 실행해 두고, 비정상 인스턴스를 교체합니다.",
  },
  category: "compute",
  container: false,
  // In a subnet it launches there; more subnets are placement edges.
  parents: ["aws.vpc", "aws.subnet", "aws.region"],
  props: z.object({
    minSize: z.number().int().default(1),
    maxSize: z.number().int().default(2),
    desiredCapacity: z.number().int().default(1),
    instanceType: instanceType.default("t3.micro"),
    // EC2 status checks always run; ELB adds the load balancer's health checks.
    healthCheckType: z.enum(["EC2", "ELB"]).default("EC2"),
    // Seconds; used only by simple scaling policies that set no cooldown of their own.
    defaultCooldown: z.number().int().min(0).default(300),
    // Dynamic scaling policies; target tracking names its predefined metric, a simple policy may set its own cooldown.
    scalingPolicies: z.array(scalingPolicy).default([]),
  }),
  cfnType: "AWS::AutoScaling::AutoScalingGroup",
  icon: "ArchitectureServiceAmazonEC2AutoScaling",
  size: { w: 72, h: 72 },
  labelPrefix: "asg",
});
