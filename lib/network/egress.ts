import type { DiagramNode } from "../diagram/types";
import { ANY_IPV4, ANY_IPV6, blockText, parseIpBlock, type IpBlock } from "./cidr";
import type { Text } from "../i18n/text";
import { blocked, fold, type Check } from "./checks";
import type { NetContext } from "./context";
import { DEFAULT_PORTS } from "./ports";
import { defaultRoute, type RouteEntry } from "./route-tables";
import { sgCheck, type SgPeer } from "./security-groups";
import type { BlockerCode, Hop, Verdict, Via } from "./types";

const INTERNET: Hop = { kind: "internet" };
/** The internet as a security-group rule sees it. */
const INTERNET_V4: SgPeer = { block: ANY_IPV4, label: "0.0.0.0/0", groupIds: new Set<string>() };
const INTERNET_V6: SgPeer = { block: ANY_IPV6, label: "::/0", groupIds: new Set<string>() };
const node = (nodeId: string): Hop => ({ kind: "node", nodeId });
const route = (table: DiagramNode, r: RouteEntry): Hop => ({ kind: "route", nodeId: table.id, destination: r.destination });

/** A check turned into a verdict with the path it took, keeping `via` only when the traffic gets through. */
function verdict(check: Check, path: Hop[], via: Via): Verdict {
  const out: Verdict = { status: check.status };
  if (check.blocker) out.blocker = check.blocker;
  if (check.notes) out.notes = check.notes;
  if (check.status === "yes") {
    out.path = path;
    out.via = via;
  }
  return out;
}

/** The subnet's IPv4 block: the addresses its resources may have. */
export function subnetBlock(subnet: DiagramNode): IpBlock | null {
  return parseIpBlock(subnet.props.cidrBlock);
}

/** Whether 0.0.0.0/0 of the subnet's route table goes to an internet gateway attached to its VPC. */
export function isPublic(net: NetContext, subnet: DiagramNode): boolean | undefined {
  const facts = net.vpcFacts(subnet);
  const table = net.routeTable(subnet);
  if (!facts || !table) return undefined;
  const r = defaultRoute(net.routesOf(table), 4);
  return r?.target.kind === "aws.internet-gateway" && r.target.parent === facts.vpc.id;
}

/**
 * Can a NAT gateway itself reach the internet (facts: nat_gw_public, nat_gw_constraints)? A private
 * one never; a zonal public one needs an Elastic IP and a public subnet; a regional one needs the VPC's
 * internet gateway but no public subnet.
 */
export function natGatewayEgress(net: NetContext, nat: DiagramNode): Verdict {
  return net.cached("nat", nat.id, () => {
    const { index } = net;
    const name = index.label(nat.id);
    if (nat.props.connectivityType === "private") {
      return blocked("no", {
        nodeId: nat.id,
        code: "nat-private",
        reason: {
          en: `NAT gateway ${name} is a private NAT gateway: traffic it sends to an internet gateway is dropped, so it never reaches the internet.`,
          ko: `NAT 게이트웨이 ${name}은(는) 프라이빗 NAT 게이트웨이입니다. 인터넷 게이트웨이로 보내는 트래픽은 버려지므로 인터넷에 닿지 않습니다.`,
        },
        fix: { en: `Use a public NAT gateway with an Elastic IP.`, ko: `탄력적 IP가 있는 퍼블릭 NAT 게이트웨이를 쓰세요.` },
      });
    }
    const facts = net.vpcFacts(nat);
    if (!facts) return blocked("unknown", { nodeId: nat.id, code: "no-vpc", reason: notInVpc(name) });
    if (nat.props.availabilityMode === "regional") {
      const igw = facts.internetGateways[0];
      if (!igw) {
        return blocked("no", {
          nodeId: nat.id,
          code: "nat-no-igw",
          reason: {
            en: `Regional NAT gateway ${name} needs an internet gateway attached to VPC ${index.label(facts.vpc.id)}, and there is none.`,
            ko: `리전 NAT 게이트웨이 ${name}에는 VPC ${index.label(facts.vpc.id)}에 연결된 인터넷 게이트웨이가 필요한데, 없습니다.`,
          },
          fix: { en: `Attach an internet gateway to the VPC.`, ko: `VPC에 인터넷 게이트웨이를 연결하세요.` },
        });
      }
      return { status: "yes", via: "nat-gateway", path: [node(nat.id), node(igw.id), INTERNET] };
    }
    if (nat.props.elasticIp !== true) {
      return blocked("no", {
        nodeId: nat.id,
        code: "nat-no-eip",
        reason: {
          en: `Public NAT gateway ${name} has no Elastic IP, so it has no public address to send traffic from.`,
          ko: `퍼블릭 NAT 게이트웨이 ${name}에 탄력적 IP가 없어 트래픽을 보낼 퍼블릭 주소가 없습니다.`,
        },
        fix: { en: `Give ${name} an Elastic IP.`, ko: `${name}에 탄력적 IP를 할당하세요.` },
      });
    }
    const subnet = net.subnetOf(nat);
    if (!subnet) {
      return blocked("unknown", {
        nodeId: nat.id,
        code: "nat-not-in-subnet",
        reason: {
          en: `Zonal NAT gateway ${name} is not drawn in a subnet, so where its traffic goes is unknown.`,
          ko: `영역 NAT 게이트웨이 ${name}이(가) 서브넷 안에 그려져 있지 않아 트래픽이 어디로 가는지 알 수 없습니다.`,
        },
        fix: { en: `Put ${name} in a public subnet.`, ko: `${name}을(를) 퍼블릭 서브넷에 두세요.` },
      });
    }
    const onward = publicSubnetPath(net, subnet, nat, {
      code: "nat-not-in-public-subnet",
      reason: {
        en: `NAT gateway ${name} is in subnet ${index.label(subnet.id)}, which has no route 0.0.0.0/0 to an internet gateway: a NAT gateway must sit in a public subnet to reach the internet.`,
        ko: `NAT 게이트웨이 ${name}이(가) 있는 서브넷 ${index.label(subnet.id)}에는 인터넷 게이트웨이로 가는 0.0.0.0/0 경로가 없습니다. NAT 게이트웨이는 퍼블릭 서브넷에 있어야 인터넷에 닿습니다.`,
      },
      fix: { en: `Move ${name} into a public subnet of the same Availability Zone.`, ko: `${name}을(를) 같은 가용 영역의 퍼블릭 서브넷으로 옮기세요.` },
    });
    return onward.status === "yes" ? { ...onward, path: [node(nat.id), ...onward.path!] } : onward;
  });
}

/**
 * A NAT instance: an EC2 instance a route sends traffic to. It forwards others' traffic only with the
 * source/destination check off, and reaches the internet only with a public address in a public subnet.
 */
export function natInstanceEgress(net: NetContext, instance: DiagramNode): Verdict {
  return net.cached("nat-instance", instance.id, () => {
    const name = net.index.label(instance.id);
    if (instance.props.sourceDestCheck !== false) {
      return blocked("no", {
        nodeId: instance.id,
        code: "nat-instance-source-dest-check",
        reason: {
          en: `Instance ${name} is a route target but its source/destination check is on, so it drops traffic that is not addressed to itself.`,
          ko: `인스턴스 ${name}은(는) 라우팅 대상이지만 소스/대상 확인이 켜져 있어 자기에게 온 것이 아닌 트래픽을 버립니다.`,
        },
        fix: { en: `Turn off ${name}'s source/destination check.`, ko: `${name}의 소스/대상 확인을 끄세요.` },
      });
    }
    const subnet = net.subnetOf(instance);
    if (!subnet) return blocked("unknown", { nodeId: instance.id, code: "no-subnet", reason: notInVpc(name) });
    const own = publicAddressCheck(net, instance, subnet);
    if (own.status !== "yes") return own;
    const onward = publicSubnetPath(net, subnet, instance, {
      code: "nat-not-in-public-subnet",
      reason: {
        en: `NAT instance ${name} is in subnet ${net.index.label(subnet.id)}, which has no route 0.0.0.0/0 to an internet gateway.`,
        ko: `NAT 인스턴스 ${name}이(가) 있는 서브넷 ${net.index.label(subnet.id)}에는 인터넷 게이트웨이로 가는 0.0.0.0/0 경로가 없습니다.`,
      },
    });
    return onward.status === "yes" ? { ...onward, path: [node(instance.id), ...onward.path!] } : onward;
  });
}

/** From a NAT (gateway or instance) in `subnet`: the subnet's 0.0.0.0/0 must go to its VPC's internet gateway. */
function publicSubnetPath(
  net: NetContext,
  subnet: DiagramNode,
  nat: DiagramNode,
  notPublic: { code: BlockerCode; reason: Text; fix?: Text },
): Verdict {
  const facts = net.vpcFacts(subnet);
  const table = net.routeTable(subnet);
  if (!facts || !table) return noRouteTable(net, subnet);
  const r = defaultRoute(net.routesOf(table), 4);
  if (r?.target.kind !== "aws.internet-gateway" || r.target.parent !== facts.vpc.id) {
    return blocked("no", { nodeId: nat.id, ...notPublic });
  }
  const acl = net.aclConnection(subnet, "client", "tcp", DEFAULT_PORTS.https, ANY_IPV4, "0.0.0.0/0");
  return verdict(fold(acl), [node(subnet.id), route(table, r), node(r.target.id), INTERNET], "internet-gateway");
}

/**
 * Where a subnet's 0.0.0.0/0 leads, for a resource in it without a public address, through the
 * subnet's ACL for HTTPS out: to a NAT (yes), or to the internet gateway (yes, and the resource
 * then needs its own public address), or nowhere.
 */
export function subnetEgress(net: NetContext, subnet: DiagramNode): Verdict {
  return net.cached("egress4", subnet.id, () => {
    const { index } = net;
    const facts = net.vpcFacts(subnet);
    const table = net.routeTable(subnet);
    if (!facts || !table) return noRouteTable(net, subnet);
    const subnetName = index.label(subnet.id);
    const tableName = index.label(table.id);
    const r = defaultRoute(net.routesOf(table), 4);
    if (!r) {
      return blocked("no", {
        nodeId: table.id,
        code: "no-route",
        reason: {
          en: `Route table ${tableName} of subnet ${subnetName} has no route for 0.0.0.0/0, so traffic to the internet has nowhere to go.`,
          ko: `서브넷 ${subnetName}의 라우팅 테이블 ${tableName}에 0.0.0.0/0 경로가 없어 인터넷으로 가는 트래픽이 갈 곳이 없습니다.`,
        },
        fix: { en: `Route 0.0.0.0/0 to a NAT gateway in a public subnet.`, ko: `0.0.0.0/0을 퍼블릭 서브넷의 NAT 게이트웨이로 라우팅하세요.` },
      });
    }
    const target = r.target;
    const targetName = index.label(target.id);
    const head: Hop[] = [node(subnet.id), route(table, r)];
    const inOtherVpc = target.kind !== "aws.vpc-peering" && target.kind !== "aws.internet-gateway" && index.vpcOf(target)?.id !== facts.vpc.id;
    if (inOtherVpc) {
      return blocked("no", {
        nodeId: target.id,
        code: "route-target-elsewhere",
        reason: {
          en: `Route table ${tableName} sends 0.0.0.0/0 to ${targetName}, which is not in VPC ${index.label(facts.vpc.id)}; a route can only target something in its own VPC.`,
          ko: `라우팅 테이블 ${tableName}이(가) 0.0.0.0/0을 VPC ${index.label(facts.vpc.id)} 밖의 ${targetName}(으)로 보냅니다. 경로는 자기 VPC 안의 대상만 가리킬 수 있습니다.`,
        },
      });
    }
    const acl = () => net.aclConnection(subnet, "client", "tcp", DEFAULT_PORTS.https, ANY_IPV4, "0.0.0.0/0");
    switch (target.kind) {
      case "aws.internet-gateway":
        if (target.parent !== facts.vpc.id) {
          return blocked("no", {
            nodeId: target.id,
            code: "igw-detached",
            reason: {
              en: `Route table ${tableName} sends 0.0.0.0/0 to internet gateway ${targetName}, which is not attached to VPC ${index.label(facts.vpc.id)}.`,
              ko: `라우팅 테이블 ${tableName}이(가) 0.0.0.0/0을 VPC ${index.label(facts.vpc.id)}에 연결되지 않은 인터넷 게이트웨이 ${targetName}(으)로 보냅니다.`,
            },
          });
        }
        return verdict(fold(acl()), [...head, node(target.id), INTERNET], "internet-gateway");
      case "aws.nat-gateway": {
        const nat = natGatewayEgress(net, target);
        if (nat.status !== "yes") return nat;
        const natSubnet = target.props.availabilityMode === "regional" ? undefined : net.subnetOf(target);
        const natAcl =
          natSubnet && natSubnet.id !== subnet.id ? natSubnetAcl(net, natSubnet, subnet) : [];
        return verdict(fold([...acl(), ...natAcl, nat]), [...head, ...nat.path!], "nat-gateway");
      }
      case "aws.ec2-instance": {
        const nat = natInstanceEgress(net, target);
        if (nat.status !== "yes") return nat;
        const natSubnet = net.subnetOf(target);
        const natAcl = natSubnet && natSubnet.id !== subnet.id ? natSubnetAcl(net, natSubnet, subnet) : [];
        const note = {
          en: `NAT instance ${targetName}'s security group must allow the traffic in from subnet ${subnetName}.`,
          ko: `NAT 인스턴스 ${targetName}의 보안 그룹이 서브넷 ${subnetName}에서 오는 트래픽을 허용해야 합니다.`,
        };
        const check = fold([...acl(), ...natAcl, nat, { status: "yes", notes: [note] }]);
        return verdict(check, [...head, ...nat.path!], "nat-instance");
      }
      case "aws.vpc-peering":
        return blocked("no", {
          nodeId: target.id,
          code: "route-to-peering",
          reason: {
            en: `Route table ${tableName} sends 0.0.0.0/0 to peering connection ${targetName}, but a VPC cannot use its peer's internet gateway or NAT gateway: peering has no edge-to-edge routing.`,
            ko: `라우팅 테이블 ${tableName}이(가) 0.0.0.0/0을 피어링 연결 ${targetName}(으)로 보내지만, VPC는 피어 VPC의 인터넷 게이트웨이나 NAT 게이트웨이를 쓸 수 없습니다. 피어링에는 엣지 간 라우팅이 없습니다.`,
          },
          fix: { en: `Give this VPC its own NAT gateway and internet gateway.`, ko: `이 VPC에 자체 NAT 게이트웨이와 인터넷 게이트웨이를 두세요.` },
        });
      case "aws.egress-only-internet-gateway":
        return blocked("no", {
          nodeId: target.id,
          code: "ipv4-to-egress-only",
          reason: {
            en: `Route table ${tableName} sends 0.0.0.0/0 to egress-only internet gateway ${targetName}, which carries IPv6 only.`,
            ko: `라우팅 테이블 ${tableName}이(가) 0.0.0.0/0을 IPv6만 다루는 송신 전용 인터넷 게이트웨이 ${targetName}(으)로 보냅니다.`,
          },
        });
      case "aws.vpc-endpoint":
        if (target.props.endpointType === "GatewayLoadBalancer") {
          return blocked("unknown", {
            nodeId: target.id,
            code: "gwlb-endpoint",
            reason: {
              en: `Route table ${tableName} sends 0.0.0.0/0 to Gateway Load Balancer endpoint ${targetName}; where the inspected traffic goes next is not in the diagram.`,
              ko: `라우팅 테이블 ${tableName}이(가) 0.0.0.0/0을 Gateway Load Balancer 엔드포인트 ${targetName}(으)로 보냅니다. 검사한 트래픽이 그다음 어디로 가는지는 다이어그램에 없습니다.`,
            },
          });
        }
        return blocked("no", {
          nodeId: target.id,
          code: "route-to-endpoint",
          reason: {
            en: `Route table ${tableName} sends 0.0.0.0/0 to VPC endpoint ${targetName}, which leads only to its AWS service, not to the internet.`,
            ko: `라우팅 테이블 ${tableName}이(가) 0.0.0.0/0을 VPC 엔드포인트 ${targetName}(으)로 보내지만, 엔드포인트는 자기 AWS 서비스로만 이어지고 인터넷으로는 이어지지 않습니다.`,
          },
        });
      default:
        return blocked("unknown", {
          nodeId: target.id,
          code: "route-target-elsewhere",
          reason: { en: `0.0.0.0/0 goes to ${targetName}, whose onward path is unknown.`, ko: `0.0.0.0/0이 ${targetName}(으)로 가는데, 그 뒤의 경로는 알 수 없습니다.` },
        });
    }
  });
}

/** Traffic a NAT forwards crosses the NAT's subnet ACL twice: in from the client subnet, out to the internet, and back. */
function natSubnetAcl(net: NetContext, natSubnet: DiagramNode, clientSubnet: DiagramNode): Check[] {
  const client = subnetBlock(clientSubnet);
  const port = DEFAULT_PORTS.https;
  return [
    ...(client ? net.aclConnection(natSubnet, "server", "tcp", port, client, blockText(client)) : []),
    ...net.aclConnection(natSubnet, "client", "tcp", port, ANY_IPV4, "0.0.0.0/0"),
  ];
}

/** IPv6 out of a subnet: ::/0 to an egress-only or internet gateway of its VPC, with an IPv6 block on the subnet. */
export function subnetEgressIpv6(net: NetContext, subnet: DiagramNode): Verdict {
  return net.cached("egress6", subnet.id, () => {
    const { index } = net;
    const subnetName = index.label(subnet.id);
    if (typeof subnet.props.ipv6CidrBlock !== "string") {
      return blocked("no", {
        nodeId: subnet.id,
        code: "no-ipv6-block",
        reason: { en: `Subnet ${subnetName} has no IPv6 CIDR block.`, ko: `서브넷 ${subnetName}에 IPv6 CIDR 블록이 없습니다.` },
      });
    }
    const facts = net.vpcFacts(subnet);
    const table = net.routeTable(subnet);
    if (!facts || !table) return noRouteTable(net, subnet);
    const r = defaultRoute(net.routesOf(table), 6);
    const target = r?.target;
    const attached =
      (target?.kind === "aws.egress-only-internet-gateway" || target?.kind === "aws.internet-gateway") && target.parent === facts.vpc.id;
    if (!r || !target || !attached) {
      return blocked("no", {
        nodeId: table.id,
        code: "no-route",
        reason: {
          en: `Route table ${index.label(table.id)} of subnet ${subnetName} has no route for ::/0 to an egress-only or internet gateway of its VPC.`,
          ko: `서브넷 ${subnetName}의 라우팅 테이블 ${index.label(table.id)}에 VPC의 송신 전용 또는 인터넷 게이트웨이로 가는 ::/0 경로가 없습니다.`,
        },
        fix: { en: `Route ::/0 to an egress-only internet gateway.`, ko: `::/0을 송신 전용 인터넷 게이트웨이로 라우팅하세요.` },
      });
    }
    const acl = net.aclConnection(subnet, "client", "tcp", DEFAULT_PORTS.https, ANY_IPV6, "::/0");
    const via = target.kind === "aws.internet-gateway" ? "internet-gateway" : "egress-only-internet-gateway";
    return verdict(fold(acl), [node(subnet.id), route(table, r), node(target.id), INTERNET], via);
  });
}

/** Whether the resource has a public IPv4 address of its own (facts: public_subnet_definition, lambda_vpc_public_subnet). */
export function publicAddressCheck(net: NetContext, resource: DiagramNode, subnet: DiagramNode): Check {
  const name = net.index.label(resource.id);
  switch (resource.kind) {
    case "aws.lambda":
      return blocked("no", {
        nodeId: resource.id,
        code: "lambda-no-public-ip",
        reason: {
          en: `Function ${name} is in public subnet ${net.index.label(subnet.id)}, but a Lambda function's network interface never gets a public IP address, so the internet gateway route does not help it.`,
          ko: `함수 ${name}은(는) 퍼블릭 서브넷 ${net.index.label(subnet.id)}에 있지만, Lambda 함수의 네트워크 인터페이스는 퍼블릭 IP를 받지 않으므로 인터넷 게이트웨이 경로가 도움이 되지 않습니다.`,
        },
        fix: {
          en: `Put the function in private subnets whose route table sends 0.0.0.0/0 to a NAT gateway in a public subnet.`,
          ko: `0.0.0.0/0을 퍼블릭 서브넷의 NAT 게이트웨이로 보내는 프라이빗 서브넷에 함수를 두세요.`,
        },
      });
    case "aws.ec2-instance":
      if (resource.props.associatePublicIp === true || resource.props.elasticIp === true) return { status: "yes" };
      return blocked("no", {
        nodeId: resource.id,
        code: "no-public-ip",
        reason: {
          en: `Instance ${name} is in public subnet ${net.index.label(subnet.id)} but has no public IPv4 address or Elastic IP, so the internet gateway cannot translate its traffic.`,
          ko: `인스턴스 ${name}은(는) 퍼블릭 서브넷 ${net.index.label(subnet.id)}에 있지만 퍼블릭 IPv4 주소나 탄력적 IP가 없어 인터넷 게이트웨이가 트래픽을 변환할 수 없습니다.`,
        },
        fix: { en: `Give ${name} a public IP or an Elastic IP, or route through a NAT gateway.`, ko: `${name}에 퍼블릭 IP나 탄력적 IP를 주거나 NAT 게이트웨이를 거치게 하세요.` },
      });
    case "aws.auto-scaling-group":
      if (subnet.props.mapPublicIpOnLaunch === true) return { status: "yes" };
      return blocked("unknown", {
        nodeId: resource.id,
        code: "public-ip-unknown",
        reason: {
          en: `Whether ${name}'s instances get a public IP is set in its launch template, which the diagram does not hold; subnet ${net.index.label(subnet.id)} does not assign one on launch.`,
          ko: `${name} 인스턴스가 퍼블릭 IP를 받는지는 다이어그램에 없는 시작 템플릿이 정합니다. 서브넷 ${net.index.label(subnet.id)}은(는) 시작 시 퍼블릭 IP를 할당하지 않습니다.`,
        },
      });
    case "aws.rds-instance":
      return resource.props.publiclyAccessible === true
        ? { status: "yes" }
        : blocked("no", {
            nodeId: resource.id,
            code: "no-public-ip",
            reason: { en: `DB instance ${name} is not publicly accessible.`, ko: `DB 인스턴스 ${name}은(는) 퍼블릭 액세스가 꺼져 있습니다.` },
          });
    default:
      return blocked("no", {
        nodeId: resource.id,
        code: "no-public-ip",
        reason: { en: `${name} has no public IP address.`, ko: `${name}에는 퍼블릭 IP 주소가 없습니다.` },
      });
  }
}

/** A resource's own IPv4 internet egress from one of its subnets, for HTTPS (443) unless told otherwise. */
export function resourceEgress(net: NetContext, resource: DiagramNode, subnet: DiagramNode, port: number = DEFAULT_PORTS.https): Verdict {
  const base = subnetEgress(net, subnet);
  if (base.status !== "yes") return base;
  const checks: Check[] = [];
  if (base.via === "internet-gateway") checks.push(publicAddressCheck(net, resource, subnet));
  checks.push(sgCheck(net.index, resource, net.sgPolicy(resource), "egress", "tcp", port, INTERNET_V4));
  checks.push(base);
  return verdict(fold(checks), [node(resource.id), ...base.path!], base.via!);
}

export function resourceEgressIpv6(net: NetContext, resource: DiagramNode, subnet: DiagramNode): Verdict {
  const base = subnetEgressIpv6(net, subnet);
  if (base.status !== "yes") return base;
  const name = net.index.label(resource.id);
  const checks: Check[] = [sgCheck(net.index, resource, net.sgPolicy(resource), "egress", "tcp", DEFAULT_PORTS.https, INTERNET_V6), base];
  if (resource.kind === "aws.lambda") {
    checks.push(
      blocked("unknown", {
        nodeId: resource.id,
        code: "ipv6-unknown",
        reason: {
          en: `Function ${name} uses IPv6 only if its VPC configuration allows IPv6 for dual-stack subnets, which the diagram does not say.`,
          ko: `함수 ${name}은(는) VPC 설정에서 이중 스택 서브넷의 IPv6를 허용해야만 IPv6를 쓰는데, 다이어그램에는 그 설정이 없습니다.`,
        },
      }),
    );
  } else {
    checks.push({
      status: "yes",
      notes: [{ en: `Assumes ${name} has an IPv6 address in the subnet.`, ko: `${name}에 서브넷의 IPv6 주소가 있다고 가정합니다.` }],
    });
  }
  return verdict(fold(checks), [node(resource.id), ...base.path!], base.via!);
}

export function noRouteTable(net: NetContext, subnet: DiagramNode): Verdict {
  const name = net.index.label(subnet.id);
  if (!net.vpcFacts(subnet)) return blocked("unknown", { nodeId: subnet.id, code: "no-vpc", reason: notInVpc(name) });
  return blocked("unknown", {
    nodeId: subnet.id,
    code: "no-route-table",
    reason: {
      en: `Subnet ${name} has no route table associated and its VPC has no main route table drawn, so where its traffic goes is unknown.`,
      ko: `서브넷 ${name}에 연결된 라우팅 테이블이 없고 VPC의 기본 라우팅 테이블도 그려져 있지 않아 트래픽이 어디로 가는지 알 수 없습니다.`,
    },
    fix: { en: `Associate a route table with ${name}, or mark the VPC's main route table.`, ko: `${name}에 라우팅 테이블을 연결하거나 VPC의 기본 라우팅 테이블을 표시하세요.` },
  });
}

function notInVpc(name: string) {
  return { en: `${name} is not drawn in a VPC.`, ko: `${name}이(가) VPC 안에 그려져 있지 않습니다.` };
}
