import { z } from "zod";
import { defineKind } from "../types";

export const availabilityZone = defineKind({
  id: "aws.availability-zone",
  name: { en: "Availability Zone", ko: "가용 영역" },
  summary: {
    en: "One Availability Zone of the Region, drawn inside a VPC; each subnet sits in exactly one.",
    ko: "리전의 가용 영역 하나입니다. VPC 안에 그리며, 서브넷은 정확히 하나의 가용 영역에 속합니다.",
  },
  category: "containers-and-groups",
  container: true,
  parents: ["aws.vpc"],
  props: z.object({
    zoneName: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d[a-z]$/, "a zone name such as us-east-1a").default("us-east-1a"),
  }),
  cfnType: null,
  icon: "ArchitectureGroupRegion",
  size: { w: 360, h: 520 },
  labelPrefix: "az",
});
