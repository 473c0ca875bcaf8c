import { build } from "../diagram/builder";
import type { Template } from "./types";

export const lambdaVpcNat: Template = {
  id: "lambda-vpc-nat",
  name: { en: "Lambda in a VPC with a NAT gateway", ko: "NAT 게이트웨이를 쓰는 VPC 안의 Lambda" },
  description: {
    en: "The notes' design for a function that needs both private resources and the internet: the function sits in private subnets of two zones, each zone's private route table sends 0.0.0.0/0 to the NAT gateway in that zone's public subnet, and the public subnets' route table sends it to the internet gateway. A Lambda function never gets a public IP, so this path is its only way out.",
    ko: "사설 리소스와 인터넷이 모두 필요한 함수를 위한 노트의 설계입니다. 함수는 두 영역의 프라이빗 서브넷에 있고, 영역마다 프라이빗 라우팅 테이블이 0.0.0.0/0을 그 영역 퍼블릭 서브넷의 NAT 게이트웨이로, 퍼블릭 서브넷의 라우팅 테이블은 인터넷 게이트웨이로 보냅니다. Lambda 함수는 퍼블릭 IP를 받지 않으므로 이 경로가 유일한 출구입니다.",
  },
  teaches: null,
  findings: [],
  build: () =>
    build("Lambda in a VPC with a NAT gateway")
      .region("region", { regionCode: "us-east-1" })
      .label("region", "us-east-1")
      .vpc("vpc", "region", { cidrBlock: "10.0.0.0/16" })
      .label("vpc", "lambda-vpc")
      .igw("igw", "vpc")
      .routeTable("rtb-public", "vpc")
      .routeTable("rtb-private-a", "vpc")
      .routeTable("rtb-private-b", "vpc")
      .node("aws.security-group", "sg-fn", "vpc", { description: "Function: outbound only" })
      .az("az-a", "vpc", { zoneName: "us-east-1a" })
      .az("az-b", "vpc", { zoneName: "us-east-1b" })
      .subnet("public-a", "az-a", { cidrBlock: "10.0.0.0/24" })
      .subnet("private-a", "az-a", { cidrBlock: "10.0.10.0/24" })
      .subnet("public-b", "az-b", { cidrBlock: "10.0.1.0/24" })
      .subnet("private-b", "az-b", { cidrBlock: "10.0.11.0/24" })
      .nat("nat-a", "public-a")
      .nat("nat-b", "public-b")
      .lambda("fn", "private-a", { needsInternet: true, timeout: 30 })
      .label("fn", "fetcher")
      .place("fn", "private-b")
      .edge("membership", "fn", "sg-fn")
      .route("rtb-public", "igw")
      .associate("rtb-public", "public-a")
      .associate("rtb-public", "public-b")
      .route("rtb-private-a", "nat-a")
      .associate("rtb-private-a", "private-a")
      .route("rtb-private-b", "nat-b")
      .associate("rtb-private-b", "private-b")
      .diagram(),
};
