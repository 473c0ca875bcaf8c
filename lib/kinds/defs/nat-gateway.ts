import { z } from "zod";
import { defineKind } from "../types";

export const natGateway = defineKind({
  id: "aws.nat-gateway",
  name: { en: "NAT gateway", ko: "NAT 게이트웨이" },
  summary: {
    en: "Lets private subnets open connections out while nothing outside can connect in. A zonal one sits in a public subnet of one AZ; a regional one spans the VPC's AZs.",
    ko: "프라이빗 서브넷이 밖으로 연결을 열게 하고, 밖에서 안으로는 연결하지 못하게 합니다. 영역(zonal) NAT 게이트웨이는 한 가용 영역의 퍼블릭 서브넷에 두고, 리전(regional) NAT 게이트웨이는 VPC의 여러 가용 영역에 걸칩니다.",
  },
  category: "network",
  container: false,
  // A zonal NAT gateway lives in one subnet; a regional one (2025) is drawn in the VPC and needs no public subnet.
  parents: ["aws.subnet", "aws.vpc"],
  props: z.object({
    connectivityType: z.enum(["public", "private"]).default("public"),
    availabilityMode: z.enum(["zonal", "regional"]).default("zonal"),
    // A public NAT gateway needs an Elastic IP; a private one may not have any.
    elasticIp: z.boolean().default(true),
  }),
  cfnType: "AWS::EC2::NatGateway",
  icon: "ResourceAmazonVPCNATGateway",
  size: { w: 72, h: 72 },
  labelPrefix: "nat",
});
