import { build } from "../diagram/builder";
import type { Diagram } from "../diagram/types";

/** A small diagram the rule reports on, and the same picture put right. */
export interface RuleExample {
  invalid: Diagram;
  valid: Diagram;
}

const IO2 = { volumeType: "io2", iops: 3000 };
const FAILOVER = { name: "app.example.com", routingPolicy: "failover" };
const PRIMARY = { ...FAILOVER, failoverRole: "PRIMARY", setIdentifier: "primary" };
const SECONDARY = { ...FAILOVER, failoverRole: "SECONDARY", setIdentifier: "secondary" };
const WEIGHTED = { name: "www.example.com", routingPolicy: "weighted" };
const GEO = { name: "www.example.com", routingPolicy: "geolocation" };
const PRIVATE_RECORD = { name: "db.internal.example", zoneName: "internal.example", privateZone: true };
const REQUEST_TRACKING = { type: "TargetTrackingScaling", metric: "ALBRequestCountPerTarget" };

/** VPC `vpc-1` (10.0.0.0/16) with zones `az-a` / `az-b` (us-east-1a / 1b) holding subnets `s-a` / `s-b`. */
const twoZones = (blockA = "10.0.1.0/24", blockB = "10.0.2.0/24") =>
  build()
    .vpc("vpc-1", null, { cidrBlock: "10.0.0.0/16" })
    .az("az-a", "vpc-1", { zoneName: "us-east-1a" })
    .az("az-b", "vpc-1", { zoneName: "us-east-1b" })
    .subnet("s-a", "az-a", { cidrBlock: blockA })
    .subnet("s-b", "az-b", { cidrBlock: blockB });

/** VPC `vpc-1` with zone `az-a` holding subnet `s-1` (10.0.1.0/24). */
const oneSubnet = () =>
  build().vpc("vpc-1", null, { cidrBlock: "10.0.0.0/16" }).az("az-a", "vpc-1", { zoneName: "us-east-1a" }).subnet("s-1", "az-a", { cidrBlock: "10.0.1.0/24" });

/**
 * The textbook layout: internet gateway `igw-1`; subnet `public-a` (0.0.0.0/0 → igw-1) and subnet
 * `private-a` (0.0.0.0/0 → nat-1); the NAT gateway sits in `natSubnet`.
 */
const natLayout = (natSubnet: "public-a" | "private-a" = "public-a", nat: Record<string, unknown> = {}) =>
  build()
    .vpc("vpc-1", null, { cidrBlock: "10.0.0.0/16" })
    .igw("igw-1", "vpc-1")
    .routeTable("rtb-public", "vpc-1")
    .routeTable("rtb-private", "vpc-1")
    .az("az-a", "vpc-1", { zoneName: "us-east-1a" })
    .subnet("public-a", "az-a", { cidrBlock: "10.0.0.0/24" })
    .subnet("private-a", "az-a", { cidrBlock: "10.0.1.0/24" })
    .nat("nat-1", natSubnet, nat)
    .route("rtb-public", "igw-1")
    .associate("rtb-public", "public-a")
    .route("rtb-private", "nat-1")
    .associate("rtb-private", "private-a");

/** vpc-a 10.0.0.0/16 ↔ vpc-b 10.1.0.0/16 ↔ vpc-c 10.2.0.0/16, with route table `rtb-a` in vpc-a. */
const peeringChain = () =>
  build()
    .vpc("vpc-a", null, { cidrBlock: "10.0.0.0/16" })
    .routeTable("rtb-a", "vpc-a")
    .peering("pcx-ab", "vpc-a", "vpc-b")
    .vpc("vpc-b", null, { cidrBlock: "10.1.0.0/16" })
    .peering("pcx-bc", "vpc-b", "vpc-c")
    .vpc("vpc-c", null, { cidrBlock: "10.2.0.0/16" });

/** Two VPCs, each with its own internet gateway; vpc-2 has route table `rtb-2`. */
const twoVpcs = () =>
  build()
    .vpc("vpc-1", null, { cidrBlock: "10.0.0.0/16" })
    .igw("igw-1", "vpc-1")
    .vpc("vpc-2", null, { cidrBlock: "10.1.0.0/16" })
    .igw("igw-2", "vpc-2")
    .routeTable("rtb-2", "vpc-2");

/** Distribution `cdn`, CloudFront Function `rewrite`, and Lambda@Edge function `auth` (props as given) in us-east-1; nothing associated yet. */
const edgeFunctions = (auth: Record<string, unknown> = {}) =>
  build()
    .node("aws.cloudfront-distribution", "cdn", null)
    .node("aws.cloudfront-function", "rewrite", null)
    .region("r", { regionCode: "us-east-1" })
    .lambda("auth", "r", auth);

/** Multivalue A records for www.example.com, ids `r-1` … */
const multivalue = (count: number) => {
  const b = build();
  for (let i = 1; i <= count; i++) b.record(`r-${i}`, { name: "www.example.com", routingPolicy: "multivalue", setIdentifier: `r-${i}` });
  return b;
};

/** Security-group and ACL rules the network examples share. */
const HTTPS_FROM_ANYWHERE = { protocol: "tcp", fromPort: 443, toPort: 443, source: "0.0.0.0/0" };
const SSH_FROM_OFFICE = { protocol: "tcp", fromPort: 22, toPort: 22, source: "203.0.113.0/24" };
const HTTPS_ACL_ENTRY = (ruleNumber: number) => ({ ruleNumber, protocol: "tcp", fromPort: 443, toPort: 443, cidrBlock: "0.0.0.0/0", action: "allow" });
const SESSION_MANAGER = { remoteAccess: "session-manager", instanceProfile: true };

/** Instance `web` in subnet s-1 of `oneSubnet`, in `count` security groups `sg-1` … */
const inGroups = (count: number) => {
  const b = oneSubnet().ec2("web", "s-1");
  for (let i = 1; i <= count; i++) b.node("aws.security-group", `sg-${i}`, "vpc-1").edge("membership", "web", `sg-${i}`);
  return b;
};

/** `count` instances `i-1` … in subnet s-1 of the given block. */
const instancesIn = (cidrBlock: string, count: number) => {
  const b = build().vpc("vpc-1", null, { cidrBlock: "10.0.0.0/16" }).az("az-a", "vpc-1").subnet("s-1", "az-a", { cidrBlock });
  for (let i = 1; i <= count; i++) b.ec2(`i-${i}`, "s-1");
  return b;
};

/** `app` in public-a connects to MySQL `db` in private-a, a connection drawn as one that must be denied; sg-db allows 3306 from `source`. */
const deniedDb = (source: string) =>
  natLayout()
    .node("aws.security-group", "sg-db", "vpc-1", { ingress: [{ protocol: "tcp", fromPort: 3306, toPort: 3306, source }] })
    .ec2("app", "public-a")
    .node("aws.rds-instance", "db", "private-a", { engine: "mysql" })
    .edge("membership", "db", "sg-db")
    .edge("connection", "app", "db", { expected: "denied" });

/** Instance `web` mounts EFS `shared` in subnet s-1; both are in group efs-sg, which admits TCP `port` from the VPC. */
const efsMountThrough = (port: number) =>
  oneSubnet()
    .node("aws.security-group", "efs-sg", "vpc-1", { ingress: [{ protocol: "tcp", fromPort: port, toPort: port, source: "10.0.0.0/16" }] })
    .ec2("web", "s-1")
    .efs("shared", "vpc-1")
    .place("shared", "s-1")
    .edge("membership", "shared", "efs-sg")
    .edge("membership", "web", "efs-sg")
    .edge("mount", "web", "shared");

/** Group sg-app in vpc-a (us-east-1) allows SSH from `source`; sg-admin is in vpc-b (eu-west-1), peered with vpc-a. */
const interRegion = (source: string) =>
  build()
    .region("use1", { regionCode: "us-east-1" })
    .vpc("vpc-a", "use1", { cidrBlock: "10.0.0.0/16" })
    .node("aws.security-group", "sg-app", "vpc-a", { ingress: [{ ...SSH_FROM_OFFICE, source }] })
    .peering("pcx", "vpc-a", "vpc-b")
    .region("euw1", { regionCode: "eu-west-1" })
    .vpc("vpc-b", "euw1", { cidrBlock: "10.1.0.0/16" })
    .node("aws.security-group", "sg-admin", "vpc-b");

/**
 * Examples by rule id, sorted. Each is built on demand; lib/engine/rule-examples.test.ts checks
 * that every invalid example gives a finding of its rule and every valid one none.
 */
const EXAMPLES: Record<string, () => RuleExample> = {
  "alb-two-azs": () => ({
    invalid: twoZones().alb("web-alb", "s-a").diagram(),
    valid: twoZones().alb("web-alb", "s-a").place("web-alb", "s-b").diagram(),
  }),
  "api-gateway-cache": () => ({
    invalid: build().node("aws.api-gateway", "api", null, { apiType: "HTTP", cacheEnabled: true }).diagram(),
    valid: build().node("aws.api-gateway", "api", null, { apiType: "REST", cacheEnabled: true, cacheTtlSeconds: 300 }).diagram(),
  }),
  "api-gateway-custom-domain-certificate": () => ({
    invalid: build().region("r", { regionCode: "ap-northeast-2" }).node("aws.api-gateway", "api", "r", { endpointType: "EDGE", customDomainCertificateRegion: "eu-west-1" }).diagram(),
    valid: build().region("r", { regionCode: "ap-northeast-2" }).node("aws.api-gateway", "api", "r", { endpointType: "EDGE", customDomainCertificateRegion: "us-east-1" }).diagram(),
  }),
  "api-gateway-endpoint-type": () => ({
    invalid: build().vpc("vpc-1", null).node("aws.api-gateway", "api", null, { endpointType: "PRIVATE" }).diagram(),
    valid: build().vpc("vpc-1", null).endpoint("execute-api", "vpc-1", { endpointType: "Interface", serviceName: "execute-api" }).node("aws.api-gateway", "api", null, { endpointType: "PRIVATE" }).diagram(),
  }),
  "api-gateway-integration-timeout": () => ({
    invalid: build().node("aws.api-gateway", "api", null, { apiType: "HTTP", integrationTimeoutMs: 60_000 }).diagram(),
    valid: build().node("aws.api-gateway", "api", null, { apiType: "HTTP", integrationTimeoutMs: 30_000 }).diagram(),
  }),
  "api-gateway-integrations": () => ({
    invalid: build().node("aws.api-gateway", "api", null).lambda("fn", null).edge("invocation", "api", "fn", { integrationType: "AWS_PROXY", mappingTemplates: true }).diagram(),
    valid: build().node("aws.api-gateway", "api", null).lambda("fn", null).edge("invocation", "api", "fn", { integrationType: "AWS", mappingTemplates: true }).diagram(),
  }),
  "asg-capacity-bounds": () => ({
    invalid: oneSubnet().node("aws.auto-scaling-group", "web-asg", "s-1", { minSize: 2, maxSize: 4, desiredCapacity: 6 }).diagram(),
    valid: oneSubnet().node("aws.auto-scaling-group", "web-asg", "s-1", { minSize: 2, maxSize: 4, desiredCapacity: 3 }).diagram(),
  }),
  "asg-scaling-policies": () => ({
    invalid: oneSubnet().node("aws.auto-scaling-group", "web-asg", "s-1", { scalingPolicies: [REQUEST_TRACKING] }).diagram(),
    valid: oneSubnet()
      .node("aws.auto-scaling-group", "web-asg", "s-1", { scalingPolicies: [REQUEST_TRACKING] })
      .alb("web-alb", "s-1")
      .node("aws.target-group", "web-tg", "vpc-1")
      .edge("listener", "web-alb", "web-tg")
      .edge("target-registration", "web-tg", "web-asg")
      .diagram(),
  }),
  "aurora-replicas": () => ({
    invalid: twoZones().node("aws.aurora-cluster", "aurora", "s-a", { replicaCount: 16 }).place("aurora", "s-b").diagram(),
    valid: twoZones().node("aws.aurora-cluster", "aurora", "s-a", { replicaCount: 15 }).place("aurora", "s-b").diagram(),
  }),
  "cloudfront-certificate": () => ({
    invalid: build().node("aws.cloudfront-distribution", "cdn", null, { aliases: ["www.example.com"], certificateRegion: "eu-west-1" }).diagram(),
    valid: build().node("aws.cloudfront-distribution", "cdn", null, { aliases: ["www.example.com"], certificateRegion: "us-east-1" }).diagram(),
  }),
  "cloudfront-edge-functions": () => ({
    invalid: edgeFunctions().edgeFunction("cdn", "rewrite", "viewer-request").edgeFunction("cdn", "auth", "viewer-response").diagram(),
    valid: edgeFunctions().edgeFunction("cdn", "rewrite", "viewer-request").edgeFunction("cdn", "auth", "origin-request").diagram(),
  }),
  "connection-blocked": () => ({
    invalid: natLayout().lambda("fn", null).node("aws.rds-instance", "db", "private-a", { engine: "mysql" }).edge("connection", "fn", "db").diagram(),
    valid: natLayout().lambda("fn", "private-a").node("aws.rds-instance", "db", "private-a", { engine: "mysql" }).edge("connection", "fn", "db").diagram(),
  }),
  "connection-target-port": () => ({
    invalid: oneSubnet().ec2("app", "s-1").node("aws.rds-instance", "db", "s-1", { engine: "mysql" }).edge("connection", "app", "db", { port: 5432 }).diagram(),
    valid: oneSubnet().ec2("app", "s-1").node("aws.rds-instance", "db", "s-1", { engine: "mysql" }).edge("connection", "app", "db", { port: 3306 }).diagram(),
  }),
  "container-contents": () => ({
    invalid: build().region("r").vpc("vpc-1", "r").lambda("fn", "vpc-1").unchecked(),
    valid: build().region("r").vpc("vpc-1", "r").az("az-a", "vpc-1").subnet("s-1", "az-a").lambda("fn", "s-1").diagram(),
  }),
  "dynamodb-global-tables": () => ({
    invalid: build().region("use1", { regionCode: "us-east-1" }).node("aws.dynamodb-table", "orders", "use1").node("aws.dynamodb-table", "orders-copy", "use1").edge("replication", "orders", "orders-copy").diagram(),
    valid: build().region("use1", { regionCode: "us-east-1" }).node("aws.dynamodb-table", "orders", "use1").region("euw1", { regionCode: "eu-west-1" }).node("aws.dynamodb-table", "orders-eu", "euw1").edge("replication", "orders", "orders-eu").diagram(),
  }),
  "dynamodb-indexes": () => ({
    invalid: build().node("aws.dynamodb-table", "orders", null, { sortKey: "sk", localSecondaryIndexes: 6 }).diagram(),
    valid: build().node("aws.dynamodb-table", "orders", null, { sortKey: "sk", localSecondaryIndexes: 5 }).diagram(),
  }),
  "ebs-boot-volume-type": () => ({
    invalid: oneSubnet().ec2("web", "s-1").volume("root", "az-a", { volumeType: "st1", size: 500 }).attach("root", "web", { boot: true }).diagram(),
    valid: oneSubnet().ec2("web", "s-1").volume("root", "az-a", { volumeType: "gp3", size: 500 }).attach("root", "web", { boot: true }).diagram(),
  }),
  "ebs-multi-attach": () => ({
    invalid: oneSubnet().ec2("i-1", "s-1", { instanceType: "m5.large" }).ec2("i-2", "s-1", { instanceType: "m5.large" }).volume("data", "az-a", IO2).attach("data", "i-1").attach("data", "i-2").diagram(),
    valid: oneSubnet()
      .ec2("i-1", "s-1", { instanceType: "m5.large" })
      .ec2("i-2", "s-1", { instanceType: "m5.large" })
      .volume("data-1", "az-a", IO2)
      .volume("data-2", "az-a", IO2)
      .attach("data-1", "i-1")
      .attach("data-2", "i-2")
      .diagram(),
  }),
  "ebs-same-az": () => ({
    invalid: twoZones().ec2("web", "s-b").volume("data", "az-a").attach("data", "web").diagram(),
    valid: twoZones().ec2("web", "s-b").volume("data", "az-b").attach("data", "web").diagram(),
  }),
  "ebs-volume-limits": () => ({
    invalid: oneSubnet().volume("logs", "az-a", { volumeType: "st1", size: 100 }).diagram(),
    valid: oneSubnet().volume("logs", "az-a", { volumeType: "st1", size: 125 }).diagram(),
  }),
  "ec2-instance-store": () => ({
    invalid: oneSubnet().ec2("db", "s-1", { instanceType: "m5d.large", instanceStore: true }).diagram(),
    valid: oneSubnet().ec2("db", "s-1", { instanceType: "m5d.large" }).volume("data", "az-a").attach("data", "db").diagram(),
  }),
  "ec2-serial-console-nitro": () => ({
    invalid: oneSubnet().ec2("web", "s-1", { instanceType: "t2.micro", serialConsole: true }).diagram(),
    valid: oneSubnet().ec2("web", "s-1", { instanceType: "t3.micro", serialConsole: true }).diagram(),
  }),
  "ec2-ssh-access": () => ({
    invalid: natLayout().node("aws.security-group", "sg-web", "vpc-1", { ingress: [HTTPS_FROM_ANYWHERE] }).ec2("web", "public-a", { associatePublicIp: true, remoteAccess: "ssh" }).edge("membership", "web", "sg-web").diagram(),
    valid: natLayout().node("aws.security-group", "sg-web", "vpc-1", { ingress: [HTTPS_FROM_ANYWHERE, SSH_FROM_OFFICE] }).ec2("web", "public-a", { associatePublicIp: true, remoteAccess: "ssh" }).edge("membership", "web", "sg-web").diagram(),
  }),
  "efs-mount-targets": () => ({
    invalid: twoZones().efs("shared", "vpc-1").place("shared", "s-a").ec2("web", "s-b").edge("mount", "web", "shared").diagram(),
    valid: twoZones().efs("shared", "vpc-1").place("shared", "s-a").place("shared", "s-b").ec2("web", "s-b").edge("mount", "web", "shared").diagram(),
  }),
  "efs-nfs-port": () => ({
    invalid: efsMountThrough(443).diagram(),
    valid: efsMountThrough(2049).diagram(),
  }),
  "efs-performance-mode": () => ({
    invalid: oneSubnet().efs("shared", "vpc-1", { oneZone: true, performanceMode: "maxIO" }).place("shared", "s-1").diagram(),
    valid: oneSubnet().efs("shared", "vpc-1", { oneZone: true, performanceMode: "generalPurpose" }).place("shared", "s-1").diagram(),
  }),
  "efs-storage-classes": () => ({
    invalid: oneSubnet().efs("shared", "vpc-1", { throughputMode: "bursting", transitionToIa: "AFTER_30_DAYS", transitionToArchive: "AFTER_90_DAYS" }).place("shared", "s-1").diagram(),
    valid: oneSubnet().efs("shared", "vpc-1", { throughputMode: "elastic", transitionToIa: "AFTER_30_DAYS", transitionToArchive: "AFTER_90_DAYS" }).place("shared", "s-1").diagram(),
  }),
  "efs-windows": () => ({
    invalid: oneSubnet().ec2("iis", "s-1", { platform: "windows" }).efs("shared", "vpc-1").place("shared", "s-1").edge("mount", "iis", "shared").diagram(),
    valid: oneSubnet().ec2("web", "s-1", { platform: "linux" }).efs("shared", "vpc-1").place("shared", "s-1").edge("mount", "web", "shared").diagram(),
  }),
  "elasticache-replication": () => ({
    invalid: twoZones().node("aws.elasticache-cluster", "cache", "s-a", { replicasPerShard: 6 }).place("cache", "s-b").diagram(),
    valid: twoZones().node("aws.elasticache-cluster", "cache", "s-a", { replicasPerShard: 5 }).place("cache", "s-b").diagram(),
  }),
  "gateway-endpoint-services": () => ({
    invalid: build().vpc("vpc-1", null).endpoint("vpce", "vpc-1", { endpointType: "Gateway", serviceName: "sqs" }).diagram(),
    valid: build().vpc("vpc-1", null).endpoint("vpce", "vpc-1", { endpointType: "Gateway", serviceName: "s3" }).diagram(),
  }),
  "gwlb-security-groups": () => ({
    invalid: oneSubnet().node("aws.gwlb", "inspection", "s-1").node("aws.security-group", "sg-1", "vpc-1").edge("membership", "inspection", "sg-1").diagram(),
    valid: oneSubnet().node("aws.gwlb", "inspection", "s-1").node("aws.security-group", "sg-1", "vpc-1").diagram(),
  }),
  "igw-one-per-vpc": () => ({
    invalid: build().vpc("vpc-1", null).igw("igw-1", "vpc-1").igw("igw-2", "vpc-1").diagram(),
    valid: build().vpc("vpc-1", null).igw("igw-1", "vpc-1").diagram(),
  }),
  "lambda-aliases": () => ({
    invalid: build().lambda("fn", null, { aliases: [{ name: "live", functionVersion: "$LATEST", additionalVersion: "4" }] }).diagram(),
    valid: build().lambda("fn", null, { aliases: [{ name: "live", functionVersion: "3", additionalVersion: "4" }] }).diagram(),
  }),
  "lambda-async-retries": () => ({
    invalid: build().lambda("fn", null, { maximumRetryAttempts: 5 }).diagram(),
    valid: build().lambda("fn", null, { maximumRetryAttempts: 2 }).diagram(),
  }),
  "lambda-code-bucket-region": () => ({
    invalid: build().region("use1", { regionCode: "us-east-1" }).region("euw1", { regionCode: "eu-west-1" }).lambda("fn", "use1").bucket("code", "euw1").edge("code-source", "fn", "code").diagram(),
    valid: build().region("use1", { regionCode: "us-east-1" }).region("euw1", { regionCode: "eu-west-1" }).lambda("fn", "use1").bucket("code", "use1").edge("code-source", "fn", "code").diagram(),
  }),
  "lambda-destinations": () => ({
    invalid: build().node("aws.api-gateway", "api", null).lambda("fn", null).edge("invocation", "api", "fn", { integrationType: "AWS_PROXY" }).queue("failed", null).destination("fn", "failed").diagram(),
    valid: build().node("aws.s3-bucket", "uploads", null).lambda("fn", null).edge("invocation", "uploads", "fn").queue("failed", null).destination("fn", "failed").diagram(),
  }),
  "lambda-edge-restrictions": () => ({
    invalid: edgeFunctions({ memorySize: 512, timeout: 10 }).edgeFunction("cdn", "auth", "viewer-request").diagram(),
    valid: edgeFunctions({ memorySize: 128, timeout: 5 }).edgeFunction("cdn", "auth", "viewer-request").diagram(),
  }),
  "lambda-function-url": () => ({
    invalid: build().lambda("fn", null, { functionUrlAuthType: "AWS_IAM", functionUrlQualifier: "3" }).diagram(),
    valid: build().lambda("fn", null, { functionUrlAuthType: "AWS_IAM", functionUrlQualifier: "live" }).diagram(),
  }),
  "lambda-internet-access": () => ({
    invalid: natLayout().lambda("fn", "public-a").diagram(),
    valid: natLayout().lambda("fn", "private-a").diagram(),
  }),
  "lambda-package-limits": () => ({
    invalid: build().lambda("fn", null, { packageType: "Image", layers: 2 }).diagram(),
    valid: build().lambda("fn", null, { packageType: "Zip", layers: 2 }).diagram(),
  }),
  "lambda-quotas": () => ({
    invalid: build().lambda("fn", null, { memorySize: 20480, timeout: 900 }).diagram(),
    valid: build().lambda("fn", null, { memorySize: 10240, timeout: 900 }).diagram(),
  }),
  "lambda-reserved-concurrency": () => ({
    invalid: build().region("r").lambda("orders", "r", { reservedConcurrency: 800 }).lambda("reports", "r", { reservedConcurrency: 200 }).diagram(),
    valid: build().region("r").lambda("orders", "r", { reservedConcurrency: 700 }).lambda("reports", "r", { reservedConcurrency: 200 }).diagram(),
  }),
  "lambda-runtimes": () => ({
    invalid: build().lambda("fn", null, { runtime: "go1.x" }).diagram(),
    valid: build().lambda("fn", null, { runtime: "provided.al2023" }).diagram(),
  }),
  "lambda-single-az": () => ({
    invalid: twoZones().lambda("fn", "s-a").diagram(),
    valid: twoZones().lambda("fn", "s-a").place("fn", "s-b").diagram(),
  }),
  "lambda-sqs-batch": () => ({
    invalid: build().queue("jobs", null).lambda("worker", null).edge("invocation", "jobs", "worker", { batchSize: 100 }).diagram(),
    valid: build().queue("jobs", null).lambda("worker", null).edge("invocation", "jobs", "worker", { batchSize: 100, maximumBatchingWindowInSeconds: 1 }).diagram(),
  }),
  "lambda-vpc-tenancy": () => ({
    invalid: build().vpc("vpc-1", null, { instanceTenancy: "dedicated" }).az("az-a", "vpc-1").subnet("s-1", "az-a").lambda("fn", "s-1").diagram(),
    valid: build().vpc("vpc-1", null, { instanceTenancy: "default" }).az("az-a", "vpc-1").subnet("s-1", "az-a").lambda("fn", "s-1").diagram(),
  }),
  "lb-internet-facing-private-subnets": () => ({
    invalid: natLayout().alb("web-alb", "private-a").diagram(),
    valid: natLayout().alb("web-alb", "public-a").diagram(),
  }),
  "load-balancer-certificates": () => ({
    invalid: oneSubnet().alb("web-alb", "s-1").node("aws.target-group", "web-tg", "vpc-1").edge("listener", "web-alb", "web-tg", { protocol: "HTTPS", port: 443, certificates: 0 }).diagram(),
    valid: oneSubnet().alb("web-alb", "s-1").node("aws.target-group", "web-tg", "vpc-1").edge("listener", "web-alb", "web-tg", { protocol: "HTTPS", port: 443, certificates: 1 }).diagram(),
  }),
  "load-balancer-listeners": () => ({
    invalid: oneSubnet().alb("web-alb", "s-1").node("aws.target-group", "web-tg", "vpc-1").edge("listener", "web-alb", "web-tg", { protocol: "TCP", port: 80 }).diagram(),
    valid: oneSubnet().alb("web-alb", "s-1").node("aws.target-group", "web-tg", "vpc-1").edge("listener", "web-alb", "web-tg", { protocol: "HTTP", port: 80 }).diagram(),
  }),
  "nat-gateway-cross-az": () => ({
    invalid: twoZones().igw("igw-1", "vpc-1").routeTable("rtb-a", "vpc-1").route("rtb-a", "igw-1").associate("rtb-a", "s-a").nat("nat-a", "s-a").subnet("private-b", "az-b", { cidrBlock: "10.0.12.0/24" }).routeTable("rtb-b", "vpc-1").route("rtb-b", "nat-a").associate("rtb-b", "private-b").diagram(),
    valid: twoZones().igw("igw-1", "vpc-1").routeTable("rtb-pub", "vpc-1").route("rtb-pub", "igw-1").associate("rtb-pub", "s-a").associate("rtb-pub", "s-b").nat("nat-b", "s-b").subnet("private-b", "az-b", { cidrBlock: "10.0.12.0/24" }).routeTable("rtb-b", "vpc-1").route("rtb-b", "nat-b").associate("rtb-b", "private-b").diagram(),
  }),
  "nat-gateway-elastic-ip": () => ({
    invalid: natLayout("public-a", { elasticIp: false }).diagram(),
    valid: natLayout("public-a", { elasticIp: true }).diagram(),
  }),
  "nat-gateway-in-public-subnet": () => ({
    invalid: natLayout("private-a").diagram(),
    valid: natLayout("public-a").diagram(),
  }),
  "network-acl-entries": () => ({
    invalid: oneSubnet().node("aws.network-acl", "acl-1", "vpc-1", { inbound: [HTTPS_ACL_ENTRY(100), { ...HTTPS_ACL_ENTRY(100), action: "deny", cidrBlock: "203.0.113.0/24" }] }).associate("acl-1", "s-1").diagram(),
    valid: oneSubnet().node("aws.network-acl", "acl-1", "vpc-1", { inbound: [{ ...HTTPS_ACL_ENTRY(90), action: "deny", cidrBlock: "203.0.113.0/24" }, HTTPS_ACL_ENTRY(100)] }).associate("acl-1", "s-1").diagram(),
  }),
  "peering-cidr-overlap": () => ({
    invalid: build().vpc("vpc-a", null, { cidrBlock: "10.0.0.0/16" }).vpc("vpc-b", null, { cidrBlock: "10.0.0.0/16" }).peering("pcx", "vpc-a", "vpc-b").diagram(),
    valid: build().vpc("vpc-a", null, { cidrBlock: "10.0.0.0/16" }).vpc("vpc-b", null, { cidrBlock: "10.1.0.0/16" }).peering("pcx", "vpc-a", "vpc-b").diagram(),
  }),
  "peering-no-transit": () => ({
    invalid: peeringChain().route("rtb-a", "pcx-ab", "10.2.0.0/16").diagram(),
    valid: peeringChain().peering("pcx-ac", "vpc-a", "vpc-c").route("rtb-a", "pcx-ab", "10.1.0.0/16").route("rtb-a", "pcx-ac", "10.2.0.0/16").diagram(),
  }),
  "qldb-end-of-support": () => ({
    invalid: build().region("r", { regionCode: "us-east-1" }).node("aws.qldb-ledger", "audit-ledger", "r").diagram(),
    valid: twoZones().node("aws.aurora-cluster", "audit-db", "s-a", { engine: "aurora-postgresql" }).place("audit-db", "s-b").diagram(),
  }),
  "rds-proxy": () => ({
    invalid: twoZones().node("aws.rds-instance", "db", "s-a", { engine: "postgres" }).place("db", "s-b").node("aws.rds-proxy", "proxy", "s-a", { engineFamily: "MYSQL" }).place("proxy", "s-b").edge("proxy-target", "proxy", "db").diagram(),
    valid: twoZones().node("aws.rds-instance", "db", "s-a", { engine: "postgres" }).place("db", "s-b").node("aws.rds-proxy", "proxy", "s-a", { engineFamily: "POSTGRESQL" }).place("proxy", "s-b").edge("proxy-target", "proxy", "db").diagram(),
  }),
  "rds-read-replicas": () => ({
    invalid: twoZones().node("aws.rds-instance", "db", "s-a", { backupRetentionPeriod: 0 }).place("db", "s-b").node("aws.rds-instance", "replica", "s-b").place("replica", "s-a").edge("replication", "db", "replica").diagram(),
    valid: twoZones().node("aws.rds-instance", "db", "s-a", { backupRetentionPeriod: 7 }).place("db", "s-b").node("aws.rds-instance", "replica", "s-b").place("replica", "s-a").edge("replication", "db", "replica").diagram(),
  }),
  "rds-subnet-group": () => ({
    invalid: twoZones().node("aws.rds-instance", "db", "s-a").diagram(),
    valid: twoZones().node("aws.rds-instance", "db", "s-a").place("db", "s-b").diagram(),
  }),
  "route-target-in-vpc": () => ({
    invalid: twoVpcs().route("rtb-2", "igw-1").diagram(),
    valid: twoVpcs().route("rtb-2", "igw-2").diagram(),
  }),
  "route53-cname-apex": () => ({
    invalid: build().record("apex", { recordType: "CNAME", name: "example.com", zoneName: "example.com" }).diagram(),
    valid: build().record("apex", { recordType: "A", alias: true, name: "example.com", zoneName: "example.com" }).record("www", { recordType: "CNAME", name: "www.example.com", zoneName: "example.com" }).diagram(),
  }),
  "route53-failover": () => ({
    invalid: build().record("primary", PRIMARY).record("secondary", SECONDARY).diagram(),
    valid: build().record("primary", PRIMARY).record("secondary", SECONDARY).node("aws.route53-health-check", "hc", null).edge("health-check", "primary", "hc").diagram(),
  }),
  "route53-geolocation": () => ({
    invalid: build().record("europe", { ...GEO, continentCode: "EU", setIdentifier: "europe" }).record("korea", { ...GEO, countryCode: "KR", setIdentifier: "korea" }).diagram(),
    valid: build()
      .record("europe", { ...GEO, continentCode: "EU", setIdentifier: "europe" })
      .record("korea", { ...GEO, countryCode: "KR", setIdentifier: "korea" })
      .record("elsewhere", { ...GEO, countryCode: "*", setIdentifier: "default" })
      .diagram(),
  }),
  "route53-geoproximity": () => ({
    invalid: build().record("seoul", { name: "www.example.com", routingPolicy: "geoproximity", setIdentifier: "seoul", bias: 120 }).diagram(),
    valid: build().record("seoul", { name: "www.example.com", routingPolicy: "geoproximity", setIdentifier: "seoul", bias: 50 }).diagram(),
  }),
  "route53-health-check-settings": () => ({
    invalid: build().node("aws.route53-health-check", "hc", null, { failureThreshold: 30 }).diagram(),
    valid: build().node("aws.route53-health-check", "hc", null, { failureThreshold: 3 }).diagram(),
  }),
  "route53-health-check-types": () => ({
    invalid: build().node("aws.route53-health-check", "hc", null, { type: "HTTPS", ipAddress: "10.0.1.15" }).diagram(),
    valid: build().node("aws.route53-health-check", "hc", null, { type: "HTTPS", ipAddress: "203.0.113.10" }).diagram(),
  }),
  "route53-ip-based": () => ({
    invalid: build().record("office", { name: "www.example.com", routingPolicy: "ip-based", setIdentifier: "office" }).diagram(),
    valid: build().record("office", { name: "www.example.com", routingPolicy: "ip-based", setIdentifier: "office", cidrCollection: "corp-networks", cidrLocation: "seoul-office" }).diagram(),
  }),
  "route53-multivalue": () => ({
    invalid: multivalue(9).diagram(),
    valid: multivalue(8).diagram(),
  }),
  "route53-private-zone": () => ({
    invalid: build().vpc("vpc-1", null, { cidrBlock: "10.0.0.0/16" }).record("db", PRIVATE_RECORD).edge("zone-association", "db", "vpc-1").diagram(),
    valid: build().vpc("vpc-1", null, { cidrBlock: "10.0.0.0/16", enableDnsHostnames: true }).record("db", PRIVATE_RECORD).edge("zone-association", "db", "vpc-1").diagram(),
  }),
  "route53-simple-routing": () => ({
    invalid: build().record("www-1", { name: "www.example.com", values: ["192.0.2.10"] }).record("www-2", { name: "www.example.com", values: ["192.0.2.11"] }).diagram(),
    valid: build().record("www", { name: "www.example.com", values: ["192.0.2.10", "192.0.2.11"] }).diagram(),
  }),
  "route53-weighted": () => ({
    invalid: build().record("blue", { ...WEIGHTED, weight: 300, setIdentifier: "blue" }).record("green", { ...WEIGHTED, weight: 30, setIdentifier: "green" }).diagram(),
    valid: build().record("blue", { ...WEIGHTED, weight: 70, setIdentifier: "blue" }).record("green", { ...WEIGHTED, weight: 30, setIdentifier: "green" }).diagram(),
  }),
  "s3-bucket-name": () => ({
    invalid: build().bucket("logs", null, { bucketName: "My_Logs" }).diagram(),
    valid: build().bucket("logs", null, { bucketName: "my-logs-2026" }).diagram(),
  }),
  "s3-bucket-unique-name": () => ({
    invalid: build().region("use1", { regionCode: "us-east-1" }).bucket("logs", "use1", { bucketName: "team-logs" }).region("euw1", { regionCode: "eu-west-1" }).bucket("logs-eu", "euw1", { bucketName: "team-logs" }).diagram(),
    valid: build().region("use1", { regionCode: "us-east-1" }).bucket("logs", "use1", { bucketName: "team-logs" }).region("euw1", { regionCode: "eu-west-1" }).bucket("logs-eu", "euw1", { bucketName: "team-logs-eu" }).diagram(),
  }),
  "s3-replication-versioning": () => ({
    invalid: build().bucket("src", null, { versioning: true }).bucket("dst", null, { versioning: false }).edge("replication", "src", "dst").diagram(),
    valid: build().bucket("src", null, { versioning: true }).bucket("dst", null, { versioning: true }).edge("replication", "src", "dst").diagram(),
  }),
  "s3-transfer-acceleration": () => ({
    invalid: build().bucket("uploads", null, { bucketName: "uploads.example.com", transferAcceleration: true }).diagram(),
    valid: build().bucket("uploads", null, { bucketName: "uploads-example-com", transferAcceleration: true }).diagram(),
  }),
  "s3-website-public-access": () => ({
    invalid: build().bucket("site", null, { bucketName: "www.example.com", websiteHosting: true, blockPublicAccess: true }).diagram(),
    valid: build().bucket("site", null, { bucketName: "www.example.com", websiteHosting: true, blockPublicAccess: false }).diagram(),
  }),
  "security-group-deny": () => ({
    invalid: deniedDb("10.0.0.0/16").diagram(),
    valid: deniedDb("10.0.1.0/24").diagram(),
  }),
  "security-group-quotas": () => ({
    invalid: inGroups(6).diagram(),
    valid: inGroups(5).diagram(),
  }),
  "security-group-reference-region": () => ({
    invalid: interRegion("sg:sg-admin").diagram(),
    valid: interRegion("10.1.0.0/16").diagram(),
  }),
  "security-group-vpc": () => ({
    invalid: twoVpcs().az("az-1", "vpc-1").subnet("s-1", "az-1", { cidrBlock: "10.0.1.0/24" }).ec2("web", "s-1").node("aws.security-group", "sg-2", "vpc-2").edge("membership", "web", "sg-2").diagram(),
    valid: twoVpcs().az("az-1", "vpc-1").subnet("s-1", "az-1", { cidrBlock: "10.0.1.0/24" }).ec2("web", "s-1").node("aws.security-group", "sg-1", "vpc-1").edge("membership", "web", "sg-1").diagram(),
  }),
  "sqs-long-polling": () => ({
    invalid: build().queue("orders", null, { receiveMessageWaitTimeSeconds: 30 }).diagram(),
    valid: build().queue("orders", null, { receiveMessageWaitTimeSeconds: 20 }).diagram(),
  }),
  "sqs-visibility-timeout": () => ({
    invalid: build().queue("orders", null, { visibilityTimeout: 30 }).lambda("worker", null, { timeout: 60 }).edge("invocation", "orders", "worker").diagram(),
    valid: build().queue("orders", null, { visibilityTimeout: 360 }).lambda("worker", null, { timeout: 60 }).edge("invocation", "orders", "worker").diagram(),
  }),
  "ssm-session-manager-path": () => ({
    invalid: natLayout().subnet("isolated-a", "az-a", { cidrBlock: "10.0.2.0/24" }).routeTable("rtb-isolated", "vpc-1").associate("rtb-isolated", "isolated-a").ec2("box", "isolated-a", SESSION_MANAGER).diagram(),
    valid: natLayout().ec2("box", "private-a", SESSION_MANAGER).diagram(),
  }),
  "subnet-cidr-in-vpc": () => ({
    invalid: build().vpc("vpc-1", null, { cidrBlock: "10.0.0.0/16" }).az("az-a", "vpc-1").subnet("web", "az-a", { cidrBlock: "10.1.0.0/24" }).diagram(),
    valid: build().vpc("vpc-1", null, { cidrBlock: "10.0.0.0/16" }).az("az-a", "vpc-1").subnet("web", "az-a", { cidrBlock: "10.0.1.0/24" }).diagram(),
  }),
  "subnet-cidr-overlap": () => ({
    invalid: twoZones("10.0.0.0/23", "10.0.1.0/24").diagram(),
    valid: twoZones("10.0.0.0/24", "10.0.1.0/24").diagram(),
  }),
  "subnet-cidr-size": () => ({
    invalid: build().vpc("vpc-1", null, { cidrBlock: "10.0.0.0/16" }).az("az-a", "vpc-1").subnet("tiny", "az-a", { cidrBlock: "10.0.1.0/29" }).diagram(),
    valid: build().vpc("vpc-1", null, { cidrBlock: "10.0.0.0/16" }).az("az-a", "vpc-1").subnet("tiny", "az-a", { cidrBlock: "10.0.1.0/28" }).diagram(),
  }),
  "subnet-in-one-az": () => ({
    invalid: build().vpc("vpc-1", null).az("az-a", "vpc-1", { zoneName: "us-east-1a" }).subnet("web", "vpc-1").diagram(),
    valid: build().vpc("vpc-1", null).az("az-a", "vpc-1", { zoneName: "us-east-1a" }).subnet("web", "az-a").diagram(),
  }),
  "subnet-public-without-igw-route": () => ({
    invalid: natLayout().subnet("public-b", "az-a", { cidrBlock: "10.0.2.0/24" }).routeTable("rtb-b", "vpc-1").associate("rtb-b", "public-b").diagram(),
    valid: natLayout().subnet("public-b", "az-a", { cidrBlock: "10.0.2.0/24" }).associate("rtb-public", "public-b").diagram(),
  }),
  "subnet-reserved-ips": () => ({
    invalid: instancesIn("10.0.1.0/28", 12).diagram(),
    valid: instancesIn("10.0.1.0/27", 12).diagram(),
  }),
  "target-group-attributes": () => ({
    invalid: oneSubnet().node("aws.nlb", "nlb", "s-1").node("aws.target-group", "tcp-tg", "vpc-1", { protocol: "TCP", stickiness: "lb_cookie" }).edge("listener", "nlb", "tcp-tg", { protocol: "TCP" }).diagram(),
    valid: oneSubnet().node("aws.nlb", "nlb", "s-1").node("aws.target-group", "tcp-tg", "vpc-1", { protocol: "TCP", stickiness: "source_ip" }).edge("listener", "nlb", "tcp-tg", { protocol: "TCP" }).diagram(),
  }),
  "target-group-targets": () => ({
    invalid: oneSubnet().node("aws.target-group", "tg", "vpc-1").lambda("fn", null).edge("target-registration", "tg", "fn").diagram(),
    valid: oneSubnet().node("aws.target-group", "tg", "vpc-1", { targetType: "lambda" }).lambda("fn", null).edge("target-registration", "tg", "fn").diagram(),
  }),
  "vpc-cidr-size": () => ({
    invalid: build().vpc("vpc-1", null, { cidrBlock: "10.0.0.0/8" }).diagram(),
    valid: build().vpc("vpc-1", null, { cidrBlock: "10.0.0.0/16" }).diagram(),
  }),
  "vpc-endpoint-private-dns": () => ({
    invalid: build().vpc("vpc-1", null, { cidrBlock: "10.0.0.0/16" }).endpoint("sqs-endpoint", "vpc-1", { endpointType: "Interface", serviceName: "sqs" }).diagram(),
    valid: build().vpc("vpc-1", null, { cidrBlock: "10.0.0.0/16", enableDnsHostnames: true }).endpoint("sqs-endpoint", "vpc-1", { endpointType: "Interface", serviceName: "sqs" }).diagram(),
  }),
  "well-known-ports": () => ({
    invalid: oneSubnet().alb("web-alb", "s-1").node("aws.target-group", "web-tg", null).edge("listener", "web-alb", "web-tg", { protocol: "HTTPS", port: 442 }).diagram(),
    valid: oneSubnet().alb("web-alb", "s-1").node("aws.target-group", "web-tg", null).edge("listener", "web-alb", "web-tg", { protocol: "HTTPS", port: 443 }).diagram(),
  }),
};

/** The rule's invalid and valid example diagrams, or undefined when it has none yet. */
export function exampleFor(ruleId: string): RuleExample | undefined {
  return Object.hasOwn(EXAMPLES, ruleId) ? EXAMPLES[ruleId]!() : undefined;
}

/** Ids of the rules that have examples. */
export function ruleIdsWithExamples(): string[] {
  return Object.keys(EXAMPLES);
}
