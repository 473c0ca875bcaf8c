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

/** Multivalue A records for www.example.com, ids `r-1` … */
const multivalue = (count: number) => {
  const b = build();
  for (let i = 1; i <= count; i++) b.record(`r-${i}`, { name: "www.example.com", routingPolicy: "multivalue", setIdentifier: `r-${i}` });
  return b;
};

/**
 * Examples by rule id, sorted. Each is built on demand; lib/engine/rule-examples.test.ts checks
 * that every invalid example gives a finding of its rule and every valid one none.
 */
const EXAMPLES: Record<string, () => RuleExample> = {
  "alb-two-azs": () => ({
    invalid: twoZones().alb("web-alb", "s-a").diagram(),
    valid: twoZones().alb("web-alb", "s-a").place("web-alb", "s-b").diagram(),
  }),
  "connection-blocked": () => ({
    invalid: natLayout().lambda("fn", null).node("aws.rds-instance", "db", "private-a", { engine: "mysql" }).edge("connection", "fn", "db").diagram(),
    valid: natLayout().lambda("fn", "private-a").node("aws.rds-instance", "db", "private-a", { engine: "mysql" }).edge("connection", "fn", "db").diagram(),
  }),
  "container-contents": () => ({
    invalid: build().region("r").vpc("vpc-1", "r").lambda("fn", "vpc-1").unchecked(),
    valid: build().region("r").vpc("vpc-1", "r").az("az-a", "vpc-1").subnet("s-1", "az-a").lambda("fn", "s-1").diagram(),
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
  "efs-mount-targets": () => ({
    invalid: twoZones().efs("shared", "vpc-1").place("shared", "s-a").ec2("web", "s-b").edge("mount", "web", "shared").diagram(),
    valid: twoZones().efs("shared", "vpc-1").place("shared", "s-a").place("shared", "s-b").ec2("web", "s-b").edge("mount", "web", "shared").diagram(),
  }),
  "efs-windows": () => ({
    invalid: oneSubnet().ec2("iis", "s-1", { platform: "windows" }).efs("shared", "vpc-1").place("shared", "s-1").edge("mount", "iis", "shared").diagram(),
    valid: oneSubnet().ec2("web", "s-1", { platform: "linux" }).efs("shared", "vpc-1").place("shared", "s-1").edge("mount", "web", "shared").diagram(),
  }),
  "gateway-endpoint-services": () => ({
    invalid: build().vpc("vpc-1", null).endpoint("vpce", "vpc-1", { endpointType: "Gateway", serviceName: "sqs" }).diagram(),
    valid: build().vpc("vpc-1", null).endpoint("vpce", "vpc-1", { endpointType: "Gateway", serviceName: "s3" }).diagram(),
  }),
  "igw-one-per-vpc": () => ({
    invalid: build().vpc("vpc-1", null).igw("igw-1", "vpc-1").igw("igw-2", "vpc-1").diagram(),
    valid: build().vpc("vpc-1", null).igw("igw-1", "vpc-1").diagram(),
  }),
  "lambda-async-retries": () => ({
    invalid: build().lambda("fn", null, { maximumRetryAttempts: 5 }).diagram(),
    valid: build().lambda("fn", null, { maximumRetryAttempts: 2 }).diagram(),
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
  "lambda-runtimes": () => ({
    invalid: build().lambda("fn", null, { runtime: "go1.x" }).diagram(),
    valid: build().lambda("fn", null, { runtime: "provided.al2023" }).diagram(),
  }),
  "lambda-single-az": () => ({
    invalid: twoZones().lambda("fn", "s-a").diagram(),
    valid: twoZones().lambda("fn", "s-a").place("fn", "s-b").diagram(),
  }),
  "lb-internet-facing-private-subnets": () => ({
    invalid: natLayout().alb("web-alb", "private-a").diagram(),
    valid: natLayout().alb("web-alb", "public-a").diagram(),
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
  "peering-cidr-overlap": () => ({
    invalid: build().vpc("vpc-a", null, { cidrBlock: "10.0.0.0/16" }).vpc("vpc-b", null, { cidrBlock: "10.0.0.0/16" }).peering("pcx", "vpc-a", "vpc-b").diagram(),
    valid: build().vpc("vpc-a", null, { cidrBlock: "10.0.0.0/16" }).vpc("vpc-b", null, { cidrBlock: "10.1.0.0/16" }).peering("pcx", "vpc-a", "vpc-b").diagram(),
  }),
  "peering-no-transit": () => ({
    invalid: peeringChain().route("rtb-a", "pcx-ab", "10.2.0.0/16").diagram(),
    valid: peeringChain().peering("pcx-ac", "vpc-a", "vpc-c").route("rtb-a", "pcx-ab", "10.1.0.0/16").route("rtb-a", "pcx-ac", "10.2.0.0/16").diagram(),
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
  "route53-multivalue": () => ({
    invalid: multivalue(9).diagram(),
    valid: multivalue(8).diagram(),
  }),
  "route53-weighted": () => ({
    invalid: build().record("blue", { ...WEIGHTED, weight: 300, setIdentifier: "blue" }).record("green", { ...WEIGHTED, weight: 30, setIdentifier: "green" }).diagram(),
    valid: build().record("blue", { ...WEIGHTED, weight: 70, setIdentifier: "blue" }).record("green", { ...WEIGHTED, weight: 30, setIdentifier: "green" }).diagram(),
  }),
  "s3-bucket-name": () => ({
    invalid: build().bucket("logs", null, { bucketName: "My_Logs" }).diagram(),
    valid: build().bucket("logs", null, { bucketName: "my-logs-2026" }).diagram(),
  }),
  "s3-replication-versioning": () => ({
    invalid: build().bucket("src", null, { versioning: true }).bucket("dst", null, { versioning: false }).edge("replication", "src", "dst").diagram(),
    valid: build().bucket("src", null, { versioning: true }).bucket("dst", null, { versioning: true }).edge("replication", "src", "dst").diagram(),
  }),
  "sqs-long-polling": () => ({
    invalid: build().queue("orders", null, { receiveMessageWaitTimeSeconds: 30 }).diagram(),
    valid: build().queue("orders", null, { receiveMessageWaitTimeSeconds: 20 }).diagram(),
  }),
  "sqs-visibility-timeout": () => ({
    invalid: build().queue("orders", null, { visibilityTimeout: 30 }).lambda("worker", null, { timeout: 60 }).edge("invocation", "orders", "worker").diagram(),
    valid: build().queue("orders", null, { visibilityTimeout: 360 }).lambda("worker", null, { timeout: 60 }).edge("invocation", "orders", "worker").diagram(),
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
  "vpc-cidr-size": () => ({
    invalid: build().vpc("vpc-1", null, { cidrBlock: "10.0.0.0/8" }).diagram(),
    valid: build().vpc("vpc-1", null, { cidrBlock: "10.0.0.0/16" }).diagram(),
  }),
  "vpc-endpoint-private-dns": () => ({
    invalid: build().vpc("vpc-1", null, { cidrBlock: "10.0.0.0/16" }).endpoint("sqs-endpoint", "vpc-1", { endpointType: "Interface", serviceName: "sqs" }).diagram(),
    valid: build().vpc("vpc-1", null, { cidrBlock: "10.0.0.0/16", enableDnsHostnames: true }).endpoint("sqs-endpoint", "vpc-1", { endpointType: "Interface", serviceName: "sqs" }).diagram(),
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
