import { describe, expect, it } from "vitest";
import { natLayout, build, type DiagramBuilder } from "../../tests/fixtures/build";
import { DiagramIndex } from "../diagram/graph";
import { analyzeReachability, formatPath, profileOf } from "./reachability";
import type { Verdict } from "./types";

function service(b: DiagramBuilder, id: string, name: string): Verdict {
  const p = profileOf(analyzeReachability(new DiagramIndex(b.diagram())), id);
  const s = p?.awsServices.find((a) => a.service === name);
  if (!s) throw new Error(`no ${name} access for ${id}`);
  return s.access.overall;
}

/** A private subnet with no internet path: only endpoints can help. */
function isolated(vpcProps: Record<string, unknown> = {}): DiagramBuilder {
  return build()
    .region("r", { regionCode: "us-east-1" })
    .vpc("vpc-1", "r", { cidrBlock: "10.0.0.0/16", ...vpcProps })
    .az("az-a", "vpc-1")
    .subnet("private-a", "az-a", { cidrBlock: "10.0.1.0/24" })
    .routeTable("rtb-private", "vpc-1")
    .associate("rtb-private", "private-a")
    .lambda("fn-1", "private-a");
}

describe("AWS services", () => {
  it("S3 through a gateway endpoint route", () => {
    const b = isolated().endpoint("vpce-s3", "vpc-1", { endpointType: "Gateway", serviceName: "s3" }).route("rtb-private", "vpce-s3", "pl-63a5400a");
    const v = service(b, "fn-1", "s3");
    expect(v).toMatchObject({ status: "yes", via: "gateway-endpoint" });
    expect(formatPath(v.path)).toBe("fn-1 → private-a → rtb-private pl-63a5400a → vpce-s3 → s3");
  });

  it("the gateway endpoint route beats 0.0.0.0/0 to the NAT", () => {
    const b = natLayout().lambda("fn-1", "private-a").endpoint("vpce-s3", "vpc-1", { serviceName: "s3" }).route("rtb-private", "vpce-s3", "pl-63a5400a");
    expect(service(b, "fn-1", "s3").via).toBe("gateway-endpoint");
    expect(service(b, "fn-1", "dynamodb").via).toBe("nat-gateway");
  });

  it("a gateway endpoint without a route from the subnet's table does nothing", () => {
    const b = isolated().endpoint("vpce-s3", "vpc-1", { serviceName: "s3" });
    expect(service(b, "fn-1", "s3")).toMatchObject({ status: "no", blocker: { code: "no-route" } });
    expect(service(b, "fn-1", "s3").blocker?.fix?.en).toContain("gateway endpoint");
  });

  it("a gateway endpoint serves only its own Region", () => {
    const b = natLayout()
      .lambda("fn-1", "private-a")
      .endpoint("vpce-s3", "vpc-1", { serviceName: "s3" })
      .route("rtb-private", "vpce-s3", "pl-63a5400a")
      .region("r2", { regionCode: "eu-west-1" })
      .bucket("bucket", "r2")
      .connect("fn-1", "bucket");
    const report = analyzeReachability(new DiagramIndex(b.diagram()));
    const c = Object.values(report.connections)[0]!;
    expect(c.verdict.overall.via).toBe("nat-gateway");
    expect(c.verdict.overall.notes?.some((n) => n.en.includes("serves only us-east-1"))).toBe(true);
  });

  describe("DynamoDB through an interface endpoint", () => {
    const withEndpoint = (privateDnsEnabled: boolean, vpc: Record<string, unknown>) =>
      isolated(vpc)
        .securityGroup("sg-vpce", "vpc-1", { ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, source: "10.0.0.0/16" }] })
        .endpoint("vpce-ddb", "private-a", { endpointType: "Interface", serviceName: "dynamodb", privateDnsEnabled })
        .member("vpce-ddb", "sg-vpce");

    it("with private DNS and the VPC's DNS support and hostnames: yes, via the endpoint", () => {
      const v = service(withEndpoint(true, { enableDnsSupport: true, enableDnsHostnames: true }), "fn-1", "dynamodb");
      expect(v).toMatchObject({ status: "yes", via: "interface-endpoint" });
      expect(formatPath(v.path)).toBe("fn-1 → private-a → vpce-ddb → dynamodb");
    });

    it("without private DNS: unknown, only the endpoint-specific DNS name works", () => {
      const v = service(withEndpoint(false, { enableDnsSupport: true, enableDnsHostnames: true }), "fn-1", "dynamodb");
      expect(v).toMatchObject({ status: "unknown", blocker: { nodeId: "vpce-ddb", code: "private-dns" } });
    });

    it("private DNS on but the VPC's DNS hostnames off (the default for a new VPC): the same", () => {
      expect(service(withEndpoint(true, {}), "fn-1", "dynamodb").blocker?.code).toBe("private-dns");
    });

    it("without private DNS but with a NAT path: yes through NAT, noting the endpoint is bypassed", () => {
      const b = natLayout()
        .lambda("fn-1", "private-a")
        .endpoint("vpce-ddb", "private-a", { endpointType: "Interface", serviceName: "dynamodb", privateDnsEnabled: false });
      const v = service(b, "fn-1", "dynamodb");
      expect(v).toMatchObject({ status: "yes", via: "nat-gateway" });
      expect(v.notes?.some((n) => n.en.includes("endpoint-specific DNS name"))).toBe(true);
    });

    it("the endpoint's security group must let HTTPS in", () => {
      const b = isolated({ enableDnsHostnames: true })
        .securityGroup("sg-vpce", "vpc-1")
        .endpoint("vpce-ddb", "private-a", { endpointType: "Interface", serviceName: "dynamodb" })
        .member("vpce-ddb", "sg-vpce");
      expect(service(b, "fn-1", "dynamodb")).toMatchObject({ status: "no", blocker: { nodeId: "sg-vpce", code: "sg-ingress" } });
    });
  });

  it("a service with no endpoint and no NAT: no", () => {
    const b = isolated().queue("q", "r").connect("fn-1", "q");
    expect(service(b, "fn-1", "sqs")).toMatchObject({ status: "no" });
    expect(service(b, "fn-1", "sqs").blocker?.fix?.en).toContain("interface endpoint for sqs");
  });

  it("a Lambda without a VPC reaches services through AWS", () => {
    expect(service(build().lambda("fn-1", null), "fn-1", "s3")).toMatchObject({ status: "yes", via: "aws-managed" });
  });

  it("a private API needs an execute-api interface endpoint", () => {
    const b = natLayout().lambda("fn-1", "private-a").node("aws.api-gateway", "api", null, { endpointType: "PRIVATE" }).connect("fn-1", "api");
    const report = analyzeReachability(new DiagramIndex(b.diagram()));
    expect(Object.values(report.connections)[0]!.verdict.overall).toMatchObject({ status: "no", blocker: { code: "private-api" } });
  });
});
