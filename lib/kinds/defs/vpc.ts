import { z } from "zod";
import { defineKind } from "../types";

export const vpc = defineKind({
  id: "aws.vpc",
  name: { en: "VPC", ko: "VPC" },
  summary: {
    en: "A virtual private cloud: a private network in one Region that spans its Availability Zones.",
    ko: "가상 사설 클라우드입니다. 한 리전 안에서 여러 가용 영역에 걸치는 사설 네트워크입니다.",
  },
  category: "containers-and-groups",
  container: true,
  parents: ["aws.region", "root"],
  props: z.object({
    cidrBlock: z.cidrv4().default("10.0.0.0/16"),
    secondaryCidrBlocks: z.array(z.cidrv4()).default([]),
    ipv6: z.boolean().default(false),
    enableDnsSupport: z.boolean().default(true),
    // AWS's default for a VPC you create (not the default VPC) is false.
    enableDnsHostnames: z.boolean().default(false),
    isDefault: z.boolean().default(false),
    // Instances launched in the VPC run on single-tenant hardware when "dedicated".
    instanceTenancy: z.enum(["default", "dedicated"]).default("default"),
  }),
  cfnType: "AWS::EC2::VPC",
  icon: "ArchitectureGroupVirtualprivatecloudVPC",
  size: { w: 780, h: 600 },
  labelPrefix: "vpc",
});
