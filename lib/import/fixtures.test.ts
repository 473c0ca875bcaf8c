import { describe, expect, it } from "vitest";
import { DiagramIndex } from "../diagram/graph";
import { validate } from "../engine";
import { analyzeReachability } from "../network";
import { readTemplateText } from "./read";
import { edge, fixture, internetEgress, load, where } from "./testing";

/** Every logical ID of the template has exactly one outcome in the report. */
function expectAccounted(result: ReturnType<typeof load>, text: string) {
  const read = readTemplateText(text);
  if (!read.ok) throw new Error("unreadable fixture");
  const ids = Object.keys((read.raw as { Resources: Record<string, unknown> }).Resources);
  expect(result.report.resources.map((r) => r.logicalId)).toEqual(ids);
}

describe("public and private subnets in three zones, a NAT gateway per zone", () => {
  const name = "vpc-three-az-nat.yaml";

  it("draws each subnet in its zone inside the VPC, and the gateways where they are attached", () => {
    const { diagram } = load(name);
    expect(where(diagram, "VPC")).toBe("aws.vpc in region-us-east-1");
    expect(where(diagram, "PublicSubnetA")).toBe("aws.subnet in VPC-us-east-1a");
    expect(where(diagram, "PrivateSubnetC")).toBe("aws.subnet in VPC-us-east-1c");
    expect(where(diagram, "InternetGateway")).toBe("aws.internet-gateway in VPC");
    expect(where(diagram, "NatGatewayB")).toBe("aws.nat-gateway in PublicSubnetB");
    expect(diagram.nodes.find((n) => n.id === "NatGatewayB")?.props.elasticIp).toBe(true);
    expect(diagram.nodes.find((n) => n.id === "PrivateSubnetB")?.props.cidrBlock).toBe("10.0.4.0/24");
    expect(where(diagram, "Fetcher")).toBe("aws.lambda in PrivateSubnetA");
    expect(diagram.nodes.find((n) => n.id === "Fetcher")?.props.memorySize).toBe(512);
    expect(edge(diagram, "route", "PrivateRouteTableC", "NatGatewayC")?.props.destination).toBe("0.0.0.0/0");
    expect(edge(diagram, "association", "PublicRouteTable", "PublicSubnetB")).toBeDefined();
    expect(edge(diagram, "placement", "Fetcher", "PrivateSubnetC")).toBeDefined();
    expect(edge(diagram, "membership", "Fetcher", "FunctionSecurityGroup")).toBeDefined();
  });

  it("accounts for every logical ID", () => {
    const result = load(name);
    expectAccounted(result, fixture(name));
    const outcome = (id: string) => result.report.resources.find((r) => r.logicalId === id);
    expect(outcome("NatEipA")).toMatchObject({ outcome: "folded", into: ["NatGatewayA"] });
    expect(outcome("PrivateDefaultRouteA")).toMatchObject({ outcome: "edge", edgeIds: ["PrivateDefaultRouteA"] });
    expect(outcome("FunctionRole")).toMatchObject({ outcome: "unsupported" });
  });

  it("the function reaches the internet through its zone's NAT gateway", () => {
    const { diagram } = load(name);
    expect(internetEgress(diagram, "Fetcher")).toBe("yes");
    expect(validate(diagram).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("with the NAT gateways switched off by the parameter, it does not", () => {
    const result = load(name, { parameters: { CreateNatGateways: "false" } });
    expect(result.diagram.nodes.some((n) => n.kind === "aws.nat-gateway")).toBe(false);
    expect(result.report.resources.find((r) => r.logicalId === "NatGatewayA")).toMatchObject({ outcome: "skipped", condition: "HasNat" });
    expect(result.report.conditions).toEqual([{ name: "HasNat", value: false }]);
    expect(internetEgress(result.diagram, "Fetcher")).toBe("no");
  });

  it("the YAML and the JSON template give the same diagram", () => {
    expect(load("vpc-three-az-nat.json").diagram).toEqual(load(name).diagram);
  });
});

describe("a SAM function in private subnets with VPC endpoints only", () => {
  const name = "sam-vpc-endpoints.yaml";

  it("merges Globals, places the functions and draws their event sources", () => {
    const result = load(name);
    const { diagram } = result;
    expectAccounted(result, fixture(name));
    const worker = diagram.nodes.find((n) => n.id === "Worker")!;
    expect(worker).toMatchObject({ kind: "aws.lambda", parent: "PrivateSubnet1", props: { runtime: "nodejs22.x", memorySize: 256, timeout: 20 } });
    expect(diagram.nodes.find((n) => n.id === "Reader")?.props.memorySize).toBe(1024);
    expect(edge(diagram, "membership", "Reader", "FunctionSecurityGroup")).toBeDefined();
    expect(edge(diagram, "invocation", "Jobs", "Worker")).toBeDefined();
    expect(edge(diagram, "invocation", "Uploads", "Reader")).toBeDefined();
    expect(where(diagram, "ServerlessRestApi")).toBe("aws.api-gateway in region-us-east-1");
    expect(edge(diagram, "invocation", "ServerlessRestApi", "Worker")).toBeDefined();
    expect(result.report.notes.some((n) => n.logicalId === "Worker" && n.message.en.includes("Nightly (Schedule)"))).toBe(true);
  });

  it("draws the gateway endpoint as a route target and the interface endpoint in the subnets", () => {
    const { diagram } = load(name);
    expect(where(diagram, "S3Endpoint")).toBe("aws.vpc-endpoint in Vpc");
    expect(edge(diagram, "route", "PrivateRouteTable", "S3Endpoint")?.props.destination).toBe("pl-s3");
    expect(diagram.nodes.find((n) => n.id === "SqsEndpoint")).toMatchObject({ parent: "PrivateSubnet1", props: { endpointType: "Interface", serviceName: "sqs", privateDnsEnabled: true } });
    expect(diagram.nodes.find((n) => n.id === "EndpointSecurityGroup")?.props.ingress).toEqual([{ protocol: "tcp", fromPort: 443, toPort: 443, source: "sg:FunctionSecurityGroup" }]);
  });

  it("the functions reach S3 and SQS through the endpoints but not the internet", () => {
    const { diagram } = load(name);
    const profile = analyzeReachability(new DiagramIndex(diagram)).profiles.Worker!;
    expect(profile.internetEgress?.overall.status).toBe("no");
    const service = (s: string) => profile.awsServices.find((a) => a.service === s)?.access.overall;
    expect(service("s3")).toMatchObject({ status: "yes", via: "gateway-endpoint" });
    expect(service("sqs")).toMatchObject({ status: "yes", via: "interface-endpoint" });
    expect(validate(diagram).map((f) => `${f.ruleId} ${f.nodeIds[0]}`)).toContain("lambda-single-az Reader");
  });
});

describe("an internet-facing ALB with a Lambda target", () => {
  const name = "alb-lambda.yaml";

  it("draws the load balancer in its subnets, the listener and the registration", () => {
    const result = load(name);
    const { diagram } = result;
    expectAccounted(result, fixture(name));
    expect(diagram.nodes.find((n) => n.id === "LoadBalancer")).toMatchObject({ kind: "aws.alb", parent: "PublicA", props: { scheme: "internet-facing" } });
    expect(edge(diagram, "placement", "LoadBalancer", "PublicB")).toBeDefined();
    expect(edge(diagram, "listener", "LoadBalancer", "HandlerTargets")?.props).toEqual({ protocol: "HTTPS", port: 443, certificates: 1 });
    expect(edge(diagram, "target-registration", "HandlerTargets", "Handler")).toBeDefined();
    expect(where(diagram, "HandlerTargets")).toBe("aws.target-group in region-us-east-1");
    const outcome = (id: string) => result.report.resources.find((r) => r.logicalId === id);
    expect(outcome("HttpRedirect")).toMatchObject({ outcome: "folded", into: ["LoadBalancer"] });
    expect(outcome("HandlerPermission")).toMatchObject({ outcome: "folded", into: ["Handler"] });
  });

  it("a rule whose source is a parameter without a value is left out and reported, not guessed", () => {
    const result = load(name);
    expect(result.report.unknowns).toContainEqual(expect.objectContaining({ logicalId: "LoadBalancerSecurityGroup", property: "SecurityGroupIngress[1].CidrIp", reason: "parameter AllowedCidr has no value" }));
    const ports = analyzeReachability(new DiagramIndex(result.diagram)).profiles.LoadBalancer!.internetIngress.ports;
    expect(ports).toEqual([{ protocol: "tcp", from: 443, to: 443 }]);
    const given = load(name, { parameters: { AllowedCidr: "0.0.0.0/0" } });
    expect(given.report.unknowns).toEqual([]);
    expect(validate(given.diagram).filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("RDS with read replicas", () => {
  const name = "rds-read-replicas.yaml";

  it("places the databases by their subnet group and draws the replication", () => {
    const result = load(name);
    const { diagram } = result;
    expectAccounted(result, fixture(name));
    expect(diagram.nodes.find((n) => n.id === "Primary")).toMatchObject({ parent: "DataA", props: { engine: "postgres", multiAz: true, allocatedStorage: 100 } });
    expect(edge(diagram, "placement", "Primary", "DataB")).toBeDefined();
    // A replica without a subnet group of its own is created in its source's, with its source's engine.
    expect(diagram.nodes.find((n) => n.id === "ReplicaOne")).toMatchObject({ parent: "DataA", props: { engine: "postgres" } });
    expect(edge(diagram, "replication", "Primary", "ReplicaOne")).toBeDefined();
    expect(edge(diagram, "replication", "Primary", "ReplicaTwo")).toBeDefined();
    expect(result.report.resources.find((r) => r.logicalId === "DbSubnets")).toMatchObject({ outcome: "folded", into: ["Primary"] });
    expect(validate(diagram).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("a numeric parameter decides the second replica's condition", () => {
    const result = load(name, { parameters: { ReplicaCount: "1" } });
    expect(result.diagram.nodes.some((n) => n.id === "ReplicaTwo")).toBe(false);
    expect(result.report.resources.find((r) => r.logicalId === "ReplicaTwo")).toMatchObject({ outcome: "skipped", condition: "TwoReplicas" });
  });
});

describe("volumes with attachments", () => {
  const name = "ebs-volumes.yaml";

  it("draws the root mapping as a boot volume and each volume in its zone", () => {
    const result = load(name);
    const { diagram } = result;
    expectAccounted(result, fixture(name));
    expect(diagram.nodes.find((n) => n.id === "AppServer-xvda")).toMatchObject({ kind: "aws.ebs-volume", parent: "AppSubnet", props: { size: 30, volumeType: "gp3", encrypted: true } });
    expect(edge(diagram, "attachment", "AppServer-xvda", "AppServer")?.props).toEqual({ device: "/dev/xvda", boot: true });
    expect(where(diagram, "DataVolume")).toBe("aws.ebs-volume in Vpc-us-east-1a");
    expect(where(diagram, "LogsVolume")).toBe("aws.ebs-volume in Vpc-us-east-1b");
    expect(edge(diagram, "attachment", "DataVolume", "AppServer")?.props).toEqual({ device: "/dev/sdf", boot: false });
  });

  it("the volume in another zone than its instance is an error; the subnet's main route table says no internet", () => {
    const { diagram } = load(name);
    const errors = validate(diagram).filter((f) => f.severity === "error");
    expect(errors.map((f) => `${f.ruleId} ${f.nodeIds.join(",")}`)).toEqual(["ebs-same-az LogsVolume,AppServer"]);
    expect(internetEgress(diagram, "AppServer")).toBe("no");
  });
});

describe("Route 53 failover", () => {
  const name = "route53-failover.yaml";

  it("draws each record of the group with its policy, alias targets and health check", () => {
    const result = load(name);
    const { diagram } = result;
    expectAccounted(result, fixture(name));
    expect(result.report.resources.find((r) => r.logicalId === "DnsRecords")).toMatchObject({ outcome: "node", nodeIds: ["DnsRecords-1", "DnsRecords-2"] });
    expect(diagram.nodes.find((n) => n.id === "DnsRecords-1")?.props).toMatchObject({
      name: "www.example.com", routingPolicy: "failover", failoverRole: "PRIMARY", setIdentifier: "primary", alias: true, evaluateTargetHealth: true, zoneName: "example.com",
    });
    expect(edge(diagram, "alias", "DnsRecords-1", "PrimaryLoadBalancer")).toBeDefined();
    expect(edge(diagram, "health-check", "DnsRecords-1", "PrimaryHealth")).toBeDefined();
    // The secondary aliases the S3 website endpoint: the bucket named like the record.
    expect(edge(diagram, "alias", "DnsRecords-2", "FallbackSite")).toBeDefined();
    expect(diagram.nodes.find((n) => n.id === "PrimaryHealth")?.props).toMatchObject({ type: "HTTPS", resourcePath: "/health" });
  });

  it("passes the failover rules, and the load balancer is open to the internet on 443", () => {
    const { diagram } = load(name);
    expect(validate(diagram).filter((f) => f.severity !== "info")).toEqual([]);
    expect(analyzeReachability(new DiagramIndex(diagram)).profiles.PrimaryLoadBalancer!.internetIngress.ports).toEqual([{ protocol: "tcp", from: 443, to: 443 }]);
  });
});
