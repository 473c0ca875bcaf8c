import type { DiagramIndex } from "../diagram/graph";
import type { DiagramNode } from "../diagram/types";

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

/**
 * A subnet is public only when its route table sends 0.0.0.0/0 or ::/0 to an internet gateway
 * attached to the same VPC (https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html).
 */
export function isPublicSubnet(index: DiagramIndex, subnet: DiagramNode): boolean {
  const table = routeTableOf(index, subnet);
  const vpc = index.vpcOf(subnet);
  if (!table || !vpc) return false;
  return index.edgesFrom(table.id, "route").some((route) => {
    const destination = route.props.destination;
    if (destination !== "0.0.0.0/0" && destination !== "::/0") return false;
    const target = index.node(route.target);
    return target?.kind === "aws.internet-gateway" && target.parent === vpc.id;
  });
}
