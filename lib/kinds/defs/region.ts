import { z } from "zod";
import { defineKind } from "../types";

export const region = defineKind({
  id: "aws.region",
  name: { en: "Region", ko: "리전" },
  summary: {
    en: "A geographic AWS Region; VPCs and regional services live inside one.",
    ko: "AWS 리전입니다. VPC와 리전 서비스가 이 안에 놓입니다.",
  },
  category: "containers-and-groups",
  container: true,
  parents: ["root"],
  props: z.object({
    regionCode: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "a Region code such as us-east-1").default("us-east-1"),
  }),
  cfnType: null,
  icon: "ArchitectureGroupRegion",
  size: { w: 900, h: 700 },
  labelPrefix: "region",
});
