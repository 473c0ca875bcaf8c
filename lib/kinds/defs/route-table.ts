import { z } from "zod";
import { defineKind } from "../types";

export const routeTable = defineKind({
  id: "aws.route-table",
  name: { en: "Route table", ko: "라우팅 테이블" },
  summary: {
    en: "Routes that decide where traffic from its associated subnets goes. A subnet with no association uses the VPC's main route table.",
    ko: "연결된 서브넷의 트래픽이 어디로 갈지 정하는 경로 모음입니다. 연결이 없는 서브넷은 VPC의 기본 라우팅 테이블을 씁니다.",
  },
  category: "network",
  container: false,
  parents: ["aws.vpc"],
  // Routes are `route` edges and subnet associations are `association` edges, so neither is a property.
  props: z.object({
    main: z.boolean().default(false),
  }),
  cfnType: "AWS::EC2::RouteTable",
  // The AWS icon set has no VPC route-table icon; this table of CIDRs is the one AWS diagrams use.
  icon: "ResourceAmazonRoute53RouteTable",
  size: { w: 72, h: 72 },
  labelPrefix: "rtb",
});
