import { describe, expect, it } from "vitest";
import { validate } from "../engine";
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
