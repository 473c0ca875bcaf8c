/**
 * Stand-ins: the nodes the CloudFormation import draws for a VPC or subnet the template uses but does
 * not create (an Fn::ImportValue, a nested stack's output), so what sits in them still nests. Their
 * zone and addresses are not known, and the import report says so; their ids start with this prefix,
 * which no logical ID (letters and digits only) nor an id the editor makes can.
 */
export const STAND_IN_PREFIX = "imported-";

export function isStandIn(node: { id: string }): boolean {
  return node.id.startsWith(STAND_IN_PREFIX);
}
