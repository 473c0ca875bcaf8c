import { describe, expect, it } from "vitest";
import { natLayout, type DiagramBuilder } from "../../tests/fixtures/build";
import { DiagramIndex } from "../diagram/graph";
import { analyzeReachability, formatPath, profileOf } from "./reachability";
import type { InternetIngress } from "./types";

function ingress(b: DiagramBuilder, id: string): InternetIngress {
  const p = profileOf(analyzeReachability(new DiagramIndex(b.diagram())), id);
  if (!p) throw new Error(`no profile for ${id}`);
  return p.internetIngress;
}

const WEB = { ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, source: "0.0.0.0/0" }, { protocol: "tcp", fromPort: 22, toPort: 22, source: "203.0.113.0/24" }] };

describe("internet ingress", () => {
  it("EC2 with a public IP in a public subnet: exposed on the ports its group opens to 0.0.0.0/0", () => {
    const i = ingress(natLayout().securityGroup("sg-web", "vpc-1", WEB).ec2("web", "public-a", { associatePublicIp: true }).member("web", "sg-web"), "web");
    expect(i.verdict.status).toBe("yes");
    expect(formatPath(i.verdict.path)).toBe("internet → igw-1 → public-a → web");
    expect(i.ports).toEqual([{ protocol: "tcp", from: 443, to: 443 }]);
  });

  it("the subnet's ACL narrows the ports", () => {
    const b = natLayout()
      .securityGroup("sg-web", "vpc-1", { ingress: [{ protocol: "tcp", fromPort: 0, toPort: 65535, source: "0.0.0.0/0" }] })
      .ec2("web", "public-a", { elasticIp: true })
      .member("web", "sg-web")
      .networkAcl("acl", "vpc-1", {
        inbound: [{ ruleNumber: 100, protocol: "tcp", fromPort: 80, toPort: 443, cidrBlock: "0.0.0.0/0", action: "allow" }],
        outbound: [{ ruleNumber: 100, protocol: "tcp", fromPort: 1024, toPort: 65535, cidrBlock: "0.0.0.0/0", action: "allow" }],
      })
      .associate("acl", "public-a");
    expect(ingress(b, "web").ports).toEqual([{ protocol: "tcp", from: 80, to: 443 }]);
  });

  it("no public IP, or a private subnet: not exposed", () => {
    expect(ingress(natLayout().securityGroup("sg-web", "vpc-1", WEB).ec2("web", "public-a").member("web", "sg-web"), "web").verdict).toMatchObject({
      status: "no",
      blocker: { code: "no-public-ip" },
    });
    expect(ingress(natLayout().securityGroup("sg-web", "vpc-1", WEB).ec2("web", "private-a", { associatePublicIp: true }).member("web", "sg-web"), "web").verdict).toMatchObject({
      status: "no",
      blocker: { nodeId: "private-a", code: "not-public" },
    });
  });

  it("an internet-facing ALB in public subnets: exposed on its listener ports its group allows", () => {
    const b = natLayout()
      .securityGroup("sg-alb", "vpc-1", { ingress: [{ protocol: "tcp", fromPort: 80, toPort: 443, source: "0.0.0.0/0" }] })
      .alb("alb-1", "vpc-1")
      .place("alb-1", "public-a")
      .member("alb-1", "sg-alb")
      .node("aws.target-group", "tg", "vpc-1")
      .edge("listener", "alb-1", "tg", { protocol: "HTTPS", port: 443 });
    const i = ingress(b, "alb-1");
    expect(i.verdict.status).toBe("yes");
    expect(i.ports).toEqual([{ protocol: "tcp", from: 443, to: 443 }]);
  });

  it("an internal ALB is not exposed", () => {
    const b = natLayout().alb("alb-1", "vpc-1", { scheme: "internal" }).place("alb-1", "public-a");
    expect(ingress(b, "alb-1").verdict.status).toBe("no");
  });

  it("the default security group admits nothing from the internet unless changed: unknown", () => {
    const i = ingress(natLayout().ec2("web", "public-a", { associatePublicIp: true }), "web");
    expect(i.verdict).toMatchObject({ status: "unknown", blocker: { code: "default-sg" } });
    expect(i.ports).toEqual([]);
  });

  it("a Lambda never accepts connections from the internet", () => {
    expect(ingress(natLayout().lambda("fn-1", "public-a"), "fn-1").verdict).toMatchObject({ status: "no", blocker: { code: "not-public" } });
  });

  it("a connection from the internet is checked on its port", () => {
    const b = natLayout().securityGroup("sg-web", "vpc-1", WEB).ec2("web", "public-a", { associatePublicIp: true }).member("web", "sg-web").node("ext.internet", "users", null);
    const report = (port: number) => analyzeReachability(new DiagramIndex(b.connect("users", "web", { port }).diagram()));
    expect(Object.values(report(443).connections)[0]!.verdict.overall.status).toBe("yes");
  });

  it("a connection from the internet on a closed port is blocked by the security group", () => {
    const b = natLayout().securityGroup("sg-web", "vpc-1", WEB).ec2("web", "public-a", { associatePublicIp: true }).member("web", "sg-web").node("ext.internet", "users", null);
    const verdict = (port: number) => Object.values(analyzeReachability(new DiagramIndex(b.connect("users", "web", { port }).diagram())).connections)[0]!.verdict.overall;
    expect(verdict(8080)).toMatchObject({ status: "no", blocker: { nodeId: "sg-web", code: "sg-ingress" } });
  });

  it("a port open to part of the internet only (SSH from one range): unknown for the internet at large", () => {
    const b = natLayout().securityGroup("sg-web", "vpc-1", WEB).ec2("web", "public-a", { associatePublicIp: true }).member("web", "sg-web").node("ext.internet", "users", null).connect("users", "web", { port: 22 });
    expect(Object.values(analyzeReachability(new DiagramIndex(b.diagram())).connections)[0]!.verdict.overall).toMatchObject({ status: "unknown", blocker: { code: "sg-ingress" } });
  });
});
