import type { DiagramNode } from "../diagram/types";
import { ANY_IPV4 } from "./cidr";
import { blocked, fold, type Check } from "./checks";
import type { NetContext } from "./context";
import { isPublic, noRouteTable, publicAddressCheck } from "./egress";
import { ALL_PORTS, covers, intersect, normalize, type Interval } from "./intervals";
import { aclAllowed } from "./network-acls";
import { DEFAULT_PORTS, EPHEMERAL } from "./ports";
import { defaultRoute } from "./route-tables";
import { openPorts, sgCheck } from "./security-groups";
import type { Hop, InternetIngress, PortRange, Protocol, Verdict } from "./types";

const LOAD_BALANCERS = new Set(["aws.alb", "aws.nlb"]);
const EXPOSABLE = new Set(["aws.ec2-instance", "aws.auto-scaling-group", "aws.rds-instance", "aws.alb", "aws.nlb"]);
const PROTOCOLS: readonly Protocol[] = ["tcp", "udp"];
const internetPeer = { block: ANY_IPV4, label: "0.0.0.0/0", groupIds: new Set<string>() };

/**
 * Whether the internet can reach the resource in `subnet` at all, ports aside: a public subnet and a
 * public address, or an internet-facing load balancer in a public subnet (facts: public_subnet_definition,
 * elb_internet_facing_igw).
 */
function exposure(net: NetContext, resource: DiagramNode, subnet: DiagramNode): Check {
  const name = net.index.label(resource.id);
  if (!EXPOSABLE.has(resource.kind)) {
    return blocked("no", {
      nodeId: resource.id,
      code: "not-public",
      reason: { en: `${name} does not accept connections from the internet.`, ko: `${name}은(는) 인터넷에서 오는 연결을 받지 않습니다.` },
    });
  }
  if (LOAD_BALANCERS.has(resource.kind) && resource.props.scheme === "internal") {
    return blocked("no", {
      nodeId: resource.id,
      code: "not-public",
      reason: { en: `Load balancer ${name} is internal.`, ko: `로드 밸런서 ${name}은(는) 내부용입니다.` },
    });
  }
  // Without a public address nothing else matters, not even routing the diagram leaves unknown.
  const address = publicAddress(resource, name);
  if (address) return address;
  const pub = isPublic(net, subnet);
  if (pub === undefined) return noRouteTable(net, subnet);
  if (!pub) {
    return blocked("no", {
      nodeId: subnet.id,
      code: "not-public",
      reason: {
        en: `Subnet ${net.index.label(subnet.id)} of ${name} has no route 0.0.0.0/0 to an internet gateway, so the internet cannot reach it.`,
        ko: `${name}의 서브넷 ${net.index.label(subnet.id)}에 인터넷 게이트웨이로 가는 0.0.0.0/0 경로가 없어 인터넷에서 닿을 수 없습니다.`,
      },
    });
  }
  return LOAD_BALANCERS.has(resource.kind) ? { status: "yes" } : publicAddressCheck(net, resource, subnet);
}

/** A definite "no public address" read off the resource alone (facts: public_subnet_definition); undefined when it may have one. */
function publicAddress(resource: DiagramNode, name: string): Check | undefined {
  if (resource.kind === "aws.ec2-instance" && resource.props.associatePublicIp !== true && resource.props.elasticIp !== true) {
    return blocked("no", {
      nodeId: resource.id,
      code: "no-public-ip",
      reason: {
        en: `Instance ${name} has no public IPv4 address or Elastic IP, so the internet cannot reach it.`,
        ko: `인스턴스 ${name}에 퍼블릭 IPv4 주소나 탄력적 IP가 없어 인터넷에서 닿을 수 없습니다.`,
      },
    });
  }
  if (resource.kind === "aws.rds-instance" && resource.props.publiclyAccessible !== true) {
    return blocked("no", {
      nodeId: resource.id,
      code: "no-public-ip",
      reason: { en: `DB instance ${name} is not publicly accessible.`, ko: `DB 인스턴스 ${name}은(는) 퍼블릭 액세스가 꺼져 있습니다.` },
      fix: { en: `Turn on public access for ${name} only if the internet must reach it.`, ko: `인터넷에서 닿아야 할 때만 ${name}의 퍼블릭 액세스를 켜세요.` },
    });
  }
  return undefined;
}

function pathIn(net: NetContext, resource: DiagramNode, subnet: DiagramNode): Hop[] {
  const table = net.routeTable(subnet);
  const igw = table ? defaultRoute(net.routesOf(table), 4)?.target : undefined;
  return [{ kind: "internet" }, ...(igw ? [{ kind: "node" as const, nodeId: igw.id }] : []), { kind: "node", nodeId: subnet.id }, { kind: "node", nodeId: resource.id }];
}

/** The ports a load balancer listens on; null for other resources (every port counts). */
function listenerPorts(net: NetContext, resource: DiagramNode, protocol: Protocol): Interval[] | null {
  if (!LOAD_BALANCERS.has(resource.kind)) return null;
  const ports: Interval[] = [];
  for (const edge of net.index.edgesFrom(resource.id, "listener")) {
    const p = edge.props.protocol;
    const isUdp = p === "UDP" || p === "TCP_UDP";
    const isTcp = p !== "UDP";
    if (typeof edge.props.port === "number" && ((protocol === "udp" && isUdp) || (protocol === "tcp" && isTcp))) ports.push([edge.props.port, edge.props.port]);
  }
  return normalize(ports);
}

/** Can a client on the internet open `protocol`/`port` to the resource in `subnet`? */
export function ingressAt(net: NetContext, resource: DiagramNode, subnet: DiagramNode, protocol: Protocol, port: number): Verdict {
  const base = exposure(net, resource, subnet);
  if (base.status !== "yes") return base;
  const listeners = listenerPorts(net, resource, protocol);
  const checks: Check[] = [base];
  if (listeners && !covers(listeners, [port, port])) {
    checks.push(
      blocked("no", {
        nodeId: resource.id,
        code: "no-port",
        reason: {
          en: `Load balancer ${net.index.label(resource.id)} has no ${protocol.toUpperCase()} listener on port ${port}.`,
          ko: `로드 밸런서 ${net.index.label(resource.id)}에 포트 ${port}의 ${protocol.toUpperCase()} 리스너가 없습니다.`,
        },
      }),
    );
  }
  checks.push(...net.aclConnection(subnet, "server", protocol, port, ANY_IPV4, "0.0.0.0/0"));
  checks.push(sgCheck(net.index, resource, net.sgPolicy(resource), "ingress", protocol, port, internetPeer));
  const check = fold(checks);
  return check.status === "yes" ? { ...check, via: "internet-gateway", path: pathIn(net, resource, subnet) } : check;
}

/** The ports open from 0.0.0.0/0 in one subnet: security groups ∩ the ACL's inbound rules ∩ listeners, with replies allowed out. */
function openFromInternet(net: NetContext, resource: DiagramNode, subnet: DiagramNode): { ports: PortRange[]; defaultGroup: boolean } {
  const view = net.acl(subnet);
  const ports: PortRange[] = [];
  let defaultGroup = false;
  for (const protocol of PROTOCOLS) {
    const sg = openPorts(net.sgPolicy(resource), "ingress", protocol, internetPeer);
    if (sg === "default") {
      defaultGroup = true;
      continue;
    }
    const replies = aclAllowed(view.outbound, protocol, ANY_IPV4, [EPHEMERAL.from, EPHEMERAL.to]).allowed;
    if (replies.length === 0) continue;
    let open = intersect(sg, aclAllowed(view.inbound, protocol, ANY_IPV4, ALL_PORTS).allowed);
    const listeners = listenerPorts(net, resource, protocol);
    if (listeners) open = intersect(open, listeners);
    for (const [from, to] of open) ports.push({ protocol, from, to });
  }
  return { ports, defaultGroup };
}

/** Whether and on which ports the internet can open connections to the resource (across its subnets). */
export function internetIngress(net: NetContext, resource: DiagramNode, subnets: readonly DiagramNode[]): InternetIngress {
  const name = net.index.label(resource.id);
  if (!EXPOSABLE.has(resource.kind)) return { verdict: exposure(net, resource, resource), ports: [] };
  if (subnets.length === 0) {
    return {
      verdict: blocked("unknown", {
        nodeId: resource.id,
        code: "no-subnet",
        reason: { en: `${name} is in no subnet, so whether the internet reaches it is unknown.`, ko: `${name}이(가) 어느 서브넷에도 없어 인터넷에서 닿는지 알 수 없습니다.` },
      }),
      ports: [],
    };
  }
  let firstBlocked: Verdict | undefined;
  let firstOpen: DiagramNode | undefined;
  const open: PortRange[] = [];
  for (const subnet of subnets) {
    const base = exposure(net, resource, subnet);
    if (base.status !== "yes") {
      firstBlocked ??= base;
      continue;
    }
    const { ports, defaultGroup } = openFromInternet(net, resource, subnet);
    if (ports.length > 0) {
      open.push(...ports);
      firstOpen ??= subnet;
      continue;
    }
    firstBlocked ??= defaultGroup
      ? sgCheck(net.index, resource, net.sgPolicy(resource), "ingress", "tcp", DEFAULT_PORTS.https, internetPeer)
      : blocked("no", {
          nodeId: resource.id,
          code: "sg-ingress",
          reason: {
            en: `${name} is reachable from the internet by route, but its security groups and subnet ${net.index.label(subnet.id)}'s network ACL leave no port open from 0.0.0.0/0.`,
            ko: `${name}은(는) 라우팅상 인터넷에서 닿지만, 보안 그룹과 서브넷 ${net.index.label(subnet.id)}의 네트워크 ACL이 0.0.0.0/0에 여는 포트가 없습니다.`,
          },
        });
  }
  if (!firstOpen) return { verdict: firstBlocked!, ports: [] };
  const ports = PROTOCOLS.flatMap((protocol) =>
    normalize(open.filter((p) => p.protocol === protocol).map((p): Interval => [p.from, p.to])).map(([from, to]) => ({ protocol, from, to })),
  );
  return { verdict: { status: "yes", via: "internet-gateway", path: pathIn(net, resource, firstOpen) }, ports };
}
