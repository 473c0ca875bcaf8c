import { describe, it, expect } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { KINDS, EDGE_KINDS, getKind, inferEdgeKind, canSitIn } from "./index";
import { CATEGORIES } from "./types";
import { securityGroup } from "./defs/security-group";
import { networkAcl } from "./defs/network-acl";
import { ALLOW_ALL_EGRESS, peer } from "./schemas";

const root = path.resolve(import.meta.dirname, "../..");
const iconDir = path.join(root, "node_modules/aws-react-icons/lib/icons");
// Read as text so the test does not load React.
const kindIconsSource = readFileSync(path.join(root, "components/kind-icons.ts"), "utf8");

const HANGUL = /[\uac00-\ud7a3]/;
const ACRONYM = /^[A-Z0-9]{2,}$/;

describe("kind registry", () => {
  it("has unique ids of the form aws.x or ext.x", () => {
    const ids = KINDS.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(aws|ext)\.[a-z0-9-]+$/);
  });

  it("keeps each kind in lib/kinds/defs/<id without prefix>.ts", () => {
    for (const kind of KINDS) {
      const file = path.join(import.meta.dirname, "defs", `${kind.id.replace(/^(aws|ext)\./, "")}.ts`);
      expect(existsSync(file), `${kind.id}: ${file}`).toBe(true);
      expect(readFileSync(file, "utf8")).toContain(`id: "${kind.id}"`);
    }
  });

  it("gives every kind complete default props", () => {
    for (const kind of KINDS) {
      const result = kind.props.safeParse({});
      expect(result.success, `${kind.id}: ${result.error?.message}`).toBe(true);
    }
  });

  it("places kinds only in root or registered containers", () => {
    for (const kind of KINDS) {
      expect(kind.parents.length, kind.id).toBeGreaterThan(0);
      for (const parent of kind.parents) {
        if (parent === "root") continue;
        expect(getKind(parent)?.container, `${kind.id} in ${parent}`).toBe(true);
      }
    }
  });

  it("uses known categories, in palette order", () => {
    const order = KINDS.map((k) => CATEGORIES.indexOf(k.category));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("only the four grouping kinds are containers", () => {
    expect(KINDS.filter((k) => k.container).map((k) => k.id)).toEqual([
      "aws.region",
      "aws.vpc",
      "aws.availability-zone",
      "aws.subnet",
    ]);
  });

  it("joins only registered kinds with edges", () => {
    for (const edge of EDGE_KINDS) {
      for (const id of [...edge.from, ...edge.to]) expect(getKind(id), `${edge.id}: ${id}`).toBeDefined();
      expect(edge.props.safeParse({}).success, edge.id).toBe(true);
    }
  });

  it("names an existing aws-react-icons icon that KIND_ICONS imports", () => {
    for (const kind of KINDS) {
      expect(existsSync(path.join(iconDir, `${kind.icon}.js`)), `${kind.id}: ${kind.icon}`).toBe(true);
      expect(kindIconsSource, kind.icon).toContain(`import ${kind.icon} from "aws-react-icons/lib/icons/${kind.icon}";`);
      expect(kindIconsSource, kind.icon).toMatch(new RegExp(`^  ${kind.icon},$`, "m"));
    }
  });

  it("names and summarises every kind in English and Korean", () => {
    for (const kind of KINDS) {
      expect(kind.name.en.trim(), kind.id).not.toBe("");
      expect(kind.summary.en.trim(), kind.id).not.toBe("");
      expect(HANGUL.test(kind.name.ko) || ACRONYM.test(kind.name.ko), `${kind.id}: ${kind.name.ko}`).toBe(true);
      expect(HANGUL.test(kind.summary.ko), `${kind.id}: ${kind.summary.ko}`).toBe(true);
    }
  });

  it("maps to a CloudFormation type or to none", () => {
    for (const kind of KINDS) {
      if (kind.cfnType !== null) expect(kind.cfnType, kind.id).toMatch(/^AWS::\w+::\w+$/);
    }
    expect(getKind("ext.internet")?.cfnType).toBeNull();
    expect(getKind("ext.on-premises")?.cfnType).toBeNull();
  });

  it("has a label prefix per kind", () => {
    const prefixes = KINDS.map((k) => k.labelPrefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const p of prefixes) expect(p).toMatch(/^[a-z0-9]+$/);
  });
});

describe("kind behaviour", () => {
  it("a new security group allows all outbound and no inbound traffic", () => {
    const props = securityGroup.props.parse({});
    expect(props.ingress).toEqual([]);
    expect(props.egress).toEqual([ALLOW_ALL_EGRESS]);
    // Defaults are fresh copies, so editing one node's rules cannot leak into another's.
    props.egress.push({ protocol: "tcp", fromPort: 443, toPort: 443, destination: "10.0.0.0/16" });
    expect(securityGroup.props.parse({}).egress).toHaveLength(1);
  });

  it("security group rule peers are CIDRs, sg: references or prefix lists", () => {
    for (const ok of ["0.0.0.0/0", "10.0.0.0/16", "::/0", "sg:sg-1", "pl-63a5400a"]) {
      expect(peer.safeParse(ok).success, ok).toBe(true);
    }
    for (const bad of ["", "sg-1", "10.0.0.0", "anywhere"]) expect(peer.safeParse(bad).success, bad).toBe(false);
  });

  it("a custom network ACL starts with no rules, so it denies everything", () => {
    const props = networkAcl.props.parse({});
    expect(props.isDefault).toBe(false);
    expect(props.inbound).toEqual([]);
    expect(props.outbound).toEqual([]);
  });

  it("does not put AWS quotas in schemas: out-of-quota values still load", () => {
    expect(getKind("aws.lambda")?.props.safeParse({ memorySize: 20480 }).success).toBe(true);
    expect(getKind("aws.aurora-cluster")?.props.safeParse({ replicaCount: 40 }).success).toBe(true);
    expect(getKind("aws.dynamodb-table")?.props.safeParse({ localSecondaryIndexes: 9 }).success).toBe(true);
    expect(getKind("aws.route53-health-check")?.props.safeParse({ failureThreshold: 50 }).success).toBe(true);
    expect(getKind("aws.ebs-volume")?.props.safeParse({ volumeType: "gp3", size: 100000, iops: 500000 }).success).toBe(true);
  });

  it("refuses values of the wrong type", () => {
    expect(getKind("aws.ebs-volume")?.props.safeParse({ volumeType: "gp4" }).success).toBe(false);
    expect(getKind("aws.route53-health-check")?.props.safeParse({ requestInterval: 20 }).success).toBe(false);
    expect(getKind("aws.auto-scaling-group")?.props.safeParse({ minSize: 1.5 }).success).toBe(false);
  });

  it("defaults match AWS where the rules depend on them", () => {
    expect(getKind("aws.vpc-endpoint")?.props.parse({})).toMatchObject({ endpointType: "Gateway", serviceName: "s3" });
    expect(getKind("aws.nat-gateway")?.props.parse({})).toMatchObject({
      connectivityType: "public",
      availabilityMode: "zonal",
      elasticIp: true,
    });
    expect(getKind("aws.s3-bucket")?.props.parse({})).toMatchObject({ blockPublicAccess: true, bucketName: "" });
    expect(getKind("aws.sqs-queue")?.props.parse({})).toMatchObject({
      visibilityTimeout: 30,
      messageRetentionPeriod: 345600,
    });
    expect(getKind("aws.route53-health-check")?.props.parse({})).toMatchObject({
      failureThreshold: 3,
      requestInterval: 30,
    });
    expect(getKind("aws.rds-instance")?.props.parse({})).toMatchObject({ publiclyAccessible: false, multiAz: false });
  });

  it("infers the relation of a drawn connection in either direction", () => {
    const assoc = inferEdgeKind("aws.subnet", "aws.route-table");
    expect(assoc?.edgeKind.id).toBe("association");
    expect(assoc?.reversed).toBe(true);
    expect(inferEdgeKind("aws.route-table", "aws.internet-gateway")).toMatchObject({
      edgeKind: { id: "route" },
      reversed: false,
    });
    expect(inferEdgeKind("aws.ec2-instance", "aws.ebs-volume")).toMatchObject({
      edgeKind: { id: "attachment" },
      reversed: true,
    });
    expect(inferEdgeKind("aws.alb", "aws.target-group")?.edgeKind.id).toBe("listener");
    expect(inferEdgeKind("aws.lambda", "aws.security-group")?.edgeKind.id).toBe("membership");
    expect(inferEdgeKind("ext.internet", "aws.alb")?.edgeKind.id).toBe("connection");
    expect(inferEdgeKind("aws.aurora-cluster", "aws.rds-proxy")).toMatchObject({ edgeKind: { id: "proxy-target" }, reversed: true });
    expect(inferEdgeKind("aws.lambda", "aws.rds-proxy")?.edgeKind.id).toBe("connection");
  });

  it("places kinds where AWS puts them", () => {
    expect(canSitIn("aws.security-group", "aws.vpc")).toBe(true);
    expect(canSitIn("aws.security-group", "aws.subnet")).toBe(false);
    expect(canSitIn("aws.nat-gateway", "aws.subnet")).toBe(true);
    expect(canSitIn("aws.nat-gateway", "aws.vpc")).toBe(true);
    expect(canSitIn("aws.ebs-volume", "aws.availability-zone")).toBe(true);
    expect(canSitIn("aws.cloudfront-distribution", "aws.region")).toBe(false);
    expect(canSitIn("aws.s3-bucket", "aws.vpc")).toBe(false);
  });
});
