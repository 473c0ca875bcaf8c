import { describe, expect, it } from "vitest";
import { build } from "@/lib/diagram/builder";
import { DiagramIndex } from "@/lib/diagram/graph";
import { analyzeReachability } from "@/lib/network";
import { vpcDnsAttributeOn } from "./dns";

describe("vpcDnsAttributeOn", () => {
  const vpc = (props: Record<string, unknown>) => build().vpc("vpc-1", null, props).diagram().nodes[0]!;

  it("reads a VPC you create as AWS makes it: DNS support on, hostnames off", () => {
    expect(vpcDnsAttributeOn(vpc({}), "enableDnsSupport")).toBe(true);
    expect(vpcDnsAttributeOn(vpc({}), "enableDnsHostnames")).toBe(false);
  });

  it("reads a default VPC with both on, unless support is turned off", () => {
    expect(vpcDnsAttributeOn(vpc({ isDefault: true }), "enableDnsHostnames")).toBe(true);
    expect(vpcDnsAttributeOn(vpc({ isDefault: true, enableDnsSupport: false }), "enableDnsSupport")).toBe(false);
  });

  it("lets private DNS of an interface endpoint work in a default VPC (the reachability analysis agrees)", () => {
    const lambdaIn = (vpcProps: Record<string, unknown>) =>
      build()
        .region("r", { regionCode: "us-east-1" })
        .vpc("vpc-1", "r", { cidrBlock: "172.31.0.0/16", ...vpcProps })
        .az("az-a", "vpc-1", { zoneName: "us-east-1a" })
        .subnet("s-1", "az-a", { cidrBlock: "172.31.1.0/24" })
        .lambda("fn", "s-1")
        .endpoint("sqs", "vpc-1", { endpointType: "Interface", serviceName: "sqs", privateDnsEnabled: true })
        .edge("placement", "sqs", "s-1")
        .diagram();
    const sqsAccess = (vpcProps: Record<string, unknown>) =>
      analyzeReachability(new DiagramIndex(lambdaIn(vpcProps))).profiles.fn?.awsServices.find((s) => s.service === "sqs")?.access.overall.status;
    expect(sqsAccess({ isDefault: true })).toBe("yes");
    expect(sqsAccess({})).not.toBe("yes");
  });
});
