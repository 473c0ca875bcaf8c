import { z } from "zod";
import { defineKind } from "../types";

export const internetGateway = defineKind({
  id: "aws.internet-gateway",
  name: { en: "Internet gateway", ko: "인터넷 게이트웨이" },
  summary: {
    en: "Connects a VPC to the internet in both directions. A VPC has at most one, and a subnet uses it only through a route.",
    ko: "VPC를 인터넷과 양방향으로 잇습니다. VPC 하나에 최대 하나만 연결되며, 서브넷은 라우팅 경로를 통해서만 사용합니다.",
  },
  category: "network",
  container: false,
  // Inside a VPC it is attached; in a Region or on the canvas it exists but is detached.
  parents: ["aws.vpc", "aws.region", "root"],
  props: z.object({}),
  cfnType: "AWS::EC2::InternetGateway",
  icon: "ResourceAmazonVPCInternetGateway",
  size: { w: 72, h: 72 },
  labelPrefix: "igw",
});
