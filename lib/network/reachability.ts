import type { DiagramIndex } from "../diagram/graph";
import type { DiagramEdge, DiagramNode } from "../diagram/types";
import { blocked } from "./checks";
import { NetContext } from "./context";
import { isPublic, natGatewayEgress, resourceEgress, resourceEgressIpv6, subnetEgress, subnetEgressIpv6 } from "./egress";
import { privateFlow } from "./flows";
import { ingressAt, internetIngress } from "./ingress";
import { applicationPort, defaultPortOf } from "./ports";
import { GATEWAY_SERVICES, SERVICE_OF_KIND, serviceAccess, type ServiceTarget } from "./services";
import type { ConnectionVerdict, Hop, NetworkProfile, PerSubnet, Protocol, ReachabilityReport, ServiceAccess, SubnetRouting, Verdict } from "./types";

/** Kinds with network interfaces in subnets, or (a NAT gateway) a place in the VPC's routing. */
const NETWORKED = new Set([
  "aws.lambda",
  "aws.ec2-instance",
  "aws.auto-scaling-group",
  "aws.alb",
  "aws.nlb",
  "aws.gwlb",
  "aws.rds-instance",
  "aws.aurora-cluster",
  "aws.rds-proxy",
  "aws.elasticache-cluster",
  "aws.efs",
  "aws.vpc-endpoint",
  "aws.nat-gateway",
]);
/** Kinds that open connections of their own, to the internet and to AWS services. */
const CLIENTS = new Set(["aws.lambda", "aws.ec2-instance", "aws.auto-scaling-group"]);
/** Reached through the DNS name of the network interface in the client's own AZ, when there is one. */
const ZONAL_TARGETS = new Set(["aws.efs", "aws.vpc-endpoint"]);

const cache = new WeakMap<DiagramIndex, ReachabilityReport>();

/**
 * Answers, for every resource with a network presence, "can it reach the internet, can the internet
 * reach it, how does it reach AWS services, and do its drawn connections work", following how AWS
 * routes and filters packets. Pure, and memoized per index, so rules and the UI share one run.
 */
export function analyzeReachability(index: DiagramIndex): ReachabilityReport {
  const hit = cache.get(index);
  if (hit) return hit;
  const net = new NetContext(index);
  const subnets: Record<string, SubnetRouting> = {};
  for (const subnet of index.ofKind("aws.subnet")) subnets[subnet.id] = subnetRouting(net, subnet);

  const connections: Record<string, ConnectionVerdict> = {};
  const byNode = new Map<string, ConnectionVerdict[]>();
  for (const edge of index.diagram.edges) {
    if (edge.kind !== "connection") continue;
    const verdict = connectionVerdict(net, edge);
    if (!verdict) continue;
    connections[edge.id] = verdict;
    for (const id of new Set([edge.source, edge.target])) {
      const list = byNode.get(id);
      if (list) list.push(verdict);
      else byNode.set(id, [verdict]);
    }
  }

  const profiles: Record<string, NetworkProfile> = {};
  for (const node of index.diagram.nodes) {
    if (!NETWORKED.has(node.kind)) continue;
    if (node.kind === "aws.vpc-endpoint" && node.props.endpointType !== "Interface") continue;
    profiles[node.id] = profile(net, node, byNode.get(node.id) ?? []);
  }
  const report = { subnets, profiles, connections };
  cache.set(index, report);
  return report;
}

/**
 * Records `report` as the index's analysis: the incremental engine (lib/engine/incremental.ts) merges
 * one from the parts of the diagram an edit touched, equal to a full run's, for the rules that ask.
 */
export function primeReachability(index: DiagramIndex, report: ReachabilityReport): void {
  cache.set(index, report);
}

/** The profile of one resource, or undefined when it has no network presence. */
export function profileOf(report: ReachabilityReport, nodeId: string): NetworkProfile | undefined {
  return Object.hasOwn(report.profiles, nodeId) ? report.profiles[nodeId] : undefined;
}

/** The path as text, ids only: `fn-1 → private-a → rtb-private 0.0.0.0/0 → nat-1 → … → internet`. */
export function formatPath(path: readonly Hop[] | undefined): string {
  return (path ?? [])
    .map((hop) => {
      switch (hop.kind) {
        case "node":
          return hop.nodeId;
        case "route":
          return `${hop.nodeId} ${hop.destination}`;
        case "internet":
          return "internet";
        case "service":
          return hop.service;
      }
    })
    .join(" → ");
}

/**
 * One verdict for a resource across its subnets: yes when every subnet says yes, no when any says no
 * (`mixed` when others say yes: it works only part of the time), else unknown.
 */
export function combine(bySubnet: Array<{ subnetId: string; verdict: Verdict }>, none: Verdict | (() => Verdict)): PerSubnet {
  if (bySubnet.length === 0) return { overall: typeof none === "function" ? none() : none, mixed: false, bySubnet };
  const yes = bySubnet.filter((s) => s.verdict.status === "yes");
  const no = bySubnet.find((s) => s.verdict.status === "no");
  const unknown = bySubnet.find((s) => s.verdict.status === "unknown");
  const overall = no?.verdict ?? unknown?.verdict ?? yes[0]!.verdict;
  return { overall, mixed: no !== undefined && yes.length > 0, bySubnet };
}

function subnetRouting(net: NetContext, subnet: DiagramNode): SubnetRouting {
  const facts = net.vpcFacts(subnet);
  const table = net.routeTable(subnet);
  const acl = net.acl(subnet).acl;
  return {
    subnetId: subnet.id,
    ...(facts ? { vpcId: facts.vpc.id } : {}),
    ...(table ? { routeTableId: table.id } : {}),
    ...(acl ? { naclId: acl.id } : {}),
    public: isPublic(net, subnet) === true,
    egress: subnetEgress(net, subnet),
    egressIpv6: subnetEgressIpv6(net, subnet),
  };
}

function noSubnet(net: NetContext, node: DiagramNode): Verdict {
  const name = net.index.label(node.id);
  return blocked("unknown", {
    nodeId: node.id,
    code: "no-subnet",
    reason: { en: `${name} is in no subnet, so its network paths are unknown.`, ko: `${name}이(가) 어느 서브넷에도 없어 네트워크 경로를 알 수 없습니다.` },
    fix: { en: `Place ${name} in its subnets.`, ko: `${name}을(를) 서브넷에 배치하세요.` },
  });
}

/** A function with no VPC configuration: AWS gives it internet access and public AWS endpoints (facts: lambda_novpc_mode). */
function awsManaged(node: DiagramNode, last: Hop): Verdict {
  return { status: "yes", via: "aws-managed", path: [{ kind: "node", nodeId: node.id }, last] };
}

function outsideVpc(net: NetContext, node: DiagramNode): boolean {
  return node.kind === "aws.lambda" && net.subnetsOf(node).length === 0 && net.vpcFacts(node) === undefined;
}

function profile(net: NetContext, node: DiagramNode, connections: ConnectionVerdict[]): NetworkProfile {
  const subnets = net.subnetsOf(node);
  const policy = net.sgPolicy(node);
  const result: NetworkProfile = {
    nodeId: node.id,
    subnetIds: subnets.map((s) => s.id),
    securityGroups: { ids: policy.kind === "groups" ? policy.groups.map((g) => g.id) : [], defaultGroup: policy.kind === "default" },
    internetIngress: internetIngress(net, node, subnets),
    awsServices: [],
    connections,
  };
  if (node.kind === "aws.nat-gateway") {
    const verdict = natGatewayEgress(net, node);
    const own = net.subnetOf(node);
    result.internetEgress = { overall: verdict, mixed: false, bySubnet: own ? [{ subnetId: own.id, verdict }] : [] };
    return result;
  }
  if (!CLIENTS.has(node.kind)) return result;
  if (outsideVpc(net, node)) {
    const verdict = awsManaged(node, { kind: "internet" });
    result.internetEgress = { overall: verdict, mixed: false, bySubnet: [] };
    result.awsServices = servicesFor(net, node).map((t) => ({
      service: t.service,
      access: { overall: awsManaged(node, { kind: "service", service: t.service }), mixed: false, bySubnet: [] },
    }));
    return result;
  }
  result.internetEgress = combine(
    subnets.map((s) => ({ subnetId: s.id, verdict: resourceEgress(net, node, s) })),
    () => noSubnet(net, node),
  );
  if (subnets.some((s) => typeof s.props.ipv6CidrBlock === "string")) {
    result.internetEgressIpv6 = combine(
      subnets.map((s) => ({ subnetId: s.id, verdict: resourceEgressIpv6(net, node, s) })),
      () => noSubnet(net, node),
    );
  }
  result.awsServices = servicesFor(net, node).map(
    (target): ServiceAccess => ({
      service: target.service,
      access: combine(
        subnets.map((s) => ({ subnetId: s.id, verdict: serviceAccess(net, node, s, target) })),
        () => noSubnet(net, node),
      ),
    }),
  );
  return result;
}

/** S3 and DynamoDB, every service the VPC has an interface endpoint for, and the services the resource connects to. */
function servicesFor(net: NetContext, node: DiagramNode): ServiceTarget[] {
  const targets = new Map<string, ServiceTarget>(GATEWAY_SERVICES.map((service) => [service, { service }]));
  for (const service of net.vpcFacts(node)?.interfaceEndpoints.keys() ?? []) targets.set(service, { service });
  const firstSubnet = net.subnetsOf(node)[0];
  if (firstSubnet) for (const service of net.vpcFacts(firstSubnet)?.interfaceEndpoints.keys() ?? []) targets.set(service, { service });
  for (const edge of net.index.edgesFrom(node.id, "connection")) {
    const target = net.index.node(edge.target);
    const service = target ? serviceTarget(net, target) : undefined;
    // A resource in another Region or a private API is its own question; keep the plain one otherwise.
    if (service && (service.region !== undefined || service.privateApi || !targets.has(service.service))) {
      targets.set(service.privateApi || service.region !== undefined ? `${service.service}:${target!.id}` : service.service, service);
    }
  }
  return [...targets.values()];
}

function serviceTarget(net: NetContext, target: DiagramNode): ServiceTarget | undefined {
  const service = SERVICE_OF_KIND[target.kind];
  if (!service) return undefined;
  const region = net.index.ancestor(target, "aws.region")?.props.regionCode;
  return {
    service,
    ...(typeof region === "string" ? { region } : {}),
    ...(target.kind === "aws.api-gateway" && target.props.endpointType === "PRIVATE" ? { privateApi: true } : {}),
  };
}

function connectionVerdict(net: NetContext, edge: DiagramEdge): ConnectionVerdict | undefined {
  const { index } = net;
  const src = index.node(edge.source);
  const dst = index.node(edge.target);
  if (!src || !dst) return undefined;
  const protocol: Protocol = edge.props.protocol === "udp" ? "udp" : "tcp";
  const port = typeof edge.props.port === "number" ? edge.props.port : (applicationPort(edge.props.application) ?? defaultPortOf(index, dst));
  const base = { edgeId: edge.id, sourceId: src.id, targetId: dst.id, protocol, ...(port !== undefined ? { port } : {}) };
  const single = (verdict: Verdict): ConnectionVerdict => ({ ...base, verdict: { overall: verdict, mixed: false, bySubnet: [] } });

  if (src.kind === "ext.on-premises" || dst.kind === "ext.on-premises") {
    const other = src.kind === "ext.on-premises" ? src : dst;
    return single(
      blocked("unknown", {
        nodeId: other.id,
        code: "on-premises",
        reason: {
          en: `The path to ${index.label(other.id)} runs over Site-to-Site VPN or Direct Connect, which the analysis does not follow.`,
          ko: `${index.label(other.id)}(으)로 가는 경로는 Site-to-Site VPN이나 Direct Connect를 거치는데, 분석은 그 경로를 따라가지 않습니다.`,
        },
      }),
    );
  }
  if (port === undefined) {
    return single(
      blocked("unknown", {
        nodeId: dst.id,
        code: "no-port",
        reason: {
          en: `The connection to ${index.label(dst.id)} names no port and ${index.label(dst.id)} has no default one.`,
          ko: `${index.label(dst.id)}(으)로 가는 연결에 포트가 없고 ${index.label(dst.id)}에도 기본 포트가 없습니다.`,
        },
        fix: { en: `Set the connection's port.`, ko: `연결의 포트를 정하세요.` },
      }),
    );
  }
  const service = serviceTarget(net, dst);
  const toInternet = dst.kind === "ext.internet" || dst.kind === "aws.cloudfront-distribution";

  if (src.kind === "ext.internet") {
    if (service || toInternet) {
      if (service?.privateApi) {
        return single(
          blocked("no", {
            nodeId: dst.id,
            code: "private-api",
            reason: { en: `${index.label(dst.id)} is a private API, reachable only from VPCs through an interface endpoint.`, ko: `${index.label(dst.id)}은(는) 인터페이스 엔드포인트를 거쳐 VPC에서만 닿는 프라이빗 API입니다.` },
          }),
        );
      }
      return single({ status: "yes", via: "aws-managed", path: [{ kind: "internet" }, { kind: "node", nodeId: dst.id }] });
    }
    const dstSubnets = net.subnetsOf(dst);
    return {
      ...base,
      verdict: combine(
        dstSubnets.map((s) => ({ subnetId: s.id, verdict: ingressAt(net, dst, s, protocol, port) })),
        internetIngress(net, dst, dstSubnets).verdict,
      ),
    };
  }

  if (outsideVpc(net, src)) {
    if (service || toInternet) return single(awsManaged(src, service ? { kind: "service", service: service.service } : { kind: "internet" }));
    const dstSubnets = net.subnetsOf(dst);
    const viaInternet = combine(
      dstSubnets.map((s) => ({ subnetId: s.id, verdict: ingressAt(net, dst, s, protocol, port) })),
      () => noSubnet(net, dst),
    );
    // Open to the internet (a public address in a public subnet): only its filters decide, and they may be unknown.
    if (viaInternet.overall.status !== "no") return { ...base, verdict: viaInternet };
    return single(
      blocked("no", {
        nodeId: src.id,
        code: "no-path",
        reason: {
          en: `Function ${index.label(src.id)} is not connected to a VPC, so it cannot reach private resources such as ${index.label(dst.id)}; only what is open to the internet.`,
          ko: `함수 ${index.label(src.id)}은(는) VPC에 연결되어 있지 않아 ${index.label(dst.id)} 같은 사설 리소스에 닿지 못하고, 인터넷에 열린 것에만 닿습니다.`,
        },
        fix: {
          en: `Attach ${index.label(src.id)} to the VPC's subnets.`,
          ko: `${index.label(src.id)}을(를) VPC의 서브넷에 연결하세요.`,
        },
      }),
    );
  }

  const srcSubnets = net.subnetsOf(src);
  const dstSubnets = net.subnetsOf(dst);
  const perSource = (s: DiagramNode): Verdict => {
    if (toInternet) return resourceEgress(net, src, s, port);
    if (service) return serviceAccess(net, src, s, service);
    if (dstSubnets.length === 0) return noSubnet(net, dst);
    const zone = net.zoneOf(s);
    const sameZone = ZONAL_TARGETS.has(dst.kind) ? dstSubnets.filter((d) => zone !== undefined && net.zoneOf(d) === zone) : [];
    const targets = sameZone.length ? sameZone : dstSubnets;
    return combine(
      targets.map((d) => ({ subnetId: d.id, verdict: privateFlow(net, src, s, dst, d, protocol, port) })),
      () => noSubnet(net, dst),
    ).overall;
  };
  return { ...base, verdict: combine(srcSubnets.map((s) => ({ subnetId: s.id, verdict: perSource(s) })), () => noSubnet(net, src)) };
}
