import { z } from "zod";
import { defineKind } from "../types";

export const vpcEndpoint = defineKind({
  id: "aws.vpc-endpoint",
  name: { en: "VPC endpoint", ko: "VPC 엔드포인트" },
  summary: {
    en: "A private path from the VPC to an AWS service. A gateway endpoint (S3, DynamoDB) is a route-table target; an interface endpoint puts ENIs in subnets.",
    ko: "VPC에서 AWS 서비스로 가는 사설 경로입니다. 게이트웨이 엔드포인트(S3, DynamoDB)는 라우팅 테이블의 대상이고, 인터페이스 엔드포인트는 서브넷에 ENI를 둡니다.",
  },
  category: "network",
  container: false,
  // A gateway endpoint belongs to the VPC; an interface endpoint sits in a subnet (more subnets by placement edges).
  parents: ["aws.vpc", "aws.subnet"],
  props: z.object({
    // Gateway is CloudFormation's default VpcEndpointType.
    endpointType: z.enum(["Gateway", "Interface", "GatewayLoadBalancer"]).default("Gateway"),
    // The short service name (s3, dynamodb, execute-api, ssm, sqs…), not com.amazonaws.<region>.<service>.
    serviceName: z.string().min(1).default("s3"),
    // Interface endpoints only; it needs the VPC's enableDnsSupport and enableDnsHostnames.
    privateDnsEnabled: z.boolean().default(true),
  }),
  cfnType: "AWS::EC2::VPCEndpoint",
  icon: "ResourceAmazonVPCEndpoints",
  size: { w: 72, h: 72 },
  labelPrefix: "vpce",
});
