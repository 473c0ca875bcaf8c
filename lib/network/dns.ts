import type { DiagramNode } from "../diagram/types";

/**
 * Whether a VPC's DNS attribute is on. The registry defaults enableDnsHostnames to false, as AWS does for
 * a VPC you create; but AWS turns both attributes on in a default VPC, so a default VPC that leaves the
 * attribute at its default counts as on.
 * https://docs.aws.amazon.com/vpc/latest/userguide/AmazonDNS-concepts.html#vpc-dns-support
 */
export function vpcDnsAttributeOn(vpc: DiagramNode, attribute: "enableDnsSupport" | "enableDnsHostnames"): boolean {
  return vpc.props[attribute] === true || (attribute === "enableDnsHostnames" && vpc.props.isDefault === true);
}
