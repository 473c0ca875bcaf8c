import type { DiagramIndex } from "../diagram/graph";
import type { DiagramNode } from "../diagram/types";
import { blockContains, parseIpBlock, type IpBlock } from "./cidr";
import { endpointService } from "./service-names";

/** One `route` edge of a route table, its destination read. */
export interface RouteEntry {
  edgeId: string;
  /** As written: a CIDR, or `pl-…` for a gateway endpoint's prefix list. */
  destination: string;
  /** Null for a prefix list or an unreadable destination. */
  block: IpBlock | null;
  target: DiagramNode;
}

/**
 * The route table that governs a subnet: the one explicitly associated with it, else the VPC's main
 * route table (facts: public_subnet_definition; VPC user guide, "Route tables").
 */
export function routeTableOf(index: DiagramIndex, subnet: DiagramNode): DiagramNode | undefined {
  for (const edge of index.edgesTo(subnet.id, "association")) {
    const source = index.node(edge.source);
    if (source?.kind === "aws.route-table") return source;
  }
  const vpc = index.vpcOf(subnet);
  if (!vpc) return undefined;
  return index.childrenOf(vpc.id).find((n) => n.kind === "aws.route-table" && n.props.main === true);
}

/** The table's routes, most specific first (prefix lists, which stand for a service's ranges, before any CIDR). */
export function routesOf(index: DiagramIndex, table: DiagramNode): RouteEntry[] {
  const routes: RouteEntry[] = [];
  for (const edge of index.edgesFrom(table.id, "route")) {
    const target = index.node(edge.target);
    if (!target) continue;
    const destination = typeof edge.props.destination === "string" ? edge.props.destination : "";
    routes.push({ edgeId: edge.id, destination, block: parseIpBlock(destination), target });
  }
  return routes.sort((a, b) => specificity(b) - specificity(a));
}

function specificity(route: RouteEntry): number {
  return route.block ? route.block.prefix : route.destination.startsWith("pl-") ? 1000 : -1;
}

/** The route for the whole address family: 0.0.0.0/0 or ::/0. */
export function defaultRoute(routes: readonly RouteEntry[], family: 4 | 6): RouteEntry | undefined {
  return routes.find((r) => r.block !== null && r.block.family === family && r.block.prefix === 0);
}

/**
 * Longest-prefix match for traffic to `destination` (a whole block: a subnet's range). The implicit
 * `local` route covers the VPC's own blocks, primary and secondary, and always wins for them.
 */
export function lookupRoute(
  routes: readonly RouteEntry[],
  localBlocks: readonly IpBlock[],
  destination: IpBlock,
): { local: true } | { local: false; route: RouteEntry } | undefined {
  if (localBlocks.some((b) => blockContains(b, destination))) return { local: true };
  // Routes are sorted most specific first, so the first that covers the destination is the longest prefix.
  const route = routes.find((r) => r.block !== null && blockContains(r.block, destination));
  return route ? { local: false, route } : undefined;
}

/** The gateway-endpoint route that carries traffic to an AWS service (`s3`, `dynamodb`), if the table has one. */
export function gatewayEndpointRoute(routes: readonly RouteEntry[], service: string): RouteEntry | undefined {
  return routes.find(
    (r) => r.target.kind === "aws.vpc-endpoint" && r.target.props.endpointType === "Gateway" && endpointService(r.target) === service,
  );
}

/**
 * A subnet is public only when its route table sends 0.0.0.0/0 or ::/0 to an internet gateway
 * attached to the same VPC (https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html).
 */
export function isPublicSubnet(index: DiagramIndex, subnet: DiagramNode): boolean {
  const table = routeTableOf(index, subnet);
  const vpc = index.vpcOf(subnet);
  if (!table || !vpc) return false;
  const routes = routesOf(index, table);
  return [defaultRoute(routes, 4), defaultRoute(routes, 6)].some(
    (route) => route?.target.kind === "aws.internet-gateway" && route.target.parent === vpc.id,
  );
}
