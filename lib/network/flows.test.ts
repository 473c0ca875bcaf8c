import { describe, expect, it } from "vitest";
import { build, natLayout, type DiagramBuilder } from "../../tests/fixtures/build";
import { DiagramIndex } from "../diagram/graph";
import { analyzeReachability, formatPath, profileOf } from "./reachability";
import type { ConnectionVerdict } from "./types";

function connection(b: DiagramBuilder, source: string, target: string): ConnectionVerdict {
  const report = analyzeReachability(new DiagramIndex(b.diagram()));
  const c = Object.values(report.connections).find((v) => v.sourceId === source && v.targetId === target);
  if (!c) throw new Error(`no connection ${source} → ${target}`);
  return c;
}

const ALLOW_ALL = { ruleNumber: 100, protocol: "-1", cidrBlock: "0.0.0.0/0", action: "allow" };

/** App function in private-a, MySQL DB in db-a, each with its own security group. */
function appAndDb(dbIngress: unknown[], options: { port?: number; appGroup?: Record<string, unknown> } = {}): DiagramBuilder {
  return natLayout()
    .subnet("db-a", "az-a", { cidrBlock: "10.0.2.0/24" })
    .securityGroup("sg-app", "vpc-1", options.appGroup)
    .securityGroup("sg-db", "vpc-1", { ingress: dbIngress })
    .lambda("fn-1", "private-a")
    .member("fn-1", "sg-app")
    .node("aws.rds-instance", "db-1", "db-a", { engine: "mysql" })
    .member("db-1", "sg-db")
    .connect("fn-1", "db-1", options.port === undefined ? {} : { port: options.port });
}

describe("private connections", () => {
  it("SG allowing 3306 from the client's group: reachable over the local route, on the engine's default port", () => {
    const c = connection(appAndDb([{ protocol: "tcp", fromPort: 3306, toPort: 3306, source: "sg:sg-app" }]), "fn-1", "db-1");
    expect(c.port).toBe(3306);
    expect(c.verdict.overall).toMatchObject({ status: "yes", via: "local" });
    expect(formatPath(c.verdict.overall.path)).toBe("fn-1 → private-a → rtb-private local → db-a → db-1");
  });

  it("SG allowing 3306 from another group only: blocked by the destination's group", () => {
    const b = appAndDb([{ protocol: "tcp", fromPort: 3306, toPort: 3306, source: "sg:sg-other" }]).securityGroup("sg-other", "vpc-1");
    const v = connection(b, "fn-1", "db-1").verdict.overall;
    expect(v).toMatchObject({ status: "no", blocker: { nodeId: "sg-db", code: "sg-ingress" } });
    expect(v.blocker?.fix?.en).toContain("TCP 3306 from sg:sg-app");
  });

  it("SG allowing the client's subnet CIDR: reachable; a single address inside it: unknown", () => {
    expect(connection(appAndDb([{ protocol: "tcp", fromPort: 3306, toPort: 3306, source: "10.0.0.0/16" }]), "fn-1", "db-1").verdict.overall.status).toBe("yes");
    expect(connection(appAndDb([{ protocol: "tcp", fromPort: 3306, toPort: 3306, source: "10.0.1.7/32" }]), "fn-1", "db-1").verdict.overall.status).toBe("unknown");
  });

  it("the wrong port is blocked; the edge's port wins over the default", () => {
    const b = appAndDb([{ protocol: "tcp", fromPort: 5432, toPort: 5432, source: "sg:sg-app" }]);
    expect(connection(b, "fn-1", "db-1").verdict.overall.status).toBe("no");
    const withPort = appAndDb([{ protocol: "tcp", fromPort: 3307, toPort: 3307, source: "sg:sg-app" }], { port: 3307 });
    expect(connection(withPort, "fn-1", "db-1")).toMatchObject({ port: 3307, verdict: { overall: { status: "yes" } } });
  });

  it("the source's egress rules must let it out", () => {
    const appGroup = { egress: [{ protocol: "tcp", fromPort: 443, toPort: 443, destination: "0.0.0.0/0" }] };
    const rebuilt = appAndDb([{ protocol: "tcp", fromPort: 3306, toPort: 3306, source: "sg:sg-app" }], { appGroup });
    expect(connection(rebuilt, "fn-1", "db-1").verdict.overall).toMatchObject({ status: "no", blocker: { nodeId: "sg-app", code: "sg-egress" } });
  });

  it("no security group on the database: the default group, unknown, and said so", () => {
    const b = natLayout().subnet("db-a", "az-a", { cidrBlock: "10.0.2.0/24" }).securityGroup("sg-app", "vpc-1").lambda("fn-1", "private-a").member("fn-1", "sg-app").node("aws.rds-instance", "db-1", "db-a").connect("fn-1", "db-1");
    expect(connection(b, "fn-1", "db-1").verdict.overall).toMatchObject({ status: "unknown", blocker: { nodeId: "db-1", code: "default-sg" } });
  });

  it("both on the default group: allowed (it admits its own members), with a note", () => {
    const b = natLayout().subnet("db-a", "az-a", { cidrBlock: "10.0.2.0/24" }).lambda("fn-1", "private-a").node("aws.rds-instance", "db-1", "db-a").connect("fn-1", "db-1");
    const v = connection(b, "fn-1", "db-1").verdict.overall;
    expect(v.status).toBe("yes");
    expect(v.notes?.some((n) => /default security group/.test(n.en))).toBe(true);
  });

  describe("network ACLs", () => {
    const withAcl = (inbound: unknown[], outbound: unknown[]) =>
      appAndDb([{ protocol: "tcp", fromPort: 3306, toPort: 3306, source: "sg:sg-app" }]).networkAcl("acl-db", "vpc-1", { inbound, outbound }).associate("acl-db", "db-a");

    it("a custom ACL with no entries denies everything", () => {
      const v = connection(withAcl([], []), "fn-1", "db-1").verdict.overall;
      expect(v).toMatchObject({ status: "no", blocker: { nodeId: "acl-db", code: "nacl-inbound" } });
      expect(v.blocker?.reason.en).toContain("no rules");
    });

    it("allowing 3306 in but not the ephemeral ports back out: blocked, the ACL is stateless", () => {
      const inbound = [{ ruleNumber: 100, protocol: "tcp", fromPort: 3306, toPort: 3306, cidrBlock: "10.0.1.0/24", action: "allow" }];
      const outbound = [{ ruleNumber: 100, protocol: "tcp", fromPort: 1024, toPort: 65535, cidrBlock: "10.0.1.0/24", action: "deny" }, { ...ALLOW_ALL, ruleNumber: 200 }];
      const v = connection(withAcl(inbound, outbound), "fn-1", "db-1").verdict.overall;
      expect(v).toMatchObject({ status: "no", blocker: { nodeId: "acl-db", code: "nacl-return" } });
      expect(v.blocker?.reason.en).toContain("rule 100 denies it");
    });

    it("with the return ports allowed: reachable", () => {
      const inbound = [{ ruleNumber: 100, protocol: "tcp", fromPort: 3306, toPort: 3306, cidrBlock: "10.0.1.0/24", action: "allow" }];
      const outbound = [{ ruleNumber: 100, protocol: "tcp", fromPort: 1024, toPort: 65535, cidrBlock: "10.0.0.0/16", action: "allow" }];
      expect(connection(withAcl(inbound, outbound), "fn-1", "db-1").verdict.overall.status).toBe("yes");
    });

    it("lowest rule number first, first match wins: an allow at 100 beats a deny at 200", () => {
      const inbound = [
        { ruleNumber: 200, protocol: "-1", cidrBlock: "0.0.0.0/0", action: "deny" },
        { ruleNumber: 100, protocol: "tcp", fromPort: 3306, toPort: 3306, cidrBlock: "10.0.0.0/16", action: "allow" },
      ];
      expect(connection(withAcl(inbound, [ALLOW_ALL]), "fn-1", "db-1").verdict.overall.status).toBe("yes");
      const denyFirst = [{ ...inbound[0]!, ruleNumber: 50 }, inbound[1]!];
      expect(connection(withAcl(denyFirst, [ALLOW_ALL]), "fn-1", "db-1").verdict.overall).toMatchObject({ status: "no", blocker: { code: "nacl-inbound" } });
    });

    it("only part of the ephemeral range back: unknown", () => {
      const outbound = [{ ruleNumber: 100, protocol: "tcp", fromPort: 32768, toPort: 65535, cidrBlock: "0.0.0.0/0", action: "allow" }];
      expect(connection(withAcl([ALLOW_ALL], outbound), "fn-1", "db-1").verdict.overall).toMatchObject({ status: "unknown", blocker: { code: "nacl-return" } });
    });

    it("traffic inside one subnet never crosses the ACL", () => {
      const b = natLayout()
        .securityGroup("sg-db", "vpc-1", { ingress: [{ protocol: "tcp", fromPort: 3306, toPort: 3306, source: "10.0.1.0/24" }] })
        .lambda("fn-1", "private-a")
        .node("aws.rds-instance", "db-1", "private-a")
        .member("db-1", "sg-db")
        .networkAcl("acl", "vpc-1")
        .associate("acl", "private-a")
        .connect("fn-1", "db-1");
      expect(connection(b, "fn-1", "db-1").verdict.overall.status).toBe("yes");
    });
  });

  describe("VPC peering", () => {
    /** vpc-a 10.0.0.0/16 ↔ vpc-b 10.1.0.0/16 ↔ vpc-c 10.2.0.0/16: a chain, no a–c peering. */
    function chain(): DiagramBuilder {
      const b = build().region("r", { regionCode: "us-east-1" });
      for (const [name, n] of [["a", 0], ["b", 1], ["c", 2]] as const) {
        b.vpc(`vpc-${name}`, "r", { cidrBlock: `10.${n}.0.0/16` })
          .az(`az-${name}`, `vpc-${name}`)
          .subnet(`s-${name}`, `az-${name}`, { cidrBlock: `10.${n}.1.0/24` })
          .routeTable(`rtb-${name}`, `vpc-${name}`, { main: true })
          .securityGroup(`sg-${name}`, `vpc-${name}`, { ingress: [{ protocol: "-1", fromPort: -1, toPort: -1, source: "10.0.0.0/8" }] });
      }
      return b.peering("pcx-ab", "vpc-a", "vpc-b").peering("pcx-bc", "vpc-b", "vpc-c");
    }

    it("routes on both sides: reachable through the peering connection", () => {
      const b = chain()
        .route("rtb-a", "pcx-ab", "10.1.0.0/16")
        .route("rtb-b", "pcx-ab", "10.0.0.0/16")
        .ec2("ec2-a", "s-a")
        .member("ec2-a", "sg-a")
        .ec2("ec2-b", "s-b")
        .member("ec2-b", "sg-b")
        .connect("ec2-a", "ec2-b", { port: 22 });
      const v = connection(b, "ec2-a", "ec2-b").verdict.overall;
      expect(v).toMatchObject({ status: "yes", via: "peering" });
      expect(formatPath(v.path)).toBe("ec2-a → s-a → rtb-a 10.1.0.0/16 → pcx-ab → s-b → ec2-b");
    });

    it("no route back from the peer: blocked by the peer's route table", () => {
      const b = chain().route("rtb-a", "pcx-ab", "10.1.0.0/16").ec2("ec2-a", "s-a").member("ec2-a", "sg-a").ec2("ec2-b", "s-b").member("ec2-b", "sg-b").connect("ec2-a", "ec2-b", { port: 22 });
      expect(connection(b, "ec2-a", "ec2-b").verdict.overall).toMatchObject({ status: "no", blocker: { nodeId: "rtb-b", code: "peering-no-route" } });
    });

    it("not transitive: a → b → c does not work even with routes everywhere", () => {
      const b = chain()
        .route("rtb-a", "pcx-ab", "10.0.0.0/8")
        .route("rtb-b", "pcx-ab", "10.0.0.0/16")
        .route("rtb-b", "pcx-bc", "10.2.0.0/16")
        .route("rtb-c", "pcx-bc", "10.0.0.0/8")
        .ec2("ec2-a", "s-a")
        .member("ec2-a", "sg-a")
        .ec2("ec2-c", "s-c")
        .member("ec2-c", "sg-c")
        .connect("ec2-a", "ec2-c", { port: 22 });
      expect(connection(b, "ec2-a", "ec2-c").verdict.overall).toMatchObject({ status: "no", blocker: { nodeId: "pcx-ab", code: "peering-not-transitive" } });
    });

    it("longest prefix wins: 10.0.0.0/8 to the peering beats 0.0.0.0/0 to a NAT", () => {
      const b = chain()
        .nat("nat-a", "s-a")
        .route("rtb-a", "nat-a")
        .route("rtb-a", "pcx-ab", "10.0.0.0/8")
        .route("rtb-b", "pcx-ab", "10.0.0.0/16")
        .ec2("ec2-a", "s-a")
        .member("ec2-a", "sg-a")
        .ec2("ec2-b", "s-b")
        .member("ec2-b", "sg-b")
        .connect("ec2-a", "ec2-b", { port: 22 });
      const v = connection(b, "ec2-a", "ec2-b").verdict.overall;
      expect(v.status).toBe("yes");
      expect(formatPath(v.path)).toBe("ec2-a → s-a → rtb-a 10.0.0.0/8 → pcx-ab → s-b → ec2-b");
    });

    it("a 10.0.0.0/8 route to a NAT does not reach a peer VPC", () => {
      const b = chain().nat("nat-a", "s-a").route("rtb-a", "nat-a", "10.0.0.0/8").route("rtb-b", "pcx-ab", "10.0.0.0/16").ec2("ec2-a", "s-a").ec2("ec2-b", "s-b").connect("ec2-a", "ec2-b", { port: 22 });
      expect(connection(b, "ec2-a", "ec2-b").verdict.overall).toMatchObject({ status: "no", blocker: { nodeId: "rtb-a", code: "peering-no-route" } });
    });
  });

  it("a connection to the internet uses the source's egress verdict", () => {
    const b = natLayout().lambda("fn-1", "private-a").node("ext.internet", "web", null).connect("fn-1", "web");
    const c = connection(b, "fn-1", "web");
    expect(c.port).toBe(443);
    expect(formatPath(c.verdict.overall.path)).toBe("fn-1 → private-a → rtb-private 0.0.0.0/0 → nat-1 → public-a → rtb-public 0.0.0.0/0 → igw-1 → internet");
  });

  it("a Lambda without a VPC cannot reach a private database", () => {
    const b = natLayout().subnet("db-a", "az-a", { cidrBlock: "10.0.2.0/24" }).lambda("fn-1", null).node("aws.rds-instance", "db-1", "db-a").connect("fn-1", "db-1");
    expect(connection(b, "fn-1", "db-1").verdict.overall).toMatchObject({ status: "no", blocker: { nodeId: "fn-1", code: "no-path" } });
  });

  it("EFS: the mount target in the client's AZ is used, on NFS 2049", () => {
    const b = natLayout()
      .az("az-b", "vpc-1", { zoneName: "us-east-1b" })
      .subnet("private-b", "az-b", { cidrBlock: "10.0.11.0/24" })
      .securityGroup("sg-efs", "vpc-1", { ingress: [{ protocol: "tcp", fromPort: 2049, toPort: 2049, source: "10.0.1.0/24" }] })
      .efs("fs-1", "vpc-1")
      .place("fs-1", "private-a")
      .place("fs-1", "private-b")
      .member("fs-1", "sg-efs")
      .lambda("fn-1", "private-a")
      .connect("fn-1", "fs-1");
    const c = connection(b, "fn-1", "fs-1");
    expect(c.port).toBe(2049);
    expect(c.verdict.overall.status).toBe("yes");
    expect(profileOf(analyzeReachability(new DiagramIndex(b.diagram())), "fs-1")?.connections).toHaveLength(1);
  });
});
