import type { DiagramIndex } from "../diagram/graph";
import { vpcDnsAttributeOn } from "./dns";
import type { DiagramNode } from "../diagram/types";
import type { Check } from "./checks";
import { blockText, parseIpBlock, type IpBlock } from "./cidr";
import { aclConnection, aclOf, type AclView } from "./network-acls";
import { gatewayEndpointRoute, routesOf, type RouteEntry } from "./route-tables";
import { endpointService } from "./service-names";
import { sgPolicyOf, type SgPeer, type SgPolicy } from "./security-groups";
import type { Protocol } from "./types";

/** What the analysis needs to know about one VPC, gathered once. */
export interface VpcFacts {
  vpc: DiagramNode;
  /** The implicit `local` route's blocks: the IPv4 CIDRs (primary and secondary) and the subnets' IPv6 blocks. */
  localBlocks: IpBlock[];
  mainTable?: DiagramNode;
  /** Gateways drawn inside the VPC, which means attached to it. */
  internetGateways: DiagramNode[];
  egressOnlyGateways: DiagramNode[];
  defaultAcl?: DiagramNode;
  /** Interface endpoints in the VPC, by short service name. */
  interfaceEndpoints: Map<string, DiagramNode[]>;
  /** The service's default DNS name resolves to an interface endpoint only with both VPC DNS settings on. */
  dnsForEndpoints: boolean;
  region?: string;
}

/**
 * Shared, memoized lookups for one diagram: every VPC, route table, ACL and security-group fact is
 * computed once and reused by every resource, so the analysis stays linear in the diagram's size.
 */
export class NetContext {
  readonly index: DiagramIndex;
  private readonly vpcs = new Map<string, VpcFacts>();
  private readonly routes = new Map<string, RouteEntry[]>();
  private readonly acls = new Map<string, AclView>();
  private readonly policies = new Map<string, SgPolicy>();
  private readonly memo = new Map<string, Map<string, unknown>>();
  // Per-node lookups the analysis asks for over and over: each is a walk or a scan in the index.
  private readonly vpcOfNode = new Map<string, VpcFacts | undefined>();
  private readonly tables = new Map<string, DiagramNode | undefined>();
  private readonly subnetLists = new Map<string, DiagramNode[]>();
  private readonly zones = new Map<string, string | undefined>();
  private readonly peerLabels = new Map<string, string>();
  private readonly aclChecks = new Map<string, Check[]>();
  private readonly groupIds = new Map<string, ReadonlySet<string>>();

  constructor(index: DiagramIndex) {
    this.index = index;
    for (const vpc of index.ofKind("aws.vpc")) {
      const localBlocks: IpBlock[] = [];
      const secondary = Array.isArray(vpc.props.secondaryCidrBlocks) ? vpc.props.secondaryCidrBlocks : [];
      for (const text of [vpc.props.cidrBlock, ...secondary]) {
        const block = parseIpBlock(text);
        if (block) localBlocks.push(block);
      }
      const region = index.ancestor(vpc, "aws.region")?.props.regionCode;
      this.vpcs.set(vpc.id, {
        vpc,
        localBlocks,
        internetGateways: [],
        egressOnlyGateways: [],
        interfaceEndpoints: new Map(),
        dnsForEndpoints: vpcDnsAttributeOn(vpc, "enableDnsSupport") && vpcDnsAttributeOn(vpc, "enableDnsHostnames"),
        ...(typeof region === "string" ? { region } : {}),
      });
    }
    for (const node of index.diagram.nodes) this.collect(node);
  }

  private collect(node: DiagramNode): void {
    switch (node.kind) {
      case "aws.internet-gateway":
      case "aws.egress-only-internet-gateway": {
        const facts = node.parent === null ? undefined : this.vpcs.get(node.parent);
        if (facts) (node.kind === "aws.internet-gateway" ? facts.internetGateways : facts.egressOnlyGateways).push(node);
        return;
      }
      case "aws.route-table": {
        const facts = this.vpcFacts(node);
        if (facts && node.props.main === true) facts.mainTable ??= node;
        return;
      }
      case "aws.network-acl": {
        const facts = this.vpcFacts(node);
        if (facts && node.props.isDefault === true) facts.defaultAcl ??= node;
        return;
      }
      case "aws.subnet": {
        const facts = this.vpcFacts(node);
        const v6 = parseIpBlock(node.props.ipv6CidrBlock);
        if (facts && v6) facts.localBlocks.push(v6);
        return;
      }
      case "aws.vpc-endpoint": {
        const facts = this.vpcFacts(node);
        const service = endpointService(node);
        if (!facts || node.props.endpointType !== "Interface" || service === undefined) return;
        const list = facts.interfaceEndpoints.get(service);
        if (list) list.push(node);
        else facts.interfaceEndpoints.set(service, [node]);
        return;
      }
    }
  }

  vpcFacts(node: DiagramNode): VpcFacts | undefined {
    if (this.vpcOfNode.has(node.id)) return this.vpcOfNode.get(node.id);
    const vpc = this.index.vpcOf(node);
    const facts = vpc ? this.vpcs.get(vpc.id) : undefined;
    this.vpcOfNode.set(node.id, facts);
    return facts;
  }

  /** The subnet's route table: its explicit association, else its VPC's main table. */
  routeTable(subnet: DiagramNode): DiagramNode | undefined {
    if (this.tables.has(subnet.id)) return this.tables.get(subnet.id);
    let table: DiagramNode | undefined;
    for (const edge of this.index.edgesTo(subnet.id, "association")) {
      const source = this.index.node(edge.source);
      if (source?.kind === "aws.route-table") {
        table = source;
        break;
      }
    }
    table ??= this.vpcFacts(subnet)?.mainTable;
    this.tables.set(subnet.id, table);
    return table;
  }

  /** `index.subnetsOf`, once per node. */
  subnetsOf(node: DiagramNode): readonly DiagramNode[] {
    let list = this.subnetLists.get(node.id);
    if (!list) this.subnetLists.set(node.id, (list = this.index.subnetsOf(node)));
    return list;
  }

  /** `index.zoneOf`, once per node. */
  zoneOf(node: DiagramNode): string | undefined {
    if (this.zones.has(node.id)) return this.zones.get(node.id);
    const zone = this.index.zoneOf(node);
    this.zones.set(node.id, zone);
    return zone;
  }

  /** How ACL and security-group messages name a subnet as the other end: `private-a (10.0.1.0/24)`. */
  subnetPeerLabel(subnet: DiagramNode, block: IpBlock): string {
    let label = this.peerLabels.get(subnet.id);
    if (label === undefined) this.peerLabels.set(subnet.id, (label = `${this.index.label(subnet.id)} (${blockText(block)})`));
    return label;
  }

  /**
   * `aclConnection` for the subnet's ACL, memoized: the answer depends only on the subnet, the side,
   * the protocol and port, and the peer, which `peerLabel` names (a CIDR, or a subnet with its block).
   */
  aclConnection(subnet: DiagramNode, side: "client" | "server", protocol: Protocol, port: number, peer: IpBlock, peerLabel: string): Check[] {
    const key = `${subnet.id}\u0000${side}\u0000${protocol}\u0000${port}\u0000${peer.family}\u0000${peer.prefix}\u0000${peerLabel}`;
    let checks = this.aclChecks.get(key);
    if (!checks) this.aclChecks.set(key, (checks = aclConnection(this.index, subnet, this.acl(subnet), side, protocol, port, peer, peerLabel)));
    return checks;
  }

  /** The table's gateway-endpoint route to `service`, memoized. */
  gatewayRoute(table: DiagramNode, service: string): RouteEntry | undefined {
    return this.cached(`gateway-route:${service}`, table.id, () => gatewayEndpointRoute(this.routesOf(table), service));
  }

  routesOf(table: DiagramNode): RouteEntry[] {
    let routes = this.routes.get(table.id);
    if (!routes) this.routes.set(table.id, (routes = routesOf(this.index, table)));
    return routes;
  }

  acl(subnet: DiagramNode): AclView {
    let view = this.acls.get(subnet.id);
    if (!view) this.acls.set(subnet.id, (view = aclOf(this.index, subnet, this.vpcFacts(subnet)?.defaultAcl)));
    return view;
  }

  sgPolicy(node: DiagramNode): SgPolicy {
    let policy = this.policies.get(node.id);
    if (!policy) this.policies.set(node.id, (policy = sgPolicyOf(this.index, node)));
    return policy;
  }

  /** How a security-group rule elsewhere sees this resource, sending from (or to) `block`. */
  sgPeer(node: DiagramNode, block: IpBlock, crossRegion = false): SgPeer {
    const policy = this.sgPolicy(node);
    let groupIds = this.groupIds.get(node.id);
    if (!groupIds) this.groupIds.set(node.id, (groupIds = new Set(policy.kind === "groups" ? policy.groups.map((g) => g.id) : [])));
    return {
      block,
      label: this.index.label(node.id),
      groupIds,
      ...(policy.kind === "default" && policy.vpcId !== undefined ? { defaultGroupVpcId: policy.vpcId } : {}),
      ...(crossRegion ? { crossRegion } : {}),
    };
  }

  /** The subnet a node is drawn in (not placement edges): where a NAT gateway or a NAT instance lives. */
  subnetOf(node: DiagramNode): DiagramNode | undefined {
    return this.index.ancestor(node, "aws.subnet");
  }

  /** Memoizes `compute` under (`kind`, `key`) for the life of this context; two-level, so no key strings are built. */
  cached<T>(kind: string, key: string, compute: () => T): T {
    let table = this.memo.get(kind);
    if (!table) this.memo.set(kind, (table = new Map()));
    if (table.has(key)) return table.get(key) as T;
    const value = compute();
    table.set(key, value);
    return value;
  }
}
