import { build } from "../diagram/builder";
import type { Template } from "./types";

const WEB = { protocol: "tcp", fromPort: 80, toPort: 80 };

export const threeTierWebApp: Template = {
  id: "three-tier-web-app",
  name: { en: "Three-tier web app", ko: "3계층 웹 애플리케이션" },
  description: {
    en: "An internet-facing Application Load Balancer in public subnets of two Availability Zones, an Auto Scaling group in private subnets, and a Multi-AZ RDS database whose subnet group spans both zones. Each zone has its own NAT gateway, so one zone failing does not cut the other off the internet.",
    ko: "두 가용 영역의 퍼블릭 서브넷에 인터넷 연결 Application Load Balancer, 프라이빗 서브넷에 Auto Scaling 그룹, 두 영역에 걸친 서브넷 그룹을 가진 다중 AZ RDS 데이터베이스가 있습니다. 영역마다 NAT 게이트웨이가 있어 한 영역이 멈춰도 다른 영역은 인터넷에 계속 나갈 수 있습니다.",
  },
  teaches: null,
  findings: [],
  build: () =>
    build("Three-tier web app")
      .node("ext.internet", "internet", null)
      .label("internet", "Internet")
      .region("region", { regionCode: "us-east-1" })
      .label("region", "us-east-1")
      .vpc("vpc", "region", { cidrBlock: "10.0.0.0/16" })
      .label("vpc", "app-vpc")
      .igw("igw", "vpc")
      .routeTable("rtb-public", "vpc")
      .routeTable("rtb-private-a", "vpc")
      .routeTable("rtb-private-b", "vpc")
      .node("aws.security-group", "sg-alb", "vpc", { description: "ALB", ingress: [{ ...WEB, source: "0.0.0.0/0" }] })
      .node("aws.security-group", "sg-app", "vpc", { description: "App", ingress: [{ ...WEB, source: "sg:sg-alb" }] })
      .node("aws.security-group", "sg-db", "vpc", {
        description: "Database",
        ingress: [{ protocol: "tcp", fromPort: 5432, toPort: 5432, source: "sg:sg-app" }],
      })
      .node("aws.target-group", "tg-web", "vpc", { targetType: "instance", protocol: "HTTP", port: 80, healthCheckPath: "/health" })
      .az("az-a", "vpc", { zoneName: "us-east-1a" })
      .az("az-b", "vpc", { zoneName: "us-east-1b" })
      .subnet("public-a", "az-a", { cidrBlock: "10.0.0.0/24", mapPublicIpOnLaunch: true })
      .subnet("private-a", "az-a", { cidrBlock: "10.0.10.0/24" })
      .subnet("public-b", "az-b", { cidrBlock: "10.0.1.0/24", mapPublicIpOnLaunch: true })
      .subnet("private-b", "az-b", { cidrBlock: "10.0.11.0/24" })
      .alb("alb", "public-a", { scheme: "internet-facing" })
      .place("alb", "public-b")
      .nat("nat-a", "public-a")
      .nat("nat-b", "public-b")
      .node("aws.rds-instance", "db", "private-a", { engine: "postgres", multiAz: true })
      .place("db", "private-b")
      .node("aws.auto-scaling-group", "asg-web", "private-a", { minSize: 2, maxSize: 6, desiredCapacity: 2, healthCheckType: "ELB" })
      .place("asg-web", "private-b")
      .route("rtb-public", "igw")
      .associate("rtb-public", "public-a")
      .associate("rtb-public", "public-b")
      .route("rtb-private-a", "nat-a")
      .associate("rtb-private-a", "private-a")
      .route("rtb-private-b", "nat-b")
      .associate("rtb-private-b", "private-b")
      .edge("listener", "alb", "tg-web", { protocol: "HTTP", port: 80 })
      .edge("target-registration", "tg-web", "asg-web")
      .edge("membership", "alb", "sg-alb")
      .edge("membership", "asg-web", "sg-app")
      .edge("membership", "db", "sg-db")
      .edge("connection", "internet", "alb", { port: 80 })
      .edge("connection", "asg-web", "db", { port: 5432 })
      .diagram(),
};
