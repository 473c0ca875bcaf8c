import { z } from "zod";
import { defineKind } from "../types";
import { regionCode } from "../schemas";

export const vpcPeering = defineKind({
  id: "aws.vpc-peering",
  name: { en: "VPC peering connection", ko: "VPC 피어링 연결" },
  summary: {
    en: "Joins two VPCs with non-overlapping CIDRs. It is not transitive, and each side still needs routes to the other.",
    ko: "CIDR가 겹치지 않는 두 VPC를 잇습니다. 전이되지 않으며, 양쪽 모두 상대 VPC로 가는 라우팅 경로가 있어야 합니다.",
  },
  category: "network",
  container: false,
  // The two VPCs are `peering` edges, so the connection itself sits outside both.
  parents: ["aws.region", "root"],
  props: z.object({
    // Unset: the accepter VPC is in the requester's Region.
    peerRegion: regionCode.optional(),
    crossAccount: z.boolean().default(false),
  }),
  cfnType: "AWS::EC2::VPCPeeringConnection",
  icon: "ResourceAmazonVPCPeeringConnection",
  size: { w: 72, h: 72 },
  labelPrefix: "pcx",
});
