import { z } from "zod";
import { defineKind } from "../types";

export const onPremises = defineKind({
  id: "ext.on-premises",
  name: { en: "On-premises network", ko: "온프레미스 네트워크" },
  summary: {
    en: "Your own data center or office network, reached over the internet, a Site-to-Site VPN or Direct Connect.",
    ko: "인터넷, Site-to-Site VPN 또는 Direct Connect로 연결하는 자체 데이터 센터나 사무실 네트워크입니다.",
  },
  category: "external",
  container: false,
  parents: ["root"],
  props: z.object({
    // Its address range, so overlaps with VPC CIDRs can be found.
    cidrBlock: z.cidrv4().optional(),
  }),
  cfnType: null,
  icon: "ArchitectureGroupCorporatedatacenter",
  size: { w: 72, h: 72 },
  labelPrefix: "onprem",
});
