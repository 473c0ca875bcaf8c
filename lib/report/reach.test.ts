import { describe, expect, it } from "vitest";
import type { NetworkProfile, ReachabilityReport, ServiceAccess, Verdict } from "../network/types";
import { nodeLookup } from "./labels";
import { formatPathText, formatReachText, mergeServices, reachToJson } from "./reach";
import { DIAGRAM } from "./testing";

const nodes = nodeLookup(DIAGRAM);
const blocker = { nodeId: "subnet-1", code: "no-route" as const, reason: { en: "No route.", ko: "경로가 없습니다." }, fix: { en: "Add one.", ko: "추가하세요." } };
const single = (verdict: Verdict) => ({ overall: verdict, mixed: false, bySubnet: [] });
const service = (name: string, verdict: Verdict): ServiceAccess => ({ service: name, access: single(verdict) });

function profile(extra: Partial<NetworkProfile>): NetworkProfile {
  return {
    nodeId: "fn-1",
    subnetIds: ["subnet-1"],
    securityGroups: { ids: [], defaultGroup: true },
    internetIngress: { verdict: { status: "no" }, ports: [] },
    awsServices: [],
    connections: [],
    ...extra,
  };
}

const report = (p: NetworkProfile): ReachabilityReport => ({ subnets: {}, profiles: { [p.nodeId]: p }, connections: {} });

describe("reach report builders", () => {
  it("write unknown as null, a service hop by its name, a route with its destination", () => {
    const p = profile({
      internetEgress: single({ status: "unknown", blocker }),
      awsServices: [
        service("s3", {
          status: "yes",
          via: "gateway-endpoint",
          path: [{ kind: "node", nodeId: "fn-1" }, { kind: "route", nodeId: "subnet-1", destination: "pl-63a5400a" }, { kind: "service", service: "s3" }],
        }),
      ],
    });
    const [r] = reachToJson(DIAGRAM, report(p), "ko").resources;
    expect(r).toMatchObject({
      id: "fn-1",
      label: "fn-1",
      internetEgress: null,
      internetEgressStatus: "unknown",
      blockedBy: { id: "subnet-1", label: "private-a", code: "no-route", reason: "경로가 없습니다.", fix: "추가하세요." },
      notes: [],
    });
    expect(r!.awsServices.s3).toMatchObject({ reachable: true, via: "gateway-endpoint", blockedBy: null });
    expect(r!.awsServices.s3!.path.slice(1)).toEqual([
      { id: "subnet-1", kind: "aws.subnet", label: "private-a", detail: "pl-63a5400a" },
      { id: "s3", kind: "aws-service", label: "S3" },
    ]);
    expect(formatReachText(DIAGRAM, report(p), "en")).toContain("  internet: unknown\n  unknown because: No route. Fix: Add one.\n");
  });

  it("keep the worst answer for a service asked about twice, and call it mixed when they differ", () => {
    const merged = mergeServices([
      service("dynamodb", { status: "yes", via: "nat-gateway" }),
      service("s3", { status: "yes" }),
      service("dynamodb", { status: "no", blocker }),
    ]);
    expect(merged.map((s) => [s.service, s.access.overall.status, s.access.mixed])).toEqual([
      ["dynamodb", "no", true],
      ["s3", "yes", false],
    ]);
  });

  it("name the resource itself by label and a NAT gateway with its subnet", () => {
    expect(
      formatPathText(nodes, [{ kind: "node", nodeId: "fn-1" }, { kind: "node", nodeId: "subnet-1" }, { kind: "internet" }], "ko", "fn-1"),
    ).toBe("fn-1 → 서브넷 private-a → 인터넷");
  });

  it("leave a resource without internet egress out of the internet line", () => {
    const text = formatReachText(DIAGRAM, report(profile({})), "en");
    expect(text).toBe('Lambda function "fn-1"\n  from the internet: no\n');
    expect(reachToJson(DIAGRAM, report(profile({})), "en").resources[0]).toMatchObject({ internetEgress: null, internetEgressStatus: "not-applicable", path: [], blockedBy: null });
  });
});
