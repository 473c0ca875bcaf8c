import "../zod-setup";
import { z } from "zod";
import { defineEdgeKind, type EdgeKindDef } from "./edge-types";

const LOAD_BALANCERS = ["aws.alb", "aws.nlb", "aws.gwlb"] as const;
/** Kinds that put elastic network interfaces into subnets and so take security groups. */
const ENI_OWNERS = [
  "aws.ec2-instance",
  "aws.auto-scaling-group",
  "aws.lambda",
  "aws.alb",
  "aws.nlb",
  "aws.gwlb",
  "aws.vpc-endpoint",
  "aws.rds-instance",
  "aws.aurora-cluster",
  "aws.elasticache-cluster",
  "aws.efs",
] as const;
const CLIENTS = ["aws.ec2-instance", "aws.auto-scaling-group", "aws.lambda", "ext.internet", "ext.on-premises"] as const;
const SERVICES = [
  "aws.ec2-instance",
  "aws.auto-scaling-group",
  "aws.lambda",
  "aws.alb",
  "aws.nlb",
  "aws.rds-instance",
  "aws.aurora-cluster",
  "aws.dynamodb-table",
  "aws.elasticache-cluster",
  "aws.s3-bucket",
  "aws.efs",
  "aws.sqs-queue",
  "aws.sns-topic",
  "aws.api-gateway",
  "aws.cloudfront-distribution",
  "ext.internet",
  "ext.on-premises",
] as const;

export const route = defineEdgeKind({
  id: "route",
  name: { en: "Route", ko: "라우팅" },
  summary: {
    en: "A route in a route table: traffic for the destination goes to this target.",
    ko: "라우팅 테이블의 경로입니다. 대상 주소로 가는 트래픽을 이 대상으로 보냅니다.",
  },
  from: ["aws.route-table"],
  to: [
    "aws.internet-gateway",
    "aws.egress-only-internet-gateway",
    "aws.nat-gateway",
    "aws.vpc-endpoint",
    "aws.vpc-peering",
    "aws.ec2-instance",
  ],
  props: z.object({
    // A CIDR, or for a gateway endpoint the service's prefix list (written `pl-…`).
    destination: z.string().min(1).default("0.0.0.0/0"),
  }),
  dashed: false,
});

export const association = defineEdgeKind({
  id: "association",
  name: { en: "Association", ko: "연결" },
  summary: {
    en: "A route table or network ACL associated with a subnet.",
    ko: "서브넷에 연결된 라우팅 테이블 또는 네트워크 ACL입니다.",
  },
  from: ["aws.route-table", "aws.network-acl"],
  to: ["aws.subnet"],
  props: z.object({}),
  dashed: true,
});

export const placement = defineEdgeKind({
  id: "placement",
  name: { en: "Subnet placement", ko: "서브넷 배치" },
  summary: {
    en: "The resource also places a network interface in this subnet (a Lambda's VPC subnets, a load balancer's subnets, an EFS mount target).",
    ko: "리소스가 이 서브넷에도 네트워크 인터페이스를 둡니다 (Lambda의 VPC 서브넷, 로드 밸런서의 서브넷, EFS 탑재 대상).",
  },
  from: ENI_OWNERS,
  to: ["aws.subnet"],
  props: z.object({}),
  dashed: true,
});

export const membership = defineEdgeKind({
  id: "membership",
  name: { en: "Security group membership", ko: "보안 그룹 소속" },
  summary: {
    en: "The resource's network interfaces use this security group.",
    ko: "리소스의 네트워크 인터페이스가 이 보안 그룹을 사용합니다.",
  },
  from: ENI_OWNERS,
  to: ["aws.security-group"],
  props: z.object({}),
  dashed: true,
});

export const attachment = defineEdgeKind({
  id: "attachment",
  name: { en: "Volume attachment", ko: "볼륨 연결" },
  summary: {
    en: "An EBS volume attached to an instance, as its boot (root) volume or as a data volume.",
    ko: "인스턴스에 연결된 EBS 볼륨입니다. 부팅(루트) 볼륨이거나 데이터 볼륨입니다.",
  },
  from: ["aws.ebs-volume"],
  to: ["aws.ec2-instance"],
  props: z.object({
    device: z.string().min(1).default("/dev/sdf"),
    boot: z.boolean().default(false),
  }),
  dashed: false,
});

export const peering = defineEdgeKind({
  id: "peering",
  name: { en: "Peering side", ko: "피어링 연결 측" },
  summary: {
    en: "One of the two VPCs joined by a peering connection.",
    ko: "피어링 연결로 이어진 두 VPC 중 하나입니다.",
  },
  from: ["aws.vpc-peering"],
  to: ["aws.vpc"],
  props: z.object({ role: z.enum(["requester", "accepter"]).default("requester") }),
  dashed: false,
});

export const listener = defineEdgeKind({
  id: "listener",
  name: { en: "Listener", ko: "리스너" },
  summary: {
    en: "A load balancer listener that forwards to a target group.",
    ko: "대상 그룹으로 전달하는 로드 밸런서 리스너입니다.",
  },
  from: LOAD_BALANCERS,
  to: ["aws.target-group"],
  props: z.object({
    protocol: z.enum(["HTTP", "HTTPS", "TCP", "UDP", "TCP_UDP", "TLS", "GENEVE"]).default("HTTP"),
    port: z.number().int().min(1).max(65535).default(80),
  }),
  dashed: false,
});

export const targetRegistration = defineEdgeKind({
  id: "target-registration",
  name: { en: "Target registration", ko: "대상 등록" },
  summary: {
    en: "A target registered in a target group (an instance, an Auto Scaling group, a Lambda function or an ALB).",
    ko: "대상 그룹에 등록된 대상입니다 (인스턴스, Auto Scaling 그룹, Lambda 함수 또는 ALB).",
  },
  from: ["aws.target-group"],
  to: ["aws.ec2-instance", "aws.auto-scaling-group", "aws.lambda", "aws.alb"],
  props: z.object({}),
  dashed: false,
});

export const invocation = defineEdgeKind({
  id: "invocation",
  name: { en: "Invocation", ko: "호출" },
  summary: {
    en: "An event source that invokes or delivers to the target (API Gateway, SQS, SNS, S3 events, DynamoDB Streams).",
    ko: "대상을 호출하거나 대상에 전달하는 이벤트 소스입니다 (API Gateway, SQS, SNS, S3 이벤트, DynamoDB 스트림).",
  },
  from: ["aws.api-gateway", "aws.sqs-queue", "aws.sns-topic", "aws.s3-bucket", "aws.dynamodb-table"],
  to: ["aws.lambda", "aws.sqs-queue", "aws.sns-topic"],
  props: z.object({}),
  dashed: false,
});

export const replication = defineEdgeKind({
  id: "replication",
  name: { en: "Replication", ko: "복제" },
  summary: {
    en: "Data copied from the source to the target: S3 replication, a database read replica, a global table replica.",
    ko: "원본에서 대상으로 복사되는 데이터입니다: S3 복제, 데이터베이스 읽기 전용 복제본, 글로벌 테이블 복제본.",
  },
  from: ["aws.s3-bucket", "aws.rds-instance", "aws.aurora-cluster", "aws.dynamodb-table", "aws.elasticache-cluster"],
  to: ["aws.s3-bucket", "aws.rds-instance", "aws.aurora-cluster", "aws.dynamodb-table", "aws.elasticache-cluster"],
  props: z.object({}),
  dashed: true,
});

export const alias = defineEdgeKind({
  id: "alias",
  name: { en: "Alias target", ko: "별칭 대상" },
  summary: {
    en: "A Route 53 record that answers with this resource (alias or plain value).",
    ko: "이 리소스로 응답하는 Route 53 레코드입니다 (별칭 또는 일반 값).",
  },
  from: ["aws.route53-record"],
  to: [
    "aws.alb",
    "aws.nlb",
    "aws.cloudfront-distribution",
    "aws.api-gateway",
    "aws.s3-bucket",
    "aws.vpc-endpoint",
    "aws.route53-record",
    "aws.ec2-instance",
  ],
  props: z.object({}),
  dashed: false,
});

export const healthCheck = defineEdgeKind({
  id: "health-check",
  name: { en: "Health check", ko: "상태 확인" },
  summary: {
    en: "The Route 53 health check that decides whether this record is served.",
    ko: "이 레코드를 응답할지 정하는 Route 53 상태 확인입니다.",
  },
  from: ["aws.route53-record"],
  to: ["aws.route53-health-check"],
  props: z.object({}),
  dashed: true,
});

export const origin = defineEdgeKind({
  id: "origin",
  name: { en: "Origin", ko: "오리진" },
  summary: {
    en: "Where a CloudFront distribution fetches content from.",
    ko: "CloudFront 배포가 콘텐츠를 가져오는 곳입니다.",
  },
  from: ["aws.cloudfront-distribution"],
  to: ["aws.s3-bucket", "aws.alb", "aws.nlb", "aws.api-gateway", "aws.ec2-instance", "aws.lambda"],
  props: z.object({}),
  dashed: false,
});

export const mount = defineEdgeKind({
  id: "mount",
  name: { en: "File system mount", ko: "파일 시스템 탑재" },
  summary: {
    en: "An instance or function that mounts this EFS file system over NFS (port 2049).",
    ko: "NFS(포트 2049)로 이 EFS 파일 시스템을 탑재하는 인스턴스나 함수입니다.",
  },
  from: ["aws.ec2-instance", "aws.auto-scaling-group", "aws.lambda"],
  to: ["aws.efs"],
  props: z.object({}),
  dashed: false,
});

export const connection = defineEdgeKind({
  id: "connection",
  name: { en: "Connection", ko: "연결 흐름" },
  summary: {
    en: "The source opens connections to the target on a port; reachability checks that the path allows it.",
    ko: "출발지가 대상의 포트로 연결을 엽니다. 도달성 분석이 그 경로가 허용되는지 확인합니다.",
  },
  from: CLIENTS,
  to: SERVICES,
  props: z.object({
    port: z.number().int().min(0).max(65535).optional(),
    protocol: z.enum(["tcp", "udp"]).default("tcp"),
  }),
  dashed: false,
});

/** Most specific first: when a drawn connection fits several relations, the first one wins. */
export const EDGE_KINDS: readonly EdgeKindDef[] = [
  route,
  association,
  attachment,
  peering,
  listener,
  targetRegistration,
  invocation,
  replication,
  alias,
  healthCheck,
  origin,
  mount,
  placement,
  membership,
  connection,
];
