// The reachability traps of issue 3 as a catalog: each scenario is a diagram, one question about it,
// and the expected verdict with its path (hop by hop) or its blocker (node and code). The other
// lib/network/*.test.ts files probe details; this one is the list a reviewer can read top to bottom.
import { describe, expect, it } from "vitest";
import { build, natLayout, type DiagramBuilder } from "../../tests/fixtures/build";
import { DiagramIndex } from "../diagram/graph";
import { analyzeReachability, formatPath, profileOf } from "./reachability";
import type { BlockerCode, PortRange, Status, Verdict, Via } from "./types";

type Question =
  | { egress: string }
  | { egress6: string }
  | { ingress: string }
  | { service: string; from: string }
  | { connection: [source: string, target: string] };

type Expected =
  | { status: "yes"; path: string; via?: Via; ports?: PortRange[] }
  | { status: Exclude<Status, "yes">; blocker: { nodeId: string; code: BlockerCode } };

interface Scenario {
  name: string;
  diagram: () => DiagramBuilder;
  ask: Question;
  expect: Expected;
}

const NAT_PATH = "private-a → rtb-private 0.0.0.0/0 → nat-1 → public-a → rtb-public 0.0.0.0/0 → igw-1 → internet";
const ALLOW_ALL = { ruleNumber: 100, protocol: "-1", cidrBlock: "0.0.0.0/0", action: "allow" };
const tcp = (port: number, peer: string, key: "source" | "destination" = "source") => ({ protocol: "tcp", fromPort: port, toPort: port, [key]: peer });

/** natLayout plus subnet `app` (10.0.5.0/24, table `rtb-app`) holding function `fn-1`; `routes` fills rtb-app. */
function app(routes: (b: DiagramBuilder) => DiagramBuilder): DiagramBuilder {
  const b = natLayout().subnet("app", "az-a", { cidrBlock: "10.0.5.0/24" }).routeTable("rtb-app", "vpc-1").associate("rtb-app", "app");
  return routes(b).lambda("fn-1", "app");
}

/** A NAT instance `nat-i` in public-a that `app` routes 0.0.0.0/0 to. */
const natInstance = (props: Record<string, unknown>) => app((b) => b.ec2("nat-i", "public-a", props).route("rtb-app", "nat-i"));

/** A VPC whose only subnet, private-a, has no way out: only endpoints help. */
function isolated(vpcProps: Record<string, unknown> = {}): DiagramBuilder {
  return build()
    .region("r", { regionCode: "us-east-1" })
    .vpc("vpc-1", "r", { cidrBlock: "10.0.0.0/16", ...vpcProps })
    .az("az-a", "vpc-1", { zoneName: "us-east-1a" })
    .subnet("private-a", "az-a", { cidrBlock: "10.0.1.0/24" })
    .routeTable("rtb-private", "vpc-1")
    .associate("rtb-private", "private-a")
    .lambda("fn-1", "private-a");
}

const ddbEndpoint = (privateDnsEnabled: boolean, vpc: Record<string, unknown>) =>
  isolated(vpc)
    .securityGroup("sg-vpce", "vpc-1", { ingress: [tcp(443, "10.0.0.0/16")] })
    .endpoint("vpce-ddb", "private-a", { endpointType: "Interface", serviceName: "dynamodb", privateDnsEnabled })
    .member("vpce-ddb", "sg-vpce");

/** Function fn-1 (group sg-app) in private-a connecting to MySQL db-1 (group sg-db) in db-a. */
function appAndDb(dbIngress: unknown[], appGroup?: Record<string, unknown>): DiagramBuilder {
  return natLayout()
    .subnet("db-a", "az-a", { cidrBlock: "10.0.2.0/24" })
    .securityGroup("sg-app", "vpc-1", appGroup)
    .securityGroup("sg-db", "vpc-1", { ingress: dbIngress })
    .lambda("fn-1", "private-a")
    .member("fn-1", "sg-app")
    .node("aws.rds-instance", "db-1", "db-a", { engine: "mysql" })
    .member("db-1", "sg-db")
    .connect("fn-1", "db-1");
}
const dbFromApp = () => appAndDb([tcp(3306, "sg:sg-app")]);
const withDbAcl = (inbound: unknown[], outbound: unknown[], props: Record<string, unknown> = {}) =>
  dbFromApp().networkAcl("acl-db", "vpc-1", { inbound, outbound, ...props }).associate("acl-db", "db-a");

/** vpc-a 10.0.0.0/16 ↔ vpc-b 10.1.0.0/16 ↔ vpc-c 10.2.0.0/16 (no a–c peering); each VPC's group admits 10.0.0.0/8. */
function chain(regions: { b?: string } = {}): DiagramBuilder {
  const b = build().region("r", { regionCode: "us-east-1" });
  if (regions.b) b.region("r2", { regionCode: regions.b });
  for (const [name, n] of [["a", 0], ["b", 1], ["c", 2]] as const) {
    b.vpc(`vpc-${name}`, name === "b" && regions.b ? "r2" : "r", { cidrBlock: `10.${n}.0.0/16` })
      .az(`az-${name}`, `vpc-${name}`)
      .subnet(`s-${name}`, `az-${name}`, { cidrBlock: `10.${n}.1.0/24` })
      .routeTable(`rtb-${name}`, `vpc-${name}`, { main: true })
      .securityGroup(`sg-${name}`, `vpc-${name}`, { ingress: [{ protocol: "-1", fromPort: -1, toPort: -1, source: "10.0.0.0/8" }] });
  }
  return b.peering("pcx-ab", "vpc-a", "vpc-b").peering("pcx-bc", "vpc-b", "vpc-c");
}
const aToB = (b: DiagramBuilder) => b.ec2("ec2-a", "s-a").member("ec2-a", "sg-a").ec2("ec2-b", "s-b").member("ec2-b", "sg-b").connect("ec2-a", "ec2-b", { port: 22 });

/** natLayout with a second AZ: public-b (rtb-public) and private-b (rtb-private). */
const twoAzs = () =>
  natLayout()
    .az("az-b", "vpc-1", { zoneName: "us-east-1b" })
    .subnet("public-b", "az-b", { cidrBlock: "10.0.10.0/24" })
    .subnet("private-b", "az-b", { cidrBlock: "10.0.11.0/24" })
    .associate("rtb-public", "public-b")
    .associate("rtb-private", "private-b");

/** An ALB in two subnets of `twoAzs`, its group admitting `sgPorts` from anywhere, with an HTTPS listener on 443. */
const alb = (subnets: [string, string], props: Record<string, unknown> = {}, sgFrom = 443, sgTo = 443) =>
  twoAzs()
    .securityGroup("sg-alb", "vpc-1", { ingress: [{ protocol: "tcp", fromPort: sgFrom, toPort: sgTo, source: "0.0.0.0/0" }] })
    .alb("alb-1", "vpc-1", props)
    .place("alb-1", subnets[0])
    .place("alb-1", subnets[1])
    .member("alb-1", "sg-alb")
    .node("aws.target-group", "tg", "vpc-1")
    .edge("listener", "alb-1", "tg", { protocol: "HTTPS", port: 443 });

const publicDb = (publiclyAccessible: boolean) =>
  natLayout()
    .securityGroup("sg-db", "vpc-1", { ingress: [tcp(3306, "0.0.0.0/0")] })
    .node("aws.rds-instance", "db-1", "public-a", { engine: "mysql", publiclyAccessible })
    .member("db-1", "sg-db");

const web = () =>
  natLayout()
    .securityGroup("sg-web", "vpc-1", { ingress: [tcp(443, "0.0.0.0/0")] })
    .ec2("web", "public-a", { associatePublicIp: true })
    .member("web", "sg-web")
    .node("ext.internet", "users", null);

const ipv6 = (withRoute: boolean) => {
  const b = build()
    .vpc("vpc-1", null, { cidrBlock: "10.0.0.0/16", ipv6: true })
    .az("az-a", "vpc-1")
    .eigw("eigw-1", "vpc-1")
    .subnet("s-1", "az-a", { cidrBlock: "10.0.1.0/24", ipv6CidrBlock: "2001:db8:1::/64" })
    .routeTable("rtb", "vpc-1", { main: true })
    .securityGroup("sg-1", "vpc-1", { egress: [{ protocol: "-1", fromPort: -1, toPort: -1, destination: "::/0" }] })
    .ec2("ec2-1", "s-1")
    .member("ec2-1", "sg-1");
  return withRoute ? b.route("rtb", "eigw-1", "::/0") : b;
};

const regionalNat = (igw: boolean) => {
  const b = build().vpc("vpc-1", null, { cidrBlock: "10.0.0.0/16" }).az("az-a", "vpc-1");
  if (igw) b.igw("igw-1", "vpc-1");
  return b
    .subnet("private-a", "az-a", { cidrBlock: "10.0.1.0/24" })
    .nat("nat-r", "vpc-1", { availabilityMode: "regional" })
    .routeTable("rtb-private", "vpc-1", { main: true })
    .route("rtb-private", "nat-r")
    .lambda("fn-1", "private-a");
};

const SCENARIOS: Scenario[] = [
  // ── Internet egress, IPv4 ──────────────────────────────────────────────────────────────────
  {
    name: "Lambda in a public subnet: no internet, its ENI never gets a public IP",
    diagram: () => natLayout().lambda("fn-1", "public-a"),
    ask: { egress: "fn-1" },
    expect: { status: "no", blocker: { nodeId: "fn-1", code: "lambda-no-public-ip" } },
  },
  {
    name: "Lambda in a private subnet behind a NAT gateway in a public subnet",
    diagram: () => natLayout().lambda("fn-1", "private-a"),
    ask: { egress: "fn-1" },
    expect: { status: "yes", via: "nat-gateway", path: `fn-1 → ${NAT_PATH}` },
  },
  {
    name: "Lambda with no VPC: internet managed by AWS",
    diagram: () => build().lambda("fn-1", null),
    ask: { egress: "fn-1" },
    expect: { status: "yes", via: "aws-managed", path: "fn-1 → internet" },
  },
  {
    name: "NAT gateway in a private subnet",
    diagram: () => app((b) => b.nat("nat-2", "private-a").route("rtb-app", "nat-2")),
    ask: { egress: "fn-1" },
    expect: { status: "no", blocker: { nodeId: "nat-2", code: "nat-not-in-public-subnet" } },
  },
  {
    name: "public NAT gateway without an Elastic IP",
    diagram: () => natLayout({ nat: { elasticIp: false } }).lambda("fn-1", "private-a"),
    ask: { egress: "fn-1" },
    expect: { status: "no", blocker: { nodeId: "nat-1", code: "nat-no-eip" } },
  },
  {
    name: "private NAT gateway: its traffic to an internet gateway is dropped",
    diagram: () => natLayout({ nat: { connectivityType: "private", elasticIp: false } }).lambda("fn-1", "private-a"),
    ask: { egress: "fn-1" },
    expect: { status: "no", blocker: { nodeId: "nat-1", code: "nat-private" } },
  },
  {
    name: "regional NAT gateway: no public subnet needed",
    diagram: () => regionalNat(true),
    ask: { egress: "fn-1" },
    expect: { status: "yes", via: "nat-gateway", path: "fn-1 → private-a → rtb-private 0.0.0.0/0 → nat-r → igw-1 → internet" },
  },
  {
    name: "regional NAT gateway in a VPC with no internet gateway",
    diagram: () => regionalNat(false),
    ask: { egress: "fn-1" },
    expect: { status: "no", blocker: { nodeId: "nat-r", code: "nat-no-igw" } },
  },
  {
    name: "NAT instance with the source/destination check off and a public IP",
    diagram: () => natInstance({ sourceDestCheck: false, associatePublicIp: true }),
    ask: { egress: "fn-1" },
    expect: { status: "yes", via: "nat-instance", path: "fn-1 → app → rtb-app 0.0.0.0/0 → nat-i → public-a → rtb-public 0.0.0.0/0 → igw-1 → internet" },
  },
  {
    name: "NAT instance with the source/destination check on",
    diagram: () => natInstance({ sourceDestCheck: true, associatePublicIp: true }),
    ask: { egress: "fn-1" },
    expect: { status: "no", blocker: { nodeId: "nat-i", code: "nat-instance-source-dest-check" } },
  },
  {
    name: "NAT instance with the check off but no public IP",
    diagram: () => natInstance({ sourceDestCheck: false }),
    ask: { egress: "fn-1" },
    expect: { status: "no", blocker: { nodeId: "nat-i", code: "no-public-ip" } },
  },
  {
    name: "no association: the VPC's main route table decides",
    diagram: () => natLayout().subnet("private-b", "az-a", { cidrBlock: "10.0.2.0/24" }).routeTable("rtb-main", "vpc-1", { main: true }).route("rtb-main", "nat-1").lambda("fn-1", "private-b"),
    ask: { egress: "fn-1" },
    expect: { status: "yes", via: "nat-gateway", path: "fn-1 → private-b → rtb-main 0.0.0.0/0 → nat-1 → public-a → rtb-public 0.0.0.0/0 → igw-1 → internet" },
  },
  {
    name: "an explicit association beats the main route table, even when only the main one has a NAT route",
    diagram: () =>
      natLayout()
        .routeTable("rtb-main", "vpc-1", { main: true })
        .route("rtb-main", "nat-1")
        .subnet("isolated", "az-a", { cidrBlock: "10.0.9.0/24" })
        .routeTable("rtb-iso", "vpc-1")
        .associate("rtb-iso", "isolated")
        .lambda("fn-1", "isolated"),
    ask: { egress: "fn-1" },
    expect: { status: "no", blocker: { nodeId: "rtb-iso", code: "no-route" } },
  },
  {
    name: "longest prefix: a 10.0.0.0/8 route to the NAT does not carry internet traffic",
    diagram: () => app((b) => b.route("rtb-app", "nat-1", "10.0.0.0/8")),
    ask: { egress: "fn-1" },
    expect: { status: "no", blocker: { nodeId: "rtb-app", code: "no-route" } },
  },
  {
    name: "no route table drawn at all: unknown, not a guess",
    diagram: () => build().vpc("vpc-1", null).az("az-a", "vpc-1").subnet("s-1", "az-a").lambda("fn-1", "s-1"),
    ask: { egress: "fn-1" },
    expect: { status: "unknown", blocker: { nodeId: "s-1", code: "no-route-table" } },
  },
  {
    name: "0.0.0.0/0 to a peering connection: the peer's NAT is not usable",
    diagram: () =>
      natLayout()
        .vpc("vpc-2", "r", { cidrBlock: "10.1.0.0/16" })
        .az("az-2", "vpc-2")
        .subnet("app", "az-2", { cidrBlock: "10.1.1.0/24" })
        .peering("pcx-1", "vpc-2", "vpc-1")
        .routeTable("rtb-app", "vpc-2")
        .route("rtb-app", "pcx-1")
        .associate("rtb-app", "app")
        .lambda("fn-1", "app"),
    ask: { egress: "fn-1" },
    expect: { status: "no", blocker: { nodeId: "pcx-1", code: "route-to-peering" } },
  },
  {
    name: "a route to another VPC's internet gateway",
    diagram: () =>
      natLayout()
        .vpc("vpc-2", null, { cidrBlock: "10.1.0.0/16" })
        .igw("igw-2", "vpc-2")
        .subnet("x", "az-a", { cidrBlock: "10.0.7.0/24" })
        .routeTable("rtb-x", "vpc-1")
        .route("rtb-x", "igw-2")
        .associate("rtb-x", "x")
        .ec2("ec2-1", "x", { associatePublicIp: true }),
    ask: { egress: "ec2-1" },
    expect: { status: "no", blocker: { nodeId: "igw-2", code: "igw-detached" } },
  },
  {
    name: "0.0.0.0/0 to an egress-only internet gateway, which carries IPv6 only",
    diagram: () => app((b) => b.eigw("eigw-1", "vpc-1").route("rtb-app", "eigw-1")),
    ask: { egress: "fn-1" },
    expect: { status: "no", blocker: { nodeId: "eigw-1", code: "ipv4-to-egress-only" } },
  },
  {
    name: "EC2 in a public subnet without a public IP",
    diagram: () => natLayout().ec2("ec2-1", "public-a"),
    ask: { egress: "ec2-1" },
    expect: { status: "no", blocker: { nodeId: "ec2-1", code: "no-public-ip" } },
  },
  {
    name: "EC2 in a public subnet with an Elastic IP",
    diagram: () => natLayout().ec2("ec2-1", "public-a", { elasticIp: true }),
    ask: { egress: "ec2-1" },
    expect: { status: "yes", via: "internet-gateway", path: "ec2-1 → public-a → rtb-public 0.0.0.0/0 → igw-1 → internet" },
  },
  {
    name: "a security group with no outbound rules",
    diagram: () => natLayout().lambda("fn-1", "private-a").securityGroup("sg-fn", "vpc-1", { egress: [] }).member("fn-1", "sg-fn"),
    ask: { egress: "fn-1" },
    expect: { status: "no", blocker: { nodeId: "sg-fn", code: "sg-egress" } },
  },
  {
    name: "a custom ACL on the NAT's subnet with no rules drops the forwarded traffic",
    diagram: () => natLayout().lambda("fn-1", "private-a").networkAcl("acl-pub", "vpc-1").associate("acl-pub", "public-a"),
    ask: { egress: "fn-1" },
    // The NAT gateway's own way out is checked first: its subnet's ACL lets nothing out.
    expect: { status: "no", blocker: { nodeId: "acl-pub", code: "nacl-outbound" } },
  },
  {
    name: "an ACL letting HTTPS out but not the replies back in (stateless)",
    diagram: () =>
      natLayout()
        .lambda("fn-1", "private-a")
        .networkAcl("acl-app", "vpc-1", { outbound: [{ ruleNumber: 100, protocol: "tcp", fromPort: 443, toPort: 443, cidrBlock: "0.0.0.0/0", action: "allow" }] })
        .associate("acl-app", "private-a"),
    ask: { egress: "fn-1" },
    expect: { status: "no", blocker: { nodeId: "acl-app", code: "nacl-return" } },
  },

  // ── Internet egress, IPv6 ──────────────────────────────────────────────────────────────────
  {
    name: "IPv6 through an egress-only internet gateway",
    diagram: () => ipv6(true),
    ask: { egress6: "ec2-1" },
    expect: { status: "yes", via: "egress-only-internet-gateway", path: "ec2-1 → s-1 → rtb ::/0 → eigw-1 → internet" },
  },
  {
    name: "IPv6 subnet whose table has no ::/0 route",
    diagram: () => ipv6(false),
    ask: { egress6: "ec2-1" },
    expect: { status: "no", blocker: { nodeId: "rtb", code: "no-route" } },
  },

  // ── AWS services ───────────────────────────────────────────────────────────────────────────
  {
    name: "S3 through a gateway endpoint route, no NAT",
    diagram: () => isolated().endpoint("vpce-s3", "vpc-1", { endpointType: "Gateway", serviceName: "s3" }).route("rtb-private", "vpce-s3", "pl-63a5400a"),
    ask: { service: "s3", from: "fn-1" },
    expect: { status: "yes", via: "gateway-endpoint", path: "fn-1 → private-a → rtb-private pl-63a5400a → vpce-s3 → s3" },
  },
  {
    name: "S3: the gateway endpoint's prefix-list route beats 0.0.0.0/0 to the NAT",
    diagram: () => natLayout().lambda("fn-1", "private-a").endpoint("vpce-s3", "vpc-1", { serviceName: "s3" }).route("rtb-private", "vpce-s3", "pl-63a5400a"),
    ask: { service: "s3", from: "fn-1" },
    expect: { status: "yes", via: "gateway-endpoint", path: "fn-1 → private-a → rtb-private pl-63a5400a → vpce-s3 → s3" },
  },
  {
    name: "S3 gateway endpoint with no route from the subnet's table does nothing",
    diagram: () => isolated().endpoint("vpce-s3", "vpc-1", { serviceName: "s3" }),
    ask: { service: "s3", from: "fn-1" },
    expect: { status: "no", blocker: { nodeId: "rtb-private", code: "no-route" } },
  },
  {
    name: "DynamoDB interface endpoint with private DNS and the VPC's DNS settings on",
    diagram: () => ddbEndpoint(true, { enableDnsSupport: true, enableDnsHostnames: true }),
    ask: { service: "dynamodb", from: "fn-1" },
    expect: { status: "yes", via: "interface-endpoint", path: "fn-1 → private-a → vpce-ddb → dynamodb" },
  },
  {
    name: "DynamoDB interface endpoint without private DNS: only its own DNS name works",
    diagram: () => ddbEndpoint(false, { enableDnsSupport: true, enableDnsHostnames: true }),
    ask: { service: "dynamodb", from: "fn-1" },
    expect: { status: "unknown", blocker: { nodeId: "vpce-ddb", code: "private-dns" } },
  },
  {
    name: "DynamoDB interface endpoint with private DNS but the VPC's DNS hostnames off",
    diagram: () => ddbEndpoint(true, { enableDnsSupport: true }),
    ask: { service: "dynamodb", from: "fn-1" },
    expect: { status: "unknown", blocker: { nodeId: "vpce-ddb", code: "private-dns" } },
  },
  {
    name: "an interface endpoint whose security group does not admit HTTPS",
    diagram: () =>
      isolated({ enableDnsSupport: true, enableDnsHostnames: true })
        .securityGroup("sg-vpce", "vpc-1")
        .endpoint("vpce-sqs", "private-a", { endpointType: "Interface", serviceName: "sqs" })
        .member("vpce-sqs", "sg-vpce"),
    ask: { service: "sqs", from: "fn-1" },
    expect: { status: "no", blocker: { nodeId: "sg-vpce", code: "sg-ingress" } },
  },
  {
    name: "a bucket in another Region: the gateway endpoint does not serve it, the NAT does",
    diagram: () =>
      natLayout()
        .lambda("fn-1", "private-a")
        .endpoint("vpce-s3", "vpc-1", { serviceName: "s3" })
        .route("rtb-private", "vpce-s3", "pl-63a5400a")
        .region("r2", { regionCode: "eu-west-1" })
        .bucket("bucket", "r2")
        .connect("fn-1", "bucket"),
    ask: { connection: ["fn-1", "bucket"] },
    expect: { status: "yes", via: "nat-gateway", path: `fn-1 → ${NAT_PATH} → s3` },
  },
  {
    name: "a private REST API with no execute-api interface endpoint",
    diagram: () => natLayout().lambda("fn-1", "private-a").node("aws.api-gateway", "api", null, { endpointType: "PRIVATE" }).connect("fn-1", "api"),
    ask: { connection: ["fn-1", "api"] },
    expect: { status: "no", blocker: { nodeId: "fn-1", code: "private-api" } },
  },
  {
    name: "a service with no endpoint and no NAT",
    diagram: () => isolated().queue("q", "r").connect("fn-1", "q"),
    ask: { connection: ["fn-1", "q"] },
    expect: { status: "no", blocker: { nodeId: "rtb-private", code: "no-route" } },
  },

  // ── Private connections: security groups, ACLs, peering ────────────────────────────────────
  {
    name: "security-group reference: the database admits 3306 from the function's group",
    diagram: dbFromApp,
    ask: { connection: ["fn-1", "db-1"] },
    expect: { status: "yes", via: "local", path: "fn-1 → private-a → rtb-private local → db-a → db-1" },
  },
  {
    name: "security-group reference to a group the client is not in",
    diagram: () => appAndDb([tcp(3306, "sg:sg-other")]).securityGroup("sg-other", "vpc-1"),
    ask: { connection: ["fn-1", "db-1"] },
    expect: { status: "no", blocker: { nodeId: "sg-db", code: "sg-ingress" } },
  },
  {
    name: "security group missing the port: 5432 open, MySQL listens on 3306",
    diagram: () => appAndDb([tcp(5432, "sg:sg-app")]),
    ask: { connection: ["fn-1", "db-1"] },
    expect: { status: "no", blocker: { nodeId: "sg-db", code: "sg-ingress" } },
  },
  {
    name: "the client's group lets only 443 out",
    diagram: () => appAndDb([tcp(3306, "sg:sg-app")], { egress: [tcp(443, "0.0.0.0/0", "destination")] }),
    ask: { connection: ["fn-1", "db-1"] },
    expect: { status: "no", blocker: { nodeId: "sg-app", code: "sg-egress" } },
  },
  {
    name: "both on the VPC's default group: it admits its own members",
    diagram: () => natLayout().subnet("db-a", "az-a", { cidrBlock: "10.0.2.0/24" }).lambda("fn-1", "private-a").node("aws.rds-instance", "db-1", "db-a", { engine: "mysql" }).connect("fn-1", "db-1"),
    ask: { connection: ["fn-1", "db-1"] },
    expect: { status: "yes", via: "local", path: "fn-1 → private-a → rtb-private local → db-a → db-1" },
  },
  {
    name: "the target on the default group, the client not: unknown",
    diagram: () =>
      natLayout()
        .subnet("db-a", "az-a", { cidrBlock: "10.0.2.0/24" })
        .securityGroup("sg-app", "vpc-1")
        .lambda("fn-1", "private-a")
        .member("fn-1", "sg-app")
        .node("aws.rds-instance", "db-1", "db-a", { engine: "mysql" })
        .connect("fn-1", "db-1"),
    ask: { connection: ["fn-1", "db-1"] },
    expect: { status: "unknown", blocker: { nodeId: "db-1", code: "default-sg" } },
  },
  {
    name: "ACL deny rule numbered before the allow",
    diagram: () => withDbAcl([{ ruleNumber: 50, protocol: "tcp", fromPort: 3306, toPort: 3306, cidrBlock: "10.0.1.0/24", action: "deny" }, ALLOW_ALL], [ALLOW_ALL]),
    ask: { connection: ["fn-1", "db-1"] },
    expect: { status: "no", blocker: { nodeId: "acl-db", code: "nacl-inbound" } },
  },
  {
    name: "ACL allowing 3306 in but no return ports out (only 443 out)",
    diagram: () => withDbAcl([ALLOW_ALL], [{ ruleNumber: 100, protocol: "tcp", fromPort: 443, toPort: 443, cidrBlock: "0.0.0.0/0", action: "allow" }]),
    ask: { connection: ["fn-1", "db-1"] },
    expect: { status: "no", blocker: { nodeId: "acl-db", code: "nacl-return" } },
  },
  {
    name: "ACL allowing 3306 in and the ephemeral ports back out",
    diagram: () =>
      withDbAcl(
        [{ ruleNumber: 100, protocol: "tcp", fromPort: 3306, toPort: 3306, cidrBlock: "10.0.1.0/24", action: "allow" }],
        [{ ruleNumber: 100, protocol: "tcp", fromPort: 1024, toPort: 65535, cidrBlock: "10.0.1.0/24", action: "allow" }],
      ),
    ask: { connection: ["fn-1", "db-1"] },
    expect: { status: "yes", via: "local", path: "fn-1 → private-a → rtb-private local → db-a → db-1" },
  },
  {
    name: "the default ACL, drawn, allows everything",
    diagram: () => dbFromApp().networkAcl("acl-default", "vpc-1", { isDefault: true, inbound: [ALLOW_ALL], outbound: [ALLOW_ALL] }),
    ask: { connection: ["fn-1", "db-1"] },
    expect: { status: "yes", via: "local", path: "fn-1 → private-a → rtb-private local → db-a → db-1" },
  },
  {
    name: "a custom ACL with no rules denies everything",
    diagram: () => withDbAcl([], []),
    ask: { connection: ["fn-1", "db-1"] },
    expect: { status: "no", blocker: { nodeId: "acl-db", code: "nacl-inbound" } },
  },
  {
    name: "peering with routes on both sides",
    diagram: () => aToB(chain().route("rtb-a", "pcx-ab", "10.1.0.0/16").route("rtb-b", "pcx-ab", "10.0.0.0/16")),
    ask: { connection: ["ec2-a", "ec2-b"] },
    expect: { status: "yes", via: "peering", path: "ec2-a → s-a → rtb-a 10.1.0.0/16 → pcx-ab → s-b → ec2-b" },
  },
  {
    name: "peering with a route on one side only",
    diagram: () => aToB(chain().route("rtb-a", "pcx-ab", "10.1.0.0/16")),
    ask: { connection: ["ec2-a", "ec2-b"] },
    expect: { status: "no", blocker: { nodeId: "rtb-b", code: "peering-no-route" } },
  },
  {
    name: "peering is not transitive: a → b → c",
    diagram: () =>
      chain()
        .route("rtb-a", "pcx-ab", "10.0.0.0/8")
        .route("rtb-b", "pcx-ab", "10.0.0.0/16")
        .route("rtb-b", "pcx-bc", "10.2.0.0/16")
        .route("rtb-c", "pcx-bc", "10.0.0.0/8")
        .ec2("ec2-a", "s-a")
        .member("ec2-a", "sg-a")
        .ec2("ec2-c", "s-c")
        .member("ec2-c", "sg-c")
        .connect("ec2-a", "ec2-c", { port: 22 }),
    ask: { connection: ["ec2-a", "ec2-c"] },
    expect: { status: "no", blocker: { nodeId: "pcx-ab", code: "peering-not-transitive" } },
  },
  {
    name: "longest prefix: 10.0.0.0/8 to the peering beats 0.0.0.0/0 to a NAT",
    diagram: () => aToB(chain().nat("nat-a", "s-a").route("rtb-a", "nat-a").route("rtb-a", "pcx-ab", "10.0.0.0/8").route("rtb-b", "pcx-ab", "10.0.0.0/16")),
    ask: { connection: ["ec2-a", "ec2-b"] },
    expect: { status: "yes", via: "peering", path: "ec2-a → s-a → rtb-a 10.0.0.0/8 → pcx-ab → s-b → ec2-b" },
  },
  {
    name: "no peering at all between the VPCs",
    diagram: () => chain().ec2("ec2-a", "s-a").member("ec2-a", "sg-a").ec2("ec2-c", "s-c").member("ec2-c", "sg-c").connect("ec2-a", "ec2-c", { port: 22 }),
    ask: { connection: ["ec2-a", "ec2-c"] },
    expect: { status: "no", blocker: { nodeId: "rtb-a", code: "no-path" } },
  },
  {
    name: "a security-group reference across an inter-Region peering does not match",
    diagram: () =>
      chain({ b: "eu-west-1" })
        .route("rtb-a", "pcx-ab", "10.1.0.0/16")
        .route("rtb-b", "pcx-ab", "10.0.0.0/16")
        .securityGroup("sg-b-ref", "vpc-b", { ingress: [tcp(22, "sg:sg-a")] })
        .ec2("ec2-a", "s-a")
        .member("ec2-a", "sg-a")
        .ec2("ec2-b", "s-b")
        .member("ec2-b", "sg-b-ref")
        .connect("ec2-a", "ec2-b", { port: 22 }),
    ask: { connection: ["ec2-a", "ec2-b"] },
    expect: { status: "no", blocker: { nodeId: "sg-b-ref", code: "sg-ingress" } },
  },
  {
    name: "Lambda with no VPC connecting to a database in a private subnet",
    diagram: () => natLayout().subnet("db-a", "az-a", { cidrBlock: "10.0.2.0/24" }).lambda("fn-1", null).node("aws.rds-instance", "db-1", "db-a", { engine: "mysql" }).connect("fn-1", "db-1"),
    ask: { connection: ["fn-1", "db-1"] },
    expect: { status: "no", blocker: { nodeId: "fn-1", code: "no-path" } },
  },
  {
    name: "Lambda with no VPC connecting to a publicly accessible database: over the internet",
    diagram: () => publicDb(true).lambda("fn-1", null).connect("fn-1", "db-1"),
    ask: { connection: ["fn-1", "db-1"] },
    expect: { status: "yes", via: "internet-gateway", path: "internet → igw-1 → public-a → db-1" },
  },
  {
    name: "EFS: the mount target in the client's own subnet, on NFS 2049",
    diagram: () =>
      twoAzs()
        .securityGroup("sg-efs", "vpc-1", { ingress: [tcp(2049, "10.0.0.0/16")] })
        .efs("fs-1", "vpc-1")
        .place("fs-1", "private-a")
        .place("fs-1", "private-b")
        .member("fs-1", "sg-efs")
        .lambda("fn-1", "private-a")
        .connect("fn-1", "fs-1"),
    ask: { connection: ["fn-1", "fs-1"] },
    expect: { status: "yes", via: "local", path: "fn-1 → private-a → fs-1" },
  },

  // ── Internet ingress ───────────────────────────────────────────────────────────────────────
  {
    name: "internet-facing ALB in public subnets, its group open on 443: exposed on 443",
    diagram: () => alb(["public-a", "public-b"], {}, 80, 443),
    ask: { ingress: "alb-1" },
    expect: { status: "yes", via: "internet-gateway", path: "internet → igw-1 → public-a → alb-1", ports: [{ protocol: "tcp", from: 443, to: 443 }] },
  },
  {
    name: "internal ALB in public subnets",
    diagram: () => alb(["public-a", "public-b"], { scheme: "internal" }),
    ask: { ingress: "alb-1" },
    expect: { status: "no", blocker: { nodeId: "alb-1", code: "not-public" } },
  },
  {
    name: "internet-facing ALB in private subnets",
    diagram: () => alb(["private-a", "private-b"]),
    ask: { ingress: "alb-1" },
    expect: { status: "no", blocker: { nodeId: "private-a", code: "not-public" } },
  },
  {
    name: "a connection to an ALB on a port it has no listener for",
    diagram: () => alb(["public-a", "public-b"], {}, 80, 443).node("ext.internet", "users", null).connect("users", "alb-1", { port: 80 }),
    ask: { connection: ["users", "alb-1"] },
    expect: { status: "no", blocker: { nodeId: "alb-1", code: "no-port" } },
  },
  {
    name: "RDS publicly accessible in a public subnet, 3306 open to the world",
    diagram: () => publicDb(true),
    ask: { ingress: "db-1" },
    expect: { status: "yes", via: "internet-gateway", path: "internet → igw-1 → public-a → db-1", ports: [{ protocol: "tcp", from: 3306, to: 3306 }] },
  },
  {
    name: "RDS in a public subnet but not publicly accessible",
    diagram: () => publicDb(false),
    ask: { ingress: "db-1" },
    expect: { status: "no", blocker: { nodeId: "db-1", code: "no-public-ip" } },
  },
  {
    name: "web server with a public IP, HTTPS from the internet",
    diagram: () => web().connect("users", "web", { port: 443 }),
    ask: { connection: ["users", "web"] },
    expect: { status: "yes", via: "internet-gateway", path: "internet → igw-1 → public-a → web" },
  },
  {
    name: "web server, a port its group does not open",
    diagram: () => web().connect("users", "web", { port: 8080 }),
    ask: { connection: ["users", "web"] },
    expect: { status: "no", blocker: { nodeId: "sg-web", code: "sg-ingress" } },
  },
  {
    name: "a Lambda never accepts connections from the internet",
    diagram: () => natLayout().lambda("fn-1", "public-a"),
    ask: { ingress: "fn-1" },
    expect: { status: "no", blocker: { nodeId: "fn-1", code: "not-public" } },
  },
];

function answer(b: DiagramBuilder, ask: Question): { verdict: Verdict; ports?: PortRange[] } {
  const report = analyzeReachability(new DiagramIndex(b.diagram()));
  const profile = (id: string) => {
    const p = profileOf(report, id);
    if (!p) throw new Error(`no profile for ${id}`);
    return p;
  };
  if ("egress" in ask) return { verdict: profile(ask.egress).internetEgress!.overall };
  if ("egress6" in ask) return { verdict: profile(ask.egress6).internetEgressIpv6!.overall };
  if ("ingress" in ask) return { verdict: profile(ask.ingress).internetIngress.verdict, ports: profile(ask.ingress).internetIngress.ports };
  if ("service" in ask) {
    const s = profile(ask.from).awsServices.find((a) => a.service === ask.service);
    if (!s) throw new Error(`no ${ask.service} access for ${ask.from}`);
    return { verdict: s.access.overall };
  }
  const [source, target] = ask.connection;
  const c = Object.values(report.connections).find((v) => v.sourceId === source && v.targetId === target);
  if (!c) throw new Error(`no connection ${source} → ${target}`);
  return { verdict: c.verdict.overall };
}

describe("reachability scenarios (issue 3)", () => {
  it("holds at least 40 scenarios, each with a unique name", () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(SCENARIOS.map((s) => s.name)).size).toBe(SCENARIOS.length);
  });

  describe.each(SCENARIOS.map((s) => [s.name, s] as const))("%s", (_name, s) => {
    it(s.expect.status === "yes" ? "yes, by the expected path" : `${s.expect.status}, with the expected blocker`, () => {
      const { verdict, ports } = answer(s.diagram(), s.ask);
      expect(verdict.status).toBe(s.expect.status);
      if (s.expect.status === "yes") {
        expect(formatPath(verdict.path)).toBe(s.expect.path);
        if (s.expect.via) expect(verdict.via).toBe(s.expect.via);
        if (s.expect.ports) expect(ports).toEqual(s.expect.ports);
      } else {
        expect(verdict.blocker).toMatchObject(s.expect.blocker);
        expect(verdict.blocker!.reason.en.length).toBeGreaterThan(0);
        expect(verdict.blocker!.reason.ko).toMatch(/[\uac00-\ud7a3]/);
      }
    });
  });
});
