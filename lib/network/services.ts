import type { DiagramNode } from "../diagram/types";
import type { Text } from "../i18n/text";
import { ANY_IPV4 } from "./cidr";
import { blocked, fold } from "./checks";
import type { NetContext } from "./context";
import { resourceEgress } from "./egress";
import { privateFlow } from "./flows";
import { DEFAULT_PORTS } from "./ports";
import { sgCheck, type SgPeer } from "./security-groups";
import type { Hop, Verdict } from "./types";

/** The short service name a connection to a resource of this kind uses. */
export const SERVICE_OF_KIND: Readonly<Record<string, string>> = {
  "aws.s3-bucket": "s3",
  "aws.dynamodb-table": "dynamodb",
  "aws.sqs-queue": "sqs",
  "aws.sns-topic": "sns",
  "aws.api-gateway": "execute-api",
  // A function is invoked through the Lambda API, never by a connection to its network interfaces.
  "aws.lambda": "lambda",
};

/** Services with gateway endpoints (facts: gateway_endpoint_s3_ddb). */
export const GATEWAY_SERVICES: readonly string[] = ["s3", "dynamodb"];

export interface ServiceTarget {
  service: string;
  /** The Region of the resource reached, when the diagram says: a gateway endpoint serves only its own Region. */
  region?: string;
  /** A private REST API, reachable only through an `execute-api` interface endpoint (facts: apigw_endpoint_types). */
  privateApi?: boolean;
}

const node = (nodeId: string): Hop => ({ kind: "node", nodeId });

/**
 * How a resource in `subnet` reaches an AWS service's public endpoint (facts: lambda_vpc_endpoints,
 * gateway_endpoint_s3_ddb, interface_endpoint_scope): a gateway-endpoint route, an interface endpoint
 * its default DNS name resolves to, the internet through NAT or the internet gateway, or not at all.
 */
export function serviceAccess(net: NetContext, resource: DiagramNode, subnet: DiagramNode, target: ServiceTarget): Verdict {
  const { index } = net;
  const { service } = target;
  const serviceHop: Hop = { kind: "service", service };
  const facts = net.vpcFacts(subnet);
  const table = net.routeTable(subnet);
  const notes: Text[] = [];

  if (facts && table && GATEWAY_SERVICES.includes(service)) {
    const r = net.gatewayRoute(table, service);
    const endpoint = r?.target;
    const sameVpc = endpoint !== undefined && index.vpcOf(endpoint)?.id === facts.vpc.id;
    const otherRegion = target.region !== undefined && facts.region !== undefined && target.region !== facts.region;
    if (r && endpoint && sameVpc && otherRegion) {
      notes.push({
        en: `Gateway endpoint ${index.label(endpoint.id)} serves only ${facts.region}; the ${service} resource is in ${target.region}.`,
        ko: `게이트웨이 엔드포인트 ${index.label(endpoint.id)}은(는) ${facts.region}만 다루는데, ${service} 리소스는 ${target.region}에 있습니다.`,
      });
    } else if (r && endpoint && sameVpc) {
      const peer = servicePeer(service);
      const check = fold([
        sgCheck(index, resource, net.sgPolicy(resource), "egress", "tcp", DEFAULT_PORTS.https, peer),
        ...net.aclConnection(subnet, "client", "tcp", DEFAULT_PORTS.https, ANY_IPV4, `${service} (0.0.0.0/0)`),
      ]);
      if (check.status !== "yes") return check;
      return {
        ...check,
        via: "gateway-endpoint",
        path: [node(resource.id), node(subnet.id), { kind: "route", nodeId: table.id, destination: r.destination }, node(endpoint.id), serviceHop],
      };
    }
  }

  const endpoints = facts?.interfaceEndpoints.get(service) ?? [];
  let viaEndpoint: Verdict | undefined;
  let endpointDns = false;
  for (const endpoint of endpoints) {
    const flow = endpointFlow(net, resource, subnet, endpoint);
    endpointDns = endpoint.props.privateDnsEnabled === true && facts!.dnsForEndpoints;
    viaEndpoint = flow.status === "yes" ? { ...flow, via: "interface-endpoint", path: [...flow.path!, serviceHop] } : flow;
    if (endpointDns && flow.status === "yes") return withNotes(viaEndpoint, notes);
    if (endpointDns) break;
  }
  if (viaEndpoint && endpointDns) return withNotes(viaEndpoint, notes);

  const endpoint = endpoints[0];
  if (target.privateApi && !endpoint) {
    return blocked("no", {
      nodeId: resource.id,
      code: "private-api",
      reason: {
        en: `A private REST API is reachable only through an execute-api interface endpoint, and VPC ${facts ? index.label(facts.vpc.id) : "?"} has none.`,
        ko: `프라이빗 REST API는 execute-api 인터페이스 엔드포인트로만 닿을 수 있는데, VPC ${facts ? index.label(facts.vpc.id) : "?"}에는 없습니다.`,
      },
      fix: { en: `Add an execute-api interface endpoint to the VPC.`, ko: `VPC에 execute-api 인터페이스 엔드포인트를 추가하세요.` },
    });
  }

  const internet = resourceEgress(net, resource, subnet, DEFAULT_PORTS.https);
  if (endpoint && viaEndpoint) {
    const name = index.label(endpoint.id);
    const dnsNote = {
      en: `Interface endpoint ${name} is used only through its endpoint-specific DNS name: private DNS is off on the endpoint, or the VPC lacks DNS support or DNS hostnames, so ${service}'s default name resolves to public addresses.`,
      ko: `인터페이스 엔드포인트 ${name}은(는) 엔드포인트 전용 DNS 이름으로만 쓰입니다. 엔드포인트의 프라이빗 DNS가 꺼져 있거나 VPC의 DNS 지원 또는 DNS 호스트 이름이 꺼져 있어 ${service}의 기본 이름이 퍼블릭 주소로 풀립니다.`,
    };
    if (internet.status === "yes") return withNotes({ ...internet, path: [...internet.path!, serviceHop] }, [...notes, dnsNote]);
    if (viaEndpoint.status === "yes") {
      return blocked(
        "unknown",
        {
          nodeId: endpoint.id,
          code: "private-dns",
          reason: dnsNote,
          fix: {
            en: `Turn on private DNS for ${name}, and DNS support and DNS hostnames for the VPC.`,
            ko: `${name}의 프라이빗 DNS와 VPC의 DNS 지원, DNS 호스트 이름을 켜세요.`,
          },
        },
        notes,
      );
    }
  }
  if (internet.status === "yes") return withNotes({ ...internet, path: [...internet.path!, serviceHop] }, notes);
  if (internet.blocker?.code === "no-route-table" || internet.status === "unknown") return withNotes(internet, notes);
  const fix = GATEWAY_SERVICES.includes(service)
    ? {
        en: `Add a gateway endpoint for ${service} and route to it from the subnet's route table, or give the subnet a NAT path.`,
        ko: `${service} 게이트웨이 엔드포인트를 추가하고 서브넷의 라우팅 테이블에서 그쪽으로 라우팅하거나, 서브넷에 NAT 경로를 두세요.`,
      }
    : {
        en: `Add an interface endpoint for ${service} to the VPC, or give the subnet a NAT path.`,
        ko: `VPC에 ${service} 인터페이스 엔드포인트를 추가하거나, 서브넷에 NAT 경로를 두세요.`,
      };
  return withNotes({ ...internet, ...(internet.blocker ? { blocker: { ...internet.blocker, fix } } : {}) }, notes);
}

/** HTTPS from the resource to one of the endpoint's network interfaces, the one in the same AZ when there is one. */
function endpointFlow(net: NetContext, resource: DiagramNode, subnet: DiagramNode, endpoint: DiagramNode): Verdict {
  const { index } = net;
  const subnets = net.subnetsOf(endpoint);
  if (subnets.length === 0) {
    return blocked("unknown", {
      nodeId: endpoint.id,
      code: "no-subnet",
      reason: {
        en: `Interface endpoint ${index.label(endpoint.id)} is in no subnet, so where its network interfaces are is unknown.`,
        ko: `인터페이스 엔드포인트 ${index.label(endpoint.id)}이(가) 어느 서브넷에도 없어 네트워크 인터페이스 위치를 알 수 없습니다.`,
      },
    });
  }
  const zone = net.zoneOf(subnet);
  const sameZone = subnets.filter((s) => zone !== undefined && net.zoneOf(s) === zone);
  let first: Verdict | undefined;
  for (const s of sameZone.length ? sameZone : subnets) {
    const flow = privateFlow(net, resource, subnet, endpoint, s, "tcp", DEFAULT_PORTS.https);
    if (flow.status === "yes") return flow;
    first ??= flow;
  }
  return first!;
}

const NO_GROUPS: ReadonlySet<string> = new Set();
const servicePeers = new Map<string, SgPeer>();

/** A service's public ranges as a security-group rule sees them (a `pl-…` rule names them). */
function servicePeer(service: string): SgPeer {
  let peer = servicePeers.get(service);
  if (!peer) servicePeers.set(service, (peer = { block: ANY_IPV4, label: `${service} (prefix list)`, groupIds: NO_GROUPS, awsService: true }));
  return peer;
}

function withNotes(verdict: Verdict, notes: readonly Text[]): Verdict {
  if (notes.length === 0) return verdict;
  return { ...verdict, notes: [...(verdict.notes ?? []), ...notes] };
}
