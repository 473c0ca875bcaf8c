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
  "aws.rds-proxy",
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
  "aws.rds-proxy",
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
    // HTTPS and TLS: the default certificate plus those chosen by SNI; unset when not known.
    certificates: z.number().int().min(0).optional(),
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
  props: z.object({
    // Event source mappings (SQS, DynamoDB Streams → Lambda) only. Unset: the source's default (10 for SQS, 100 for streams).
    batchSize: z.number().int().positive().optional(),
    // Seconds. Unset: 0 (no batching window).
    maximumBatchingWindowInSeconds: z.number().int().min(0).optional(),
    // API Gateway only: the integration type, and whether it has request mapping templates (VTL). Unset: not known.
    integrationType: z.enum(["AWS_PROXY", "AWS", "HTTP_PROXY", "HTTP", "MOCK"]).optional(),
    mappingTemplates: z.boolean().optional(),
  }),
  dashed: false,
});

export const destination = defineEdgeKind({
  id: "destination",
  name: { en: "Lambda destination", ko: "Lambda 대상" },
  summary: {
    en: "Where Lambda sends a record of an invocation: an asynchronous on-success or on-failure destination, or an event source mapping's on-failure destination.",
    ko: "Lambda가 호출 기록을 보내는 곳입니다: 비동기 호출의 성공 시·실패 시 대상, 또는 이벤트 소스 매핑의 실패 시 대상입니다.",
  },
  from: ["aws.lambda"],
  to: ["aws.sqs-queue", "aws.sns-topic", "aws.lambda", "aws.s3-bucket"],
  props: z.object({
    // asynchronous: the function's EventInvokeConfig; event-source-mapping: the DestinationConfig of its stream mappings.
    invocation: z.enum(["asynchronous", "event-source-mapping"]).default("asynchronous"),
    condition: z.enum(["onFailure", "onSuccess"]).default("onFailure"),
  }),
  dashed: true,
});

export const deadLetterQueue = defineEdgeKind({
  id: "dead-letter-queue",
  name: { en: "Function dead-letter queue", ko: "함수 배달 못한 편지 대기열" },
  summary: {
    en: "The queue or topic a Lambda function sends asynchronous events to after its retries fail (DeadLetterConfig).",
    ko: "Lambda 함수가 재시도에 실패한 비동기 이벤트를 보내는 대기열이나 주제입니다 (DeadLetterConfig).",
  },
  from: ["aws.lambda"],
  to: ["aws.sqs-queue", "aws.sns-topic"],
  props: z.object({}),
  dashed: true,
});

export const codeSource = defineEdgeKind({
  id: "code-source",
  name: { en: "Code bucket", ko: "코드 버킷" },
  summary: {
    en: "The S3 bucket a Lambda function's deployment package is read from (Code.S3Bucket).",
    ko: "Lambda 함수의 배포 패키지를 읽어 오는 S3 버킷입니다 (Code.S3Bucket).",
  },
  from: ["aws.lambda"],
  to: ["aws.s3-bucket"],
  props: z.object({}),
  dashed: true,
});

export const edgeFunction = defineEdgeKind({
  id: "edge-function",
  name: { en: "Edge function association", ko: "엣지 함수 연결" },
  summary: {
    en: "A Lambda@Edge function or CloudFront Function that runs on one event of a distribution's cache behavior.",
    ko: "배포의 캐시 동작에서 한 이벤트에 실행되는 Lambda@Edge 함수나 CloudFront Functions 함수입니다.",
  },
  from: ["aws.cloudfront-distribution"],
  to: ["aws.lambda", "aws.cloudfront-function"],
  props: z.object({
    eventType: z.enum(["viewer-request", "viewer-response", "origin-request", "origin-response"]).default("viewer-request"),
    // The cache behavior's path pattern; "*" is the default cache behavior.
    cacheBehavior: z.string().min(1).default("*"),
    // Lambda@Edge: the function version the association names (a number; $LATEST and aliases are refused).
    qualifier: z.string().min(1).default("1"),
  }),
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
    en: "The Route 53 health check that decides whether this record is served, or a child of a calculated health check.",
    ko: "이 레코드를 응답할지 정하는 Route 53 상태 확인, 또는 계산된 상태 확인의 하위 상태 확인입니다.",
  },
  from: ["aws.route53-record", "aws.route53-health-check"],
  to: ["aws.route53-health-check"],
  props: z.object({}),
  dashed: true,
});

export const zoneAssociation = defineEdgeKind({
  id: "zone-association",
  name: { en: "Private zone association", ko: "프라이빗 영역 연결" },
  summary: {
    en: "The record's private hosted zone is associated with this VPC, so resources in the VPC can resolve it.",
    ko: "레코드의 프라이빗 호스팅 영역이 이 VPC와 연결되어, VPC 안의 리소스가 이름을 확인할 수 있습니다.",
  },
  from: ["aws.route53-record"],
  to: ["aws.vpc"],
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

export const proxyTarget = defineEdgeKind({
  id: "proxy-target",
  name: { en: "Proxy target", ko: "프록시 대상" },
  summary: {
    en: "The database an RDS Proxy pools connections to (its target group): a DB instance or an Aurora cluster.",
    ko: "RDS 프록시가 연결을 풀링하는 데이터베이스(대상 그룹)입니다: DB 인스턴스나 Aurora 클러스터입니다.",
  },
  from: ["aws.rds-proxy"],
  to: ["aws.rds-instance", "aws.aurora-cluster"],
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
    // The application protocol spoken; with no port, its well-known one is checked (lib/network/ports.ts).
    application: z.enum(["http", "https", "ssh", "sftp", "ftp", "rdp"]).optional(),
    // "denied": this traffic must NOT get through (the security-group-deny rule checks it); unset means it must.
    expected: z.enum(["allowed", "denied"]).optional(),
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
  zoneAssociation,
  origin,
  edgeFunction,
  mount,
  proxyTarget,
  placement,
  membership,
  connection,
  // Only after connection: a function drawn to a queue or topic usually sends to it; a destination is chosen on purpose.
  destination,
  deadLetterQueue,
  codeSource,
];
