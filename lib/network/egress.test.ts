import { describe, expect, it } from "vitest";
import { build, natLayout, type DiagramBuilder } from "../../tests/fixtures/build";
import { DiagramIndex } from "../diagram/graph";
import { analyzeReachability, formatPath, profileOf } from "./reachability";
import type { NetworkProfile } from "./types";

function profile(b: DiagramBuilder, id: string): NetworkProfile {
  const report = analyzeReachability(new DiagramIndex(b.diagram()));
  const p = profileOf(report, id);
  if (!p) throw new Error(`no profile for ${id}`);
  return p;
}

function egress(b: DiagramBuilder, id: string) {
  const e = profile(b, id).internetEgress;
  if (!e) throw new Error(`no internet egress for ${id}`);
  return e.overall;
}

describe("IPv4 internet egress", () => {
  it("Lambda in a private subnet with a NAT gateway in a public subnet: yes, hop by hop", () => {
    const v = egress(natLayout().lambda("fn-1", "private-a"), "fn-1");
    expect(v.status).toBe("yes");
    expect(v.via).toBe("nat-gateway");
    expect(formatPath(v.path)).toBe("fn-1 → private-a → rtb-private 0.0.0.0/0 → nat-1 → public-a → rtb-public 0.0.0.0/0 → igw-1 → internet");
    // No security group drawn: the default group is assumed, and the verdict says so.
    expect(v.notes?.[0]?.en).toMatch(/default security group is assumed/);
  });

  it("Lambda in a public subnet: no, its ENI never has a public IP", () => {
    const v = egress(natLayout().lambda("fn-1", "public-a"), "fn-1");
    expect(v.status).toBe("no");
    expect(v.blocker).toMatchObject({ nodeId: "fn-1", code: "lambda-no-public-ip" });
    expect(v.blocker?.reason.ko).toMatch(/퍼블릭 IP/);
  });

  it("Lambda with no VPC: internet access managed by AWS", () => {
    const v = egress(build().lambda("fn-1", null), "fn-1");
    expect(v).toMatchObject({ status: "yes", via: "aws-managed" });
    expect(formatPath(v.path)).toBe("fn-1 → internet");
  });

  it("NAT gateway in a private subnet: no, blocked by the NAT", () => {
    const b = natLayout()
      .subnet("private-b", "az-a", { cidrBlock: "10.0.2.0/24" })
      .nat("nat-2", "private-b")
      .associate("rtb-private", "private-b")
      .routeTable("rtb-app", "vpc-1")
      .route("rtb-app", "nat-2")
      .subnet("app", "az-a", { cidrBlock: "10.0.3.0/24" })
      .associate("rtb-app", "app")
      .lambda("fn-1", "app");
    const v = egress(b, "fn-1");
    expect(v.status).toBe("no");
    expect(v.blocker).toMatchObject({ nodeId: "nat-2", code: "nat-not-in-public-subnet" });
  });

  it("private NAT gateway: no", () => {
    const v = egress(natLayout({ nat: { connectivityType: "private", elasticIp: false } }).lambda("fn-1", "private-a"), "fn-1");
    expect(v.blocker).toMatchObject({ nodeId: "nat-1", code: "nat-private" });
    expect(v.status).toBe("no");
  });

  it("public NAT gateway without an Elastic IP: no", () => {
    const v = egress(natLayout({ nat: { elasticIp: false } }).lambda("fn-1", "private-a"), "fn-1");
    expect(v).toMatchObject({ status: "no", blocker: { nodeId: "nat-1", code: "nat-no-eip" } });
  });

  it("regional NAT gateway: needs no public subnet, but needs the VPC's internet gateway", () => {
    const regional = build()
      .vpc("vpc-1", null)
      .az("az-a", "vpc-1")
      .igw("igw-1", "vpc-1")
      .subnet("private-a", "az-a", { cidrBlock: "10.0.1.0/24" })
      .nat("nat-r", "vpc-1", { availabilityMode: "regional" })
      .routeTable("rtb-private", "vpc-1", { main: true })
      .route("rtb-private", "nat-r")
      .lambda("fn-1", "private-a");
    const v = egress(regional, "fn-1");
    expect(v.status).toBe("yes");
    expect(formatPath(v.path)).toBe("fn-1 → private-a → rtb-private 0.0.0.0/0 → nat-r → igw-1 → internet");

    const noIgw = build()
      .vpc("vpc-1", null)
      .az("az-a", "vpc-1")
      .subnet("private-a", "az-a", { cidrBlock: "10.0.1.0/24" })
      .nat("nat-r", "vpc-1", { availabilityMode: "regional" })
      .routeTable("rtb-private", "vpc-1", { main: true })
      .route("rtb-private", "nat-r")
      .lambda("fn-1", "private-a");
    expect(egress(noIgw, "fn-1")).toMatchObject({ status: "no", blocker: { nodeId: "nat-r", code: "nat-no-igw" } });
  });

  it("EC2 in a public subnet: no without a public IP, yes with one or with an Elastic IP", () => {
    const without = egress(natLayout().ec2("ec2-1", "public-a"), "ec2-1");
    expect(without).toMatchObject({ status: "no", blocker: { nodeId: "ec2-1", code: "no-public-ip" } });
    const withIp = egress(natLayout().ec2("ec2-1", "public-a", { associatePublicIp: true }), "ec2-1");
    expect(withIp.status).toBe("yes");
    expect(formatPath(withIp.path)).toBe("ec2-1 → public-a → rtb-public 0.0.0.0/0 → igw-1 → internet");
    expect(egress(natLayout().ec2("ec2-1", "public-a", { elasticIp: true }), "ec2-1").status).toBe("yes");
  });

  it("uses the VPC's main route table when the subnet has no association", () => {
    const b = natLayout()
      .subnet("private-b", "az-a", { cidrBlock: "10.0.2.0/24" })
      .routeTable("rtb-main", "vpc-1", { main: true })
      .route("rtb-main", "nat-1")
      .lambda("fn-1", "private-b");
    const v = egress(b, "fn-1");
    expect(v.status).toBe("yes");
    expect(formatPath(v.path)).toContain("rtb-main 0.0.0.0/0 → nat-1");
  });

  it("no route table at all (no association, no main table): unknown, not a guess", () => {
    const b = build().vpc("vpc-1", null).az("az-a", "vpc-1").subnet("s-1", "az-a").lambda("fn-1", "s-1");
    expect(egress(b, "fn-1")).toMatchObject({ status: "unknown", blocker: { nodeId: "s-1", code: "no-route-table" } });
  });

  it("no 0.0.0.0/0 route: no, blocked by the route table", () => {
    const b = natLayout().subnet("isolated", "az-a", { cidrBlock: "10.0.9.0/24" }).routeTable("rtb-iso", "vpc-1").associate("rtb-iso", "isolated").lambda("fn-1", "isolated");
    expect(egress(b, "fn-1")).toMatchObject({ status: "no", blocker: { nodeId: "rtb-iso", code: "no-route" } });
  });

  it("a more specific route does not carry internet traffic: 10.0.0.0/8 to the NAT, 0.0.0.0/0 missing", () => {
    const b = natLayout().subnet("app", "az-a", { cidrBlock: "10.0.9.0/24" }).routeTable("rtb-app", "vpc-1").route("rtb-app", "nat-1", "10.0.0.0/8").associate("rtb-app", "app").lambda("fn-1", "app");
    expect(egress(b, "fn-1").status).toBe("no");
  });

  it("0.0.0.0/0 to a peering connection: no, a peer's NAT or IGW is never usable", () => {
    const b = natLayout()
      .vpc("vpc-2", "r", { cidrBlock: "10.1.0.0/16" })
      .az("az-2", "vpc-2")
      .subnet("app", "az-2", { cidrBlock: "10.1.1.0/24" })
      .peering("pcx-1", "vpc-2", "vpc-1")
      .routeTable("rtb-app", "vpc-2")
      .route("rtb-app", "pcx-1")
      .associate("rtb-app", "app")
      .lambda("fn-1", "app");
    expect(egress(b, "fn-1")).toMatchObject({ status: "no", blocker: { nodeId: "pcx-1", code: "route-to-peering" } });
  });

  it("a NAT instance: yes with the source/destination check off and a public IP; no with the check on", () => {
    const layout = (props: Record<string, unknown>) =>
      natLayout()
        .ec2("nat-i", "public-a", { associatePublicIp: true, ...props })
        .subnet("app", "az-a", { cidrBlock: "10.0.5.0/24" })
        .routeTable("rtb-app", "vpc-1")
        .route("rtb-app", "nat-i")
        .associate("rtb-app", "app")
        .lambda("fn-1", "app");
    const on = egress(layout({ sourceDestCheck: true }), "fn-1");
    expect(on).toMatchObject({ status: "no", blocker: { nodeId: "nat-i", code: "nat-instance-source-dest-check" } });
    const off = egress(layout({ sourceDestCheck: false }), "fn-1");
    expect(off).toMatchObject({ status: "yes", via: "nat-instance" });
    expect(formatPath(off.path)).toBe("fn-1 → app → rtb-app 0.0.0.0/0 → nat-i → public-a → rtb-public 0.0.0.0/0 → igw-1 → internet");
  });

  it("a route to an internet gateway of another VPC: no", () => {
    const b = natLayout().vpc("vpc-2", null, { cidrBlock: "10.1.0.0/16" }).igw("igw-2", "vpc-2").routeTable("rtb-x", "vpc-1").route("rtb-x", "igw-2").subnet("x", "az-a", { cidrBlock: "10.0.7.0/24" }).associate("rtb-x", "x").ec2("ec2-1", "x", { associatePublicIp: true });
    expect(egress(b, "ec2-1")).toMatchObject({ status: "no", blocker: { nodeId: "igw-2", code: "igw-detached" } });
  });

  it("0.0.0.0/0 to a NAT gateway of another VPC: no", () => {
    const b = natLayout()
      .vpc("vpc-2", "r", { cidrBlock: "10.1.0.0/16" })
      .az("az-2", "vpc-2")
      .subnet("app", "az-2", { cidrBlock: "10.1.1.0/24" })
      .routeTable("rtb-app", "vpc-2", { main: true })
      .route("rtb-app", "nat-1")
      .lambda("fn-1", "app");
    expect(egress(b, "fn-1")).toMatchObject({ status: "no", blocker: { nodeId: "nat-1", code: "route-target-elsewhere" } });
  });

  it("the security group's egress rules apply: none out means no internet", () => {
    const b = natLayout().lambda("fn-1", "private-a").securityGroup("sg-fn", "vpc-1", { egress: [] }).member("fn-1", "sg-fn");
    expect(egress(b, "fn-1")).toMatchObject({ status: "no", blocker: { nodeId: "sg-fn", code: "sg-egress" } });
  });

  it("a Lambda in several subnets gets a verdict per subnet, and mixed is flagged", () => {
    const b = natLayout().lambda("fn-1", "private-a").place("fn-1", "public-a");
    const e = profile(b, "fn-1").internetEgress!;
    expect(e.bySubnet.map((s) => [s.subnetId, s.verdict.status])).toEqual([
      ["private-a", "yes"],
      ["public-a", "no"],
    ]);
    expect(e.mixed).toBe(true);
    expect(e.overall.status).toBe("no");
  });

  it("the NAT gateway's own profile says whether it reaches the internet", () => {
    expect(egress(natLayout(), "nat-1").status).toBe("yes");
    expect(egress(natLayout({ nat: { elasticIp: false } }), "nat-1").status).toBe("no");
  });

  it("shares one subnet decision across every resource in the subnet", () => {
    const report = analyzeReachability(new DiagramIndex(natLayout().lambda("fn-1", "private-a").lambda("fn-2", "private-a").diagram()));
    expect(report.subnets["private-a"]).toMatchObject({ public: false, routeTableId: "rtb-private", egress: { status: "yes", via: "nat-gateway" } });
    expect(report.subnets["public-a"]).toMatchObject({ public: true });
  });
});

describe("IPv6 internet egress", () => {
  const ipv6 = (target: "eigw" | "igw", subnetProps: Record<string, unknown> = { ipv6CidrBlock: "2001:db8:1::/64" }) =>
    build()
      .vpc("vpc-1", null, { ipv6: true })
      .az("az-a", "vpc-1")
      .igw("igw-1", "vpc-1")
      .eigw("eigw-1", "vpc-1")
      .subnet("s-1", "az-a", { cidrBlock: "10.0.1.0/24", ...subnetProps })
      .routeTable("rtb", "vpc-1", { main: true })
      .route("rtb", target === "eigw" ? "eigw-1" : "igw-1", "::/0")
      .securityGroup("sg-1", "vpc-1", { egress: [{ protocol: "-1", fromPort: -1, toPort: -1, destination: "::/0" }] })
      .ec2("ec2-1", "s-1")
      .member("ec2-1", "sg-1");

  it("::/0 to an egress-only internet gateway: yes", () => {
    const v = profile(ipv6("eigw"), "ec2-1").internetEgressIpv6!.overall;
    expect(v).toMatchObject({ status: "yes", via: "egress-only-internet-gateway" });
    expect(formatPath(v.path)).toBe("ec2-1 → s-1 → rtb ::/0 → eigw-1 → internet");
  });

  it("::/0 to the internet gateway: yes", () => {
    expect(profile(ipv6("igw"), "ec2-1").internetEgressIpv6!.overall).toMatchObject({ status: "yes", via: "internet-gateway" });
  });

  it("no IPv6 block on the subnet: no IPv6 verdict at all", () => {
    expect(profile(ipv6("eigw", {}), "ec2-1").internetEgressIpv6).toBeUndefined();
  });

  it("the IPv4 default group egress rule does not cover IPv6", () => {
    const b = build()
      .vpc("vpc-1", null)
      .az("az-a", "vpc-1")
      .eigw("eigw-1", "vpc-1")
      .subnet("s-1", "az-a", { cidrBlock: "10.0.1.0/24", ipv6CidrBlock: "2001:db8:1::/64" })
      .routeTable("rtb", "vpc-1", { main: true })
      .route("rtb", "eigw-1", "::/0")
      .securityGroup("sg-1", "vpc-1")
      .ec2("ec2-1", "s-1")
      .member("ec2-1", "sg-1");
    expect(profile(b, "ec2-1").internetEgressIpv6!.overall).toMatchObject({ status: "no", blocker: { code: "sg-egress" } });
  });
});
