import { z } from "zod";
import { defineKind } from "../types";

export const subnet = defineKind({
  id: "aws.subnet",
  name: { en: "Subnet", ko: "서브넷" },
  summary: {
    en: "A range of the VPC's addresses in one Availability Zone. It is public only when its route table sends 0.0.0.0/0 to an internet gateway.",
    ko: "한 가용 영역 안의 VPC 주소 범위입니다. 라우팅 테이블이 0.0.0.0/0을 인터넷 게이트웨이로 보낼 때만 퍼블릭 서브넷입니다.",
  },
  category: "containers-and-groups",
  container: true,
  // A subnet placed straight in a VPC is accepted so it can be drawn, and the subnet-in-one-az rule asks for its zone.
  parents: ["aws.availability-zone", "aws.vpc"],
  props: z.object({
    cidrBlock: z.cidrv4().default("10.0.1.0/24"),
    ipv6CidrBlock: z.cidrv6().optional(),
    mapPublicIpOnLaunch: z.boolean().default(false),
  }),
  cfnType: "AWS::EC2::Subnet",
  icon: "ArchitectureGroupPrivatesubnet",
  size: { w: 320, h: 200 },
  labelPrefix: "subnet",
});
