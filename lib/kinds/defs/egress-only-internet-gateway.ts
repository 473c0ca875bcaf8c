import { z } from "zod";
import { defineKind } from "../types";

export const egressOnlyInternetGateway = defineKind({
  id: "aws.egress-only-internet-gateway",
  name: { en: "Egress-only internet gateway", ko: "송신 전용 인터넷 게이트웨이" },
  summary: {
    en: "Lets IPv6 traffic leave the VPC for the internet while blocking connections started from outside. It does nothing for IPv4.",
    ko: "IPv6 트래픽이 VPC에서 인터넷으로 나가게 하고, 밖에서 시작한 연결은 막습니다. IPv4에는 쓰이지 않습니다.",
  },
  category: "network",
  container: false,
  // AWS always creates it for one VPC (VpcId is required); outside a VPC it is accepted so it can be drawn.
  parents: ["aws.vpc", "aws.region", "root"],
  props: z.object({}),
  cfnType: "AWS::EC2::EgressOnlyInternetGateway",
  // No icon of its own in the AWS set.
  icon: "ResourceAmazonVPCInternetGateway",
  size: { w: 72, h: 72 },
  labelPrefix: "eigw",
});
