// The notes' "Lambda 네트워크 모드 비교" table (Lambda in VPC), row by row, against the analysis:
//
// |                              | 실행 위치 (Subnet)          | 인터넷 액세스 | AWS Public 서비스 접근 | Private Subnet 리소스 접근 |
// | **no-VPC mode**              | AWS-owned VPC               | 가능          | 가능                   | 불가                       |
// | **VPC mode**                 | Public 또는 Private Subnet  | 불가          | 가능                   | 가능                       |
// | **VPC mode + NAT**           | Private Subnet              | 가능          | 가능                   | 가능                       |
// | **VPC mode + VPC Endpoints** | Public 또는 Private Subnet  | 불가          | 가능                   | 가능                       |
//
// One cell is wrong: plain VPC mode's "AWS Public 서비스 접근: 가능". A VPC-attached function has no
// internet path without NAT, even in a public subnet (facts: lambda_vpc_public_subnet), and AWS services'
// public endpoints are on the internet: it reaches them only through NAT (lambda_vpc_nat) or VPC endpoints
// (lambda_vpc_endpoints). The notes' own text for VPC mode says as much ("외부 서비스와 통신 불가"), and the
// table's next two rows exist precisely to add that access. The tests below follow facts.md: "no".
// (CloudWatch Logs keep working without NAT, lambda_vpc_logs_perms; log delivery is not a drawn connection.)
import { describe, expect, it } from "vitest";
import { build, type DiagramBuilder } from "../../tests/fixtures/build";
import { DiagramIndex } from "../diagram/graph";
import { analyzeReachability, formatPath, profileOf } from "./reachability";
import type { ConnectionVerdict, NetworkProfile, Verdict } from "./types";

type Mode = "none" | "nat" | "endpoints";

/**
 * VPC `vpc-1` (10.0.0.0/16, DNS on) with internet gateway `igw-1`, all in AZ `az-a`: public subnet `public-a`
 * (table `rtb-public`: 0.0.0.0/0 → igw-1), private subnet `private-a` (table `rtb-private`), and private subnet
 * `db-a` holding MySQL instance `db-1`, whose group `sg-db` admits 3306 from the function's group `sg-fn`.
 * `mode` adds a NAT gateway in public-a routed from rtb-private, or an S3 gateway endpoint plus an SQS
 * interface endpoint. The function `fn-1` connects to the database and to an SQS queue.
 */
function vpc(mode: Mode, fnSubnet: "public-a" | "private-a" | null): DiagramBuilder {
  const b = build()
    .region("r", { regionCode: "us-east-1" })
    .vpc("vpc-1", "r", { cidrBlock: "10.0.0.0/16", enableDnsSupport: true, enableDnsHostnames: true })
    .az("az-a", "vpc-1", { zoneName: "us-east-1a" })
    .igw("igw-1", "vpc-1")
    .subnet("public-a", "az-a", { cidrBlock: "10.0.0.0/24" })
    .subnet("private-a", "az-a", { cidrBlock: "10.0.1.0/24" })
    .subnet("db-a", "az-a", { cidrBlock: "10.0.2.0/24" })
    .routeTable("rtb-public", "vpc-1")
    .route("rtb-public", "igw-1")
    .associate("rtb-public", "public-a")
    .routeTable("rtb-private", "vpc-1")
    .associate("rtb-private", "private-a")
    .associate("rtb-private", "db-a")
    .securityGroup("sg-fn", "vpc-1")
    .securityGroup("sg-db", "vpc-1", { ingress: [{ protocol: "tcp", fromPort: 3306, toPort: 3306, source: "sg:sg-fn" }] })
    .node("aws.rds-instance", "db-1", "db-a", { engine: "mysql" })
    .member("db-1", "sg-db")
    .queue("jobs", "r");
  if (mode === "nat") b.nat("nat-1", "public-a", { elasticIp: true }).route("rtb-private", "nat-1");
  if (mode === "endpoints") {
    b.endpoint("vpce-s3", "vpc-1", { endpointType: "Gateway", serviceName: "s3" })
      .route("rtb-private", "vpce-s3", "pl-63a5400a")
      .route("rtb-public", "vpce-s3", "pl-63a5400a")
      .securityGroup("sg-vpce", "vpc-1", { ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, source: "sg:sg-fn" }] })
      .endpoint("vpce-sqs", "private-a", { endpointType: "Interface", serviceName: "sqs", privateDnsEnabled: true })
      .member("vpce-sqs", "sg-vpce");
  }
  b.lambda("fn-1", fnSubnet).connect("fn-1", "db-1").connect("fn-1", "jobs");
  // A function with no VPC configuration has no security group either.
  if (fnSubnet !== null) b.member("fn-1", "sg-fn");
  return b;
}

interface Row {
  profile: NetworkProfile;
  internet: Verdict;
  s3: Verdict;
  sqs: Verdict;
  db: ConnectionVerdict;
}

function row(b: DiagramBuilder): Row {
  const report = analyzeReachability(new DiagramIndex(b.diagram()));
  const profile = profileOf(report, "fn-1")!;
  const service = (name: string) => {
    const s = profile.awsServices.find((a) => a.service === name);
    if (!s) throw new Error(`no ${name} access`);
    return s.access.overall;
  };
  const db = Object.values(report.connections).find((c) => c.targetId === "db-1")!;
  return { profile, internet: profile.internetEgress!.overall, s3: service("s3"), sqs: service("sqs"), db };
}

describe("Lambda 네트워크 모드 비교 (notes: Lambda in VPC), each row as the analysis answers it", () => {
  describe("no-VPC mode: 실행 위치 AWS-owned VPC · 인터넷 가능 · AWS Public 서비스 가능 · Private Subnet 리소스 불가", () => {
    const r = row(vpc("none", null));

    it("인터넷 액세스: 가능 (through AWS, lambda_novpc_mode)", () => {
      expect(r.internet).toMatchObject({ status: "yes", via: "aws-managed" });
      expect(formatPath(r.internet.path)).toBe("fn-1 → internet");
    });

    it("AWS Public 서비스 접근: 가능", () => {
      expect(r.s3).toMatchObject({ status: "yes", via: "aws-managed" });
      expect(formatPath(r.s3.path)).toBe("fn-1 → s3");
      expect(r.sqs).toMatchObject({ status: "yes", via: "aws-managed" });
    });

    it("Private Subnet 리소스 접근: 불가, blocked because the function is not attached to the VPC", () => {
      expect(r.db.verdict.overall).toMatchObject({ status: "no", blocker: { nodeId: "fn-1", code: "no-path" } });
      expect(r.db.verdict.overall.blocker?.reason.en).toMatch(/not connected to a VPC/);
      expect(r.db.verdict.overall.blocker?.reason.ko).toMatch(/VPC에 연결되어 있지 않아/);
      expect(r.db.verdict.overall.blocker?.fix?.en).toMatch(/Attach fn-1 to the VPC's subnets/);
    });
  });

  describe("VPC mode, in a public subnet (실행 위치 Public 또는 Private Subnet): 인터넷 불가 · AWS Public 서비스 불가 (notes: 가능, wrong) · Private Subnet 리소스 가능", () => {
    const r = row(vpc("none", "public-a"));

    it("인터넷 액세스: 불가, even with the internet gateway route: the function's ENI has no public IP (lambda_vpc_public_subnet)", () => {
      expect(r.internet).toMatchObject({ status: "no", blocker: { nodeId: "fn-1", code: "lambda-no-public-ip" } });
    });

    it("AWS Public 서비스 접근: 불가 without NAT or an endpoint. The notes' table says 가능; facts.md (lambda_vpc_public_subnet, lambda_vpc_endpoints) says no", () => {
      expect(r.s3).toMatchObject({ status: "no", blocker: { nodeId: "fn-1", code: "lambda-no-public-ip" } });
      expect(r.s3.blocker?.fix?.en).toMatch(/gateway endpoint for s3/);
      expect(r.sqs).toMatchObject({ status: "no", blocker: { nodeId: "fn-1", code: "lambda-no-public-ip" } });
    });

    it("Private Subnet 리소스 접근: 가능, over the VPC's local route", () => {
      expect(r.db.verdict.overall).toMatchObject({ status: "yes", via: "local" });
      expect(formatPath(r.db.verdict.overall.path)).toBe("fn-1 → public-a → rtb-public local → db-a → db-1");
    });
  });

  describe("VPC mode, in a private subnet: 인터넷 불가 · AWS Public 서비스 불가 (notes: 가능, wrong) · Private Subnet 리소스 가능", () => {
    const r = row(vpc("none", "private-a"));

    it("인터넷 액세스: 불가, the route table has no 0.0.0.0/0", () => {
      expect(r.internet).toMatchObject({ status: "no", blocker: { nodeId: "rtb-private", code: "no-route" } });
    });

    it("AWS Public 서비스 접근: 불가 (facts: lambda_vpc_endpoints, lambda_vpc_nat)", () => {
      expect(r.s3).toMatchObject({ status: "no", blocker: { nodeId: "rtb-private", code: "no-route" } });
      expect(r.sqs).toMatchObject({ status: "no", blocker: { nodeId: "rtb-private", code: "no-route" } });
    });

    it("Private Subnet 리소스 접근: 가능", () => {
      expect(r.db.verdict.overall).toMatchObject({ status: "yes", via: "local" });
      expect(formatPath(r.db.verdict.overall.path)).toBe("fn-1 → private-a → rtb-private local → db-a → db-1");
    });
  });

  describe("VPC mode + NAT (실행 위치 Private Subnet): 인터넷 가능 · AWS Public 서비스 가능 · Private Subnet 리소스 가능", () => {
    const r = row(vpc("nat", "private-a"));
    const natPath = "fn-1 → private-a → rtb-private 0.0.0.0/0 → nat-1 → public-a → rtb-public 0.0.0.0/0 → igw-1 → internet";

    it("인터넷 액세스: 가능, Private Subnet → NAT Gateway → IGW", () => {
      expect(r.internet).toMatchObject({ status: "yes", via: "nat-gateway" });
      expect(formatPath(r.internet.path)).toBe(natPath);
    });

    it("AWS Public 서비스 접근: 가능, through the NAT gateway", () => {
      expect(r.s3).toMatchObject({ status: "yes", via: "nat-gateway" });
      expect(formatPath(r.s3.path)).toBe(`${natPath} → s3`);
      expect(r.sqs).toMatchObject({ status: "yes", via: "nat-gateway" });
    });

    it("Private Subnet 리소스 접근: 가능", () => {
      expect(r.db.verdict.overall).toMatchObject({ status: "yes", via: "local" });
    });
  });

  describe("VPC mode + VPC Endpoints (실행 위치 Public 또는 Private Subnet): 인터넷 불가 · AWS Public 서비스 가능 (through the endpoint) · Private Subnet 리소스 가능", () => {
    for (const subnet of ["private-a", "public-a"] as const) {
      describe(`in ${subnet}`, () => {
        const r = row(vpc("endpoints", subnet));

        it("인터넷 액세스: 불가", () => {
          expect(r.internet.status).toBe("no");
          expect(r.internet.blocker).toMatchObject(
            subnet === "public-a" ? { nodeId: "fn-1", code: "lambda-no-public-ip" } : { nodeId: "rtb-private", code: "no-route" },
          );
        });

        it("AWS Public 서비스 접근: 가능, S3 through the gateway endpoint and SQS through the interface endpoint", () => {
          const table = subnet === "public-a" ? "rtb-public" : "rtb-private";
          expect(r.s3).toMatchObject({ status: "yes", via: "gateway-endpoint" });
          expect(formatPath(r.s3.path)).toBe(`fn-1 → ${subnet} → ${table} pl-63a5400a → vpce-s3 → s3`);
          expect(r.sqs).toMatchObject({ status: "yes", via: "interface-endpoint" });
          expect(formatPath(r.sqs.path)).toBe(
            subnet === "private-a" ? "fn-1 → private-a → vpce-sqs → sqs" : "fn-1 → public-a → rtb-public local → private-a → vpce-sqs → sqs",
          );
        });

        it("Private Subnet 리소스 접근: 가능", () => {
          expect(r.db.verdict.overall).toMatchObject({ status: "yes", via: "local" });
        });
      });
    }
  });
});
