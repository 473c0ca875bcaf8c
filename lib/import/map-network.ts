import type { Text } from "../i18n/text";
import type { NetworkAclEntry, SecurityGroupEgressRule, SecurityGroupIngressRule } from "../kinds/schemas";
import { shortServiceName } from "../network/service-names";
import { AFFECTS } from "./affects";
import { valueAt, type ImportContext, type Resource } from "./context";
import type { Handler } from "./handlers";
import { literalString, unknownReason, type Value } from "./values";

const VPC = ["AWS::EC2::VPC"];
const SUBNET = ["AWS::EC2::Subnet"];
const ROUTE_TABLE = ["AWS::EC2::RouteTable"];
const SECURITY_GROUP = ["AWS::EC2::SecurityGroup"];
const ZONE_NAME = /^[a-z]{2}(-[a-z]+)+-\d[a-z]$/;

/** Why a property names nothing drawable, as the reason a resource is not drawn. */
export function missing(ctx: ImportContext, r: Resource, path: string, what: Text): Text {
  const value = ctx.at(r, path);
  const id = ctx.refId(value);
  const detail =
    value === undefined || value === null
      ? { en: `${path} is not set`, ko: `${path}이(가) 없습니다` }
      : id !== undefined
        ? { en: `${path} names ${id}, which is not drawn`, ko: `${path}이(가) 가리키는 ${id}이(가) 그려지지 않았습니다` }
        : { en: `${path} is not known (${unknownReason(value) ?? JSON.stringify(value)})`, ko: `${path}을(를) 알 수 없습니다 (${unknownReason(value) ?? JSON.stringify(value)})` };
  return { en: `${what.en}: ${detail.en}`, ko: `${what.ko}: ${detail.ko}` };
}

const NO_VPC: Text = { en: "its VPC is not in the template", ko: "VPC가 템플릿에 없습니다" };
const NO_SUBNET: Text = { en: "its subnet is not in the template", ko: "서브넷이 템플릿에 없습니다" };

export const vpc: Handler = (ctx, r) => {
  if (ctx.at(r, "CidrBlock") === undefined) ctx.unknown(r.id, "CidrBlock", "allocated from an IPAM pool", AFFECTS.cidr);
  ctx.mapNode(r, "aws.vpc", ctx.regionId(), {
    cidrBlock: ctx.text(r, "CidrBlock", AFFECTS.cidr),
    enableDnsSupport: ctx.flag(r, "EnableDnsSupport", AFFECTS.dns),
    enableDnsHostnames: ctx.flag(r, "EnableDnsHostnames", AFFECTS.dns),
  });
  // AWS creates every VPC with a main route table holding only the local route; subnets without an
  // association use it, so it decides their verdicts (no internet) rather than leaving them unknown.
  const main = ctx.addNode(`${r.id}-main-route-table`, "aws.route-table", r.id, { main: true }, r.id, `${r.id} main route table`);
  ctx.setOutcome(r, { outcome: "node", nodeIds: [r.id, main.id], kind: "aws.vpc" });
};

/** AWS::EC2::VPCCidrBlock: a secondary IPv4 block or the VPC's IPv6 block. */
export const vpcCidrBlock: Handler = (ctx, r) => {
  const vpcId = ctx.target(r, "VpcId", VPC, AFFECTS.cidr);
  const node = vpcId === undefined ? undefined : ctx.nodes.get(vpcId);
  if (!node) return ctx.omitted(r, missing(ctx, r, "VpcId", NO_VPC));
  if (ctx.flag(r, "AmazonProvidedIpv6CidrBlock", AFFECTS.cidr) === true || ctx.at(r, "Ipv6CidrBlock") !== undefined || ctx.at(r, "Ipv6IpamPoolId") !== undefined) {
    node.props.ipv6 = true;
    return ctx.folded(r, node.id, { en: "the VPC's IPv6 block", ko: "VPC의 IPv6 블록" });
  }
  const cidr = ctx.text(r, "CidrBlock", AFFECTS.cidr);
  if (cidr !== undefined) node.props.secondaryCidrBlocks = [...((node.props.secondaryCidrBlocks as string[] | undefined) ?? []), cidr];
  ctx.folded(r, node.id, { en: `a secondary IPv4 block ${cidr ?? "(unknown)"}`, ko: `보조 IPv4 블록 ${cidr ?? "(알 수 없음)"}` });
};

export const subnet: Handler = (ctx, r) => {
  const vpcId = ctx.target(r, "VpcId", VPC, AFFECTS.placement);
  if (vpcId === undefined) return ctx.omitted(r, missing(ctx, r, "VpcId", NO_VPC));
  let zone = ctx.text(r, "AvailabilityZone", AFFECTS.zone);
  if (zone === undefined && ctx.at(r, "AvailabilityZoneId") !== undefined) {
    ctx.unknown(r.id, "AvailabilityZoneId", "a zone id names a different zone in each account", AFFECTS.zone);
  } else if (zone === undefined && ctx.at(r, "AvailabilityZone") === undefined) {
    ctx.unknown(r.id, "AvailabilityZone", "not set: AWS picks a zone", AFFECTS.zone);
  }
  if (zone !== undefined && !ZONE_NAME.test(zone)) {
    ctx.unknown(r.id, "AvailabilityZone", `"${zone}" is not a zone name`, AFFECTS.zone);
    zone = undefined;
  }
  if (ctx.at(r, "CidrBlock") === undefined && ctx.at(r, "Ipv4IpamPoolId") !== undefined) {
    ctx.unknown(r.id, "CidrBlock", "allocated from an IPAM pool", AFFECTS.cidr);
  }
  ctx.mapNode(r, "aws.subnet", zone === undefined ? vpcId : ctx.zoneId(vpcId, zone), {
    cidrBlock: ctx.text(r, "CidrBlock", AFFECTS.cidr),
    ipv6CidrBlock: ctx.text(r, "Ipv6CidrBlock", AFFECTS.routing),
    mapPublicIpOnLaunch: ctx.flag(r, "MapPublicIpOnLaunch", AFFECTS.publicIp),
  });
};

export const routeTable: Handler = (ctx, r) => {
  const vpcId = ctx.target(r, "VpcId", VPC, AFFECTS.routing);
  if (vpcId === undefined) return ctx.omitted(r, missing(ctx, r, "VpcId", NO_VPC));
  ctx.mapNode(r, "aws.route-table", vpcId, {});
};

/** Route targets, the CloudFormation property naming each and the types Archlint draws for it. */
const ROUTE_TARGETS: ReadonlyArray<[string, readonly string[]]> = [
  ["GatewayId", ["AWS::EC2::InternetGateway", "AWS::EC2::VPCEndpoint"]],
  ["NatGatewayId", ["AWS::EC2::NatGateway"]],
  ["VpcPeeringConnectionId", ["AWS::EC2::VPCPeeringConnection"]],
  ["InstanceId", ["AWS::EC2::Instance"]],
  ["EgressOnlyInternetGatewayId", ["AWS::EC2::EgressOnlyInternetGateway"]],
  ["VpcEndpointId", ["AWS::EC2::VPCEndpoint"]],
  ["TransitGatewayId", []],
  ["NetworkInterfaceId", []],
  ["CarrierGatewayId", []],
  ["LocalGatewayId", []],
  ["CoreNetworkArn", []],
];

export const route: Handler = (ctx, r) => {
  const table = ctx.target(r, "RouteTableId", ROUTE_TABLE, AFFECTS.routing);
  if (table === undefined) return ctx.omitted(r, missing(ctx, r, "RouteTableId", { en: "its route table is not drawn", ko: "라우팅 테이블이 그려지지 않았습니다" }));
  const destinationKey = ["DestinationCidrBlock", "DestinationIpv6CidrBlock", "DestinationPrefixListId"].find((k) => ctx.at(r, k) !== undefined);
  const destination = destinationKey === undefined ? undefined : ctx.text(r, destinationKey, AFFECTS.routing);
  if (destination === undefined) {
    return ctx.omitted(r, { en: "its destination is not known", ko: "목적지를 알 수 없습니다" });
  }
  const entry = ROUTE_TARGETS.find(([key]) => ctx.at(r, key) !== undefined);
  if (!entry) return ctx.omitted(r, { en: "it names no target", ko: "대상이 없습니다" });
  const [key, types] = entry;
  const value = ctx.at(r, key);
  const id = ctx.refId(value);
  const type = id === undefined ? undefined : ctx.declaredTypes.get(id);
  if (id === undefined || type === undefined || !types.includes(type)) {
    const what = id !== undefined ? `${id} (${type})` : (literalString(value) ?? unknownReason(value) ?? key);
    return ctx.omitted(r, {
      en: `its target ${what} (${key}) is not something Archlint draws, so traffic to ${destination} has no route in the diagram`,
      ko: `대상 ${what}(${key})은(는) Archlint가 그리지 않는 것이어서, 다이어그램에서 ${destination}(으)로 가는 경로가 없습니다`,
    });
  }
  ctx.setOutcome(r, { outcome: "edge", edgeIds: [ctx.addEdge("route", table, id, r.id, { destination }, r.id)] });
};

export const subnetRouteTableAssociation: Handler = (ctx, r) => {
  const table = ctx.target(r, "RouteTableId", ROUTE_TABLE, AFFECTS.routing);
  const subnetId = ctx.target(r, "SubnetId", SUBNET, AFFECTS.routing);
  if (table === undefined || subnetId === undefined) {
    return ctx.omitted(r, { en: "its route table or subnet is not drawn", ko: "라우팅 테이블이나 서브넷이 그려지지 않았습니다" });
  }
  ctx.setOutcome(r, { outcome: "edge", edgeIds: [ctx.addEdge("association", table, subnetId, r.id, {}, r.id)] });
};

export const internetGateway: Handler = (ctx, r) => {
  // Drawn inside a VPC only when a VPCGatewayAttachment attaches it there.
  const attachment = ctx.ofType("AWS::EC2::VPCGatewayAttachment").find((a) => ctx.refId(ctx.at(a, "InternetGatewayId")) === r.id);
  const vpcId = attachment && ctx.refId(ctx.at(attachment, "VpcId"));
  const attachedTo = vpcId !== undefined && ctx.declaredTypes.get(vpcId) === "AWS::EC2::VPC" && ctx.resources.has(vpcId) ? vpcId : undefined;
  if (!attachedTo) ctx.note(r.id, { en: "No attachment to a VPC of the template: drawn detached, outside every VPC.", ko: "템플릿의 VPC에 연결되지 않아, 어느 VPC에도 속하지 않은 것으로 그렸습니다." });
  ctx.mapNode(r, "aws.internet-gateway", attachedTo ?? ctx.regionId(), {});
};

export const vpcGatewayAttachment: Handler = (ctx, r) => {
  const igw = ctx.refId(ctx.at(r, "InternetGatewayId"));
  if (igw !== undefined && ctx.nodes.get(igw)?.kind === "aws.internet-gateway") {
    const vpcId = ctx.nodes.get(igw)!.parent ?? "";
    return ctx.folded(r, igw, { en: `attaches it to ${vpcId}, so it is drawn inside that VPC`, ko: `${vpcId}에 연결하므로 그 VPC 안에 그렸습니다` });
  }
  if (ctx.at(r, "VpnGatewayId") !== undefined) {
    return ctx.omitted(r, { en: "it attaches a virtual private gateway, which Archlint does not draw", ko: "Archlint가 그리지 않는 가상 프라이빗 게이트웨이를 연결합니다" });
  }
  ctx.omitted(r, missing(ctx, r, "InternetGatewayId", { en: "its internet gateway is not drawn", ko: "인터넷 게이트웨이가 그려지지 않았습니다" }));
};

export const egressOnlyInternetGateway: Handler = (ctx, r) => {
  const vpcId = ctx.target(r, "VpcId", VPC, AFFECTS.routing);
  ctx.mapNode(r, "aws.egress-only-internet-gateway", vpcId ?? ctx.regionId(), {});
};

export const natGateway: Handler = (ctx, r) => {
  const subnetId = ctx.target(r, "SubnetId", SUBNET, AFFECTS.placement);
  if (subnetId === undefined) return ctx.omitted(r, missing(ctx, r, "SubnetId", NO_SUBNET));
  const connectivityType = ctx.text(r, "ConnectivityType", AFFECTS.routing) ?? "public";
  ctx.mapNode(r, "aws.nat-gateway", subnetId, {
    connectivityType,
    // A public NAT gateway gets its address from AllocationId; one written without it has none.
    elasticIp: connectivityType === "public" && ctx.at(r, "AllocationId") !== undefined,
  });
};

export const eip: Handler = (ctx, r) => {
  const nat = ctx.ofType("AWS::EC2::NatGateway").find((n) => ctx.refId(ctx.at(n, "AllocationId")) === r.id);
  if (nat && ctx.nodes.has(nat.id)) return ctx.folded(r, nat.id, { en: "the NAT gateway's Elastic IP", ko: "NAT 게이트웨이의 탄력적 IP" });
  const instance = ctx.refId(ctx.at(r, "InstanceId"));
  const node = instance === undefined ? undefined : ctx.nodes.get(instance);
  if (node?.kind === "aws.ec2-instance") {
    node.props.elasticIp = true;
    return ctx.folded(r, node.id, { en: "the instance's Elastic IP", ko: "인스턴스의 탄력적 IP" });
  }
  ctx.omitted(r, { en: "an Elastic IP on its own is not drawn (no NAT gateway or instance of the template uses it)", ko: "단독 탄력적 IP는 그리지 않습니다 (템플릿의 NAT 게이트웨이나 인스턴스가 쓰지 않음)" });
};

export const eipAssociation: Handler = (ctx, r) => {
  const instance = ctx.refId(ctx.at(r, "InstanceId"));
  const node = instance === undefined ? undefined : ctx.nodes.get(instance);
  if (node?.kind !== "aws.ec2-instance") return ctx.omitted(r, missing(ctx, r, "InstanceId", { en: "its instance is not drawn", ko: "인스턴스가 그려지지 않았습니다" }));
  node.props.elasticIp = true;
  ctx.folded(r, node.id, { en: "the instance's Elastic IP", ko: "인스턴스의 탄력적 IP" });
};

/** SecurityGroupIds → membership edges, for any resource with network interfaces. */
export function memberships(ctx: ImportContext, r: Resource, path: string, from: Value | undefined = ctx.at(r, path), member = r.id): void {
  for (const group of ctx.targets(r, path, SECURITY_GROUP, AFFECTS.securityGroup, from)) ctx.addEdge("membership", member, group, r.id);
}

/** Subnets → the first is the parent, the rest placement edges. Undefined when none is drawn. */
export function subnetsOf(ctx: ImportContext, r: Resource, path: string, from: Value | undefined = ctx.at(r, path)): string[] {
  return ctx.targets(r, path, SUBNET, AFFECTS.placement, from);
}

export function place(ctx: ImportContext, r: Resource, subnets: readonly string[]): void {
  for (const s of subnets.slice(1)) ctx.addEdge("placement", r.id, s, r.id);
}

export const vpcEndpoint: Handler = (ctx, r) => {
  const vpcId = ctx.target(r, "VpcId", VPC, AFFECTS.placement);
  if (vpcId === undefined) return ctx.omitted(r, missing(ctx, r, "VpcId", NO_VPC));
  const endpointType = ctx.text(r, "VpcEndpointType", AFFECTS.routing) ?? "Gateway";
  const name = ctx.text(r, "ServiceName", AFFECTS.routing);
  const props = {
    endpointType,
    serviceName: name === undefined ? undefined : shortServiceName(name),
    // CloudFormation's default is false, unlike the console's.
    privateDnsEnabled: endpointType === "Interface" ? (ctx.flag(r, "PrivateDnsEnabled", AFFECTS.dns) ?? false) : undefined,
  };
  if (endpointType === "Gateway") {
    ctx.mapNode(r, "aws.vpc-endpoint", vpcId, props);
    const destination = `pl-${props.serviceName ?? "service"}`;
    for (const table of ctx.targets(r, "RouteTableIds", ROUTE_TABLE, AFFECTS.routing)) {
      ctx.addEdge("route", table, r.id, r.id, { destination }, `${table}-${r.id}`);
    }
    return;
  }
  const subnets = subnetsOf(ctx, r, "SubnetIds");
  ctx.mapNode(r, "aws.vpc-endpoint", subnets[0] ?? vpcId, props);
  place(ctx, r, subnets);
  memberships(ctx, r, "SecurityGroupIds");
};

export const securityGroup: Handler = (ctx, r) => {
  const vpcId = ctx.target(r, "VpcId", VPC, AFFECTS.securityGroup);
  if (vpcId === undefined) {
    return ctx.omitted(r, ctx.at(r, "VpcId") === undefined
      ? { en: "it has no VpcId, so it is in the account's default VPC, which the template does not describe", ko: "VpcId가 없어 템플릿이 설명하지 않는 계정의 기본 VPC에 속합니다" }
      : missing(ctx, r, "VpcId", NO_VPC));
  }
  const ingress = listAt(ctx, r, "SecurityGroupIngress").flatMap((rule, i) => sgRule(ctx, r, rule, `SecurityGroupIngress[${i}]`, "ingress"));
  const inlineEgress = ctx.at(r, "SecurityGroupEgress");
  const props: Record<string, unknown> = { description: ctx.text(r, "GroupDescription", AFFECTS.setting), ingress };
  // Egress rules written in the template replace the allow-all rule AWS adds otherwise.
  if (inlineEgress !== undefined) props.egress = listAt(ctx, r, "SecurityGroupEgress").flatMap((rule, i) => sgRule(ctx, r, rule, `SecurityGroupEgress[${i}]`, "egress"));
  ctx.mapNode(r, "aws.security-group", vpcId, props);
};

/** AWS::EC2::SecurityGroupIngress / SecurityGroupEgress: a rule added to a group of the template. */
export function securityGroupRule(direction: "ingress" | "egress"): Handler {
  return (ctx, r) => {
    const groupId = ctx.target(r, "GroupId", SECURITY_GROUP, AFFECTS.securityGroup);
    const group = groupId === undefined ? undefined : ctx.nodes.get(groupId);
    if (!group) return ctx.omitted(r, missing(ctx, r, "GroupId", { en: "its security group is not drawn", ko: "보안 그룹이 그려지지 않았습니다" }));
    const rules = sgRule(ctx, r, r.props, "", direction);
    const egressInline = ctx.resources.get(group.id)?.props.SecurityGroupEgress !== undefined;
    if (direction === "egress" && !egressInline && !ctx.egressReplaced.has(group.id)) {
      // The first egress rule added to a group removes AWS's allow-all rule.
      ctx.egressReplaced.add(group.id);
      group.props.egress = [];
    }
    const key = direction === "ingress" ? "ingress" : "egress";
    group.props[key] = [...((group.props[key] as unknown[] | undefined) ?? []), ...rules];
    ctx.folded(r, group.id, direction === "ingress" ? { en: "an inbound rule of the group", ko: "보안 그룹의 인바운드 규칙" } : { en: "an outbound rule of the group (AWS's allow-all rule is then removed)", ko: "보안 그룹의 아웃바운드 규칙 (AWS의 전체 허용 규칙은 제거됨)" });
  };
}

function listAt(ctx: ImportContext, r: Resource, path: string): Value[] {
  const v = ctx.at(r, path);
  if (Array.isArray(v)) return v;
  if (v !== undefined && v !== null) ctx.unknown(r.id, path, unknownReason(v) ?? "not a list", AFFECTS.securityGroup);
  return [];
}

const PROTOCOLS: Readonly<Record<string, "tcp" | "udp" | "icmp" | "-1">> = { tcp: "tcp", "6": "tcp", udp: "udp", "17": "udp", icmp: "icmp", "1": "icmp", "-1": "-1", all: "-1" };

function sgRule(ctx: ImportContext, r: Resource, rule: Value, path: string, direction: "ingress" | "egress"): Array<SecurityGroupIngressRule | SecurityGroupEgressRule> {
  const p = (key: string) => (path ? `${path}.${key}` : key);
  const at = (key: string) => valueAt(rule, key);
  const protocolText = ctx.text(r, p("IpProtocol"), AFFECTS.securityGroup, at("IpProtocol"));
  const protocol = protocolText === undefined ? undefined : PROTOCOLS[protocolText.toLowerCase()];
  if (protocol === undefined) {
    if (protocolText !== undefined) ctx.note(r.id, { en: `${p("IpProtocol")} ${protocolText} is a protocol Archlint does not model; the rule is left out.`, ko: `${p("IpProtocol")} ${protocolText}은(는) Archlint가 다루지 않는 프로토콜이어서 규칙을 뺐습니다.` });
    return [];
  }
  const fromPort = protocol === "-1" ? -1 : (ctx.number(r, p("FromPort"), AFFECTS.securityGroup, at("FromPort")) ?? -1);
  const toPort = protocol === "-1" ? -1 : (ctx.number(r, p("ToPort"), AFFECTS.securityGroup, at("ToPort")) ?? -1);
  const side = direction === "ingress" ? "Source" : "Destination";
  let peer: string | undefined;
  for (const key of ["CidrIp", "CidrIpv6", `${side}SecurityGroupId`, `${side}PrefixListId`]) {
    const value = at(key);
    if (value === undefined) continue;
    if (key.endsWith("SecurityGroupId")) {
      const group = ctx.target(r, p(key), SECURITY_GROUP, AFFECTS.securityGroup, value);
      peer = group === undefined ? undefined : `sg:${group}`;
    } else peer = ctx.text(r, p(key), AFFECTS.securityGroup, value);
    if (peer === undefined) {
      ctx.note(r.id, { en: `The rule at ${path || "this resource"} has a ${key} Archlint cannot tell; the rule is left out.`, ko: `${path || "이 리소스"}의 규칙은 ${key}을(를) 알 수 없어 뺐습니다.` });
      return [];
    }
    break;
  }
  if (peer === undefined) {
    if (at(`${side}SecurityGroupName`) !== undefined) ctx.note(r.id, { en: `The rule at ${path || "this resource"} names a group by name (default VPC); it is left out.`, ko: `${path || "이 리소스"}의 규칙은 이름으로 그룹을 가리켜(기본 VPC) 뺐습니다.` });
    return [];
  }
  const description = literalString(at("Description"));
  const base = { protocol, fromPort, toPort, ...(description !== undefined ? { description } : {}) };
  return [direction === "ingress" ? { ...base, source: peer } : { ...base, destination: peer }];
}

export const networkAcl: Handler = (ctx, r) => {
  const vpcId = ctx.target(r, "VpcId", VPC, AFFECTS.networkAcl);
  if (vpcId === undefined) return ctx.omitted(r, missing(ctx, r, "VpcId", NO_VPC));
  ctx.mapNode(r, "aws.network-acl", vpcId, { inbound: [], outbound: [] });
};

const ACL_PROTOCOLS: Readonly<Record<string, NetworkAclEntry["protocol"]>> = { "-1": "-1", "6": "tcp", "17": "udp", "1": "icmp", tcp: "tcp", udp: "udp", icmp: "icmp", all: "-1" };

export const networkAclEntry: Handler = (ctx, r) => {
  const aclId = ctx.target(r, "NetworkAclId", ["AWS::EC2::NetworkAcl"], AFFECTS.networkAcl);
  const acl = aclId === undefined ? undefined : ctx.nodes.get(aclId);
  if (!acl) return ctx.omitted(r, missing(ctx, r, "NetworkAclId", { en: "its network ACL is not drawn", ko: "네트워크 ACL이 그려지지 않았습니다" }));
  const protocolText = ctx.text(r, "Protocol", AFFECTS.networkAcl);
  const protocol = protocolText === undefined ? undefined : ACL_PROTOCOLS[protocolText.toLowerCase()];
  const ruleNumber = ctx.number(r, "RuleNumber", AFFECTS.networkAcl);
  const cidrBlock = ctx.text(r, "CidrBlock", AFFECTS.networkAcl) ?? ctx.text(r, "Ipv6CidrBlock", AFFECTS.networkAcl);
  const action = ctx.text(r, "RuleAction", AFFECTS.networkAcl)?.toLowerCase();
  if (protocol === undefined || ruleNumber === undefined || cidrBlock === undefined || (action !== "allow" && action !== "deny")) {
    return ctx.omitted(r, { en: "its protocol, rule number, CIDR block or action is not known or not modelled, so the entry is left out", ko: "프로토콜, 규칙 번호, CIDR 블록 또는 동작을 알 수 없거나 다루지 않아 항목을 뺐습니다" });
  }
  const ported = protocol === "tcp" || protocol === "udp";
  const entry: NetworkAclEntry = {
    ruleNumber,
    protocol,
    fromPort: ported ? (ctx.number(r, "PortRange.From", AFFECTS.networkAcl) ?? -1) : -1,
    toPort: ported ? (ctx.number(r, "PortRange.To", AFFECTS.networkAcl) ?? -1) : -1,
    cidrBlock,
    action,
  };
  const egress = ctx.flag(r, "Egress", AFFECTS.networkAcl) === true;
  const key = egress ? "outbound" : "inbound";
  acl.props[key] = [...((acl.props[key] as NetworkAclEntry[] | undefined) ?? []), entry];
  ctx.folded(r, acl.id, egress ? { en: `outbound rule ${ruleNumber}`, ko: `아웃바운드 규칙 ${ruleNumber}` } : { en: `inbound rule ${ruleNumber}`, ko: `인바운드 규칙 ${ruleNumber}` });
};

export const subnetNetworkAclAssociation: Handler = (ctx, r) => {
  const acl = ctx.target(r, "NetworkAclId", ["AWS::EC2::NetworkAcl"], AFFECTS.networkAcl);
  const subnetId = ctx.target(r, "SubnetId", SUBNET, AFFECTS.networkAcl);
  if (acl === undefined || subnetId === undefined) return ctx.omitted(r, { en: "its network ACL or subnet is not drawn", ko: "네트워크 ACL이나 서브넷이 그려지지 않았습니다" });
  ctx.setOutcome(r, { outcome: "edge", edgeIds: [ctx.addEdge("association", acl, subnetId, r.id, {}, r.id)] });
};

export const vpcPeering: Handler = (ctx, r) => {
  const requester = ctx.target(r, "VpcId", VPC, AFFECTS.routing);
  const accepter = ctx.target(r, "PeerVpcId", VPC, AFFECTS.routing);
  const peerRegion = ctx.text(r, "PeerRegion", AFFECTS.routing);
  const owner = ctx.text(r, "PeerOwnerId", AFFECTS.setting);
  ctx.mapNode(r, "aws.vpc-peering", ctx.regionId(), {
    peerRegion: peerRegion !== undefined && peerRegion !== ctx.region ? peerRegion : undefined,
    crossAccount: owner !== undefined && owner !== ctx.ev.accountId,
  });
  if (requester !== undefined) ctx.addEdge("peering", r.id, requester, r.id, { role: "requester" });
  if (accepter !== undefined) ctx.addEdge("peering", r.id, accepter, r.id, { role: "accepter" });
  else ctx.note(r.id, { en: "The accepter VPC is not in the template, so only one side is drawn.", ko: "수락자 VPC가 템플릿에 없어 한쪽만 그렸습니다." });
};
