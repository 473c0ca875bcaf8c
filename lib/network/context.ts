import type { DiagramIndex } from "../diagram/graph";
import type { DiagramNode } from "../diagram/types";
import { parseIpBlock, type IpBlock } from "./cidr";
import { aclOf, type AclView } from "./network-acls";
import { routesOf, type RouteEntry } from "./route-tables";
import { endpointService } from "./service-names";
import { sgPolicyOf, type SgPeer, type SgPolicy } from "./security-groups";

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
  private readonly memo = new Map<string, unknown>();

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
        dnsForEndpoints: vpc.props.enableDnsSupport === true && vpc.props.enableDnsHostnames === true,
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
    const vpc = this.index.vpcOf(node);
    return vpc ? this.vpcs.get(vpc.id) : undefined;
  }

  /** The subnet's route table: its explicit association, else its VPC's main table. */
  routeTable(subnet: DiagramNode): DiagramNode | undefined {
    for (const edge of this.index.edgesTo(subnet.id, "association")) {
      const source = this.index.node(edge.source);
      if (source?.kind === "aws.route-table") return source;
    }
    return this.vpcFacts(subnet)?.mainTable;
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
    return {
      block,
      label: this.index.label(node.id),
      groupIds: new Set(policy.kind === "groups" ? policy.groups.map((g) => g.id) : []),
      ...(policy.kind === "default" && policy.vpcId !== undefined ? { defaultGroupVpcId: policy.vpcId } : {}),
      ...(crossRegion ? { crossRegion } : {}),
    };
  }

  /** The subnet a node is drawn in (not placement edges): where a NAT gateway or a NAT instance lives. */
  subnetOf(node: DiagramNode): DiagramNode | undefined {
    return this.index.ancestor(node, "aws.subnet");
  }

  /** Memoizes `compute` under `key` for the life of this context. */
  cached<T>(key: string, compute: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = compute();
    this.memo.set(key, value);
    return value;
  }
}
