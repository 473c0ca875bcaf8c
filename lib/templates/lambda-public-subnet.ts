import { build } from "../diagram/builder";
import type { Template } from "./types";

export const lambdaPublicSubnet: Template = {
  id: "lambda-public-subnet",
  name: { en: "Lambda in a public subnet (broken, to learn from)", ko: "퍼블릭 서브넷의 Lambda (일부러 틀린 예)" },
  description: {
    en: "Deliberately broken: a function that calls an outside API is put in public subnets, whose route table sends 0.0.0.0/0 to the internet gateway, expecting that to give it the internet. It does not: a function's network interfaces never get public IP addresses, so the internet gateway drops its traffic. Archlint explains why; the fix is the \"Lambda in a VPC with a NAT gateway\" template's design.",
    ko: "일부러 틀린 예입니다. 외부 API를 호출하는 함수를 0.0.0.0/0이 인터넷 게이트웨이로 가는 퍼블릭 서브넷에 두고 인터넷에 나갈 수 있으리라 기대합니다. 그렇지 않습니다. 함수의 네트워크 인터페이스는 퍼블릭 IP를 받지 않으므로 인터넷 게이트웨이가 트래픽을 버립니다. Archlint가 이유를 설명하며, 고친 설계는 \"NAT 게이트웨이를 쓰는 VPC 안의 Lambda\" 템플릿입니다.",
  },
  teaches: {
    en: "A Lambda function in a public subnet has no internet access: it never gets a public IP.",
    ko: "퍼블릭 서브넷의 Lambda 함수는 퍼블릭 IP를 받지 않으므로 인터넷에 나갈 수 없습니다.",
  },
  findings: ["lambda-internet-access"],
  build: () =>
    build("Lambda in a public subnet (broken)")
      .region("region", { regionCode: "us-east-1" })
      .label("region", "us-east-1")
      .vpc("vpc", "region", { cidrBlock: "10.0.0.0/16" })
      .label("vpc", "lambda-vpc")
      .igw("igw", "vpc")
      .routeTable("rtb-public", "vpc")
      .node("aws.security-group", "sg-fn", "vpc", { description: "Function: outbound only" })
      .az("az-a", "vpc", { zoneName: "us-east-1a" })
      .az("az-b", "vpc", { zoneName: "us-east-1b" })
      .subnet("public-a", "az-a", { cidrBlock: "10.0.0.0/24", mapPublicIpOnLaunch: true })
      .subnet("public-b", "az-b", { cidrBlock: "10.0.1.0/24", mapPublicIpOnLaunch: true })
      .lambda("fn", "public-a", { needsInternet: true, timeout: 30 })
      .label("fn", "calls-partner-api")
      .place("fn", "public-b")
      .edge("membership", "fn", "sg-fn")
      .route("rtb-public", "igw")
      .associate("rtb-public", "public-a")
      .associate("rtb-public", "public-b")
      .diagram(),
};
