import "../zod-setup";
import type { KindDef, ParentRef } from "./types";
import type { EdgeKindDef } from "./edge-types";
import { EDGE_KINDS } from "./edges";
import { region } from "./defs/region";
import { vpc } from "./defs/vpc";
import { availabilityZone } from "./defs/availability-zone";
import { subnet } from "./defs/subnet";
import { routeTable } from "./defs/route-table";
import { internetGateway } from "./defs/internet-gateway";
import { egressOnlyInternetGateway } from "./defs/egress-only-internet-gateway";
import { natGateway } from "./defs/nat-gateway";
import { vpcEndpoint } from "./defs/vpc-endpoint";
import { vpcPeering } from "./defs/vpc-peering";
import { alb } from "./defs/alb";
import { nlb } from "./defs/nlb";
import { gwlb } from "./defs/gwlb";
import { targetGroup } from "./defs/target-group";
import { securityGroup } from "./defs/security-group";
import { networkAcl } from "./defs/network-acl";
import { ec2Instance } from "./defs/ec2-instance";
import { autoScalingGroup } from "./defs/auto-scaling-group";
import { lambda } from "./defs/lambda";
import { ebsVolume } from "./defs/ebs-volume";
import { efs } from "./defs/efs";
import { s3Bucket } from "./defs/s3-bucket";
import { rdsInstance } from "./defs/rds-instance";
import { auroraCluster } from "./defs/aurora-cluster";
import { rdsProxy } from "./defs/rds-proxy";
import { dynamodbTable } from "./defs/dynamodb-table";
import { elasticacheCluster } from "./defs/elasticache-cluster";
import { qldbLedger } from "./defs/qldb-ledger";
import { apiGateway } from "./defs/api-gateway";
import { sqsQueue } from "./defs/sqs-queue";
import { snsTopic } from "./defs/sns-topic";
import { cloudfrontDistribution } from "./defs/cloudfront-distribution";
import { cloudfrontFunction } from "./defs/cloudfront-function";
import { route53Record } from "./defs/route53-record";
import { route53HealthCheck } from "./defs/route53-health-check";
import { internet } from "./defs/internet";
import { onPremises } from "./defs/on-premises";

export type { KindDef, Category, ParentRef } from "./types";
export { CATEGORIES } from "./types";
export type { EdgeKindDef } from "./edge-types";
export { EDGE_KINDS } from "./edges";

/** Every registered kind, in palette order within each category. */
export const KINDS: readonly KindDef[] = [
  // containers and groups
  region,
  vpc,
  availabilityZone,
  subnet,
  // network
  routeTable,
  internetGateway,
  egressOnlyInternetGateway,
  natGateway,
  vpcEndpoint,
  vpcPeering,
  alb,
  nlb,
  gwlb,
  targetGroup,
  // security
  securityGroup,
  networkAcl,
  // compute
  ec2Instance,
  autoScalingGroup,
  lambda,
  // storage
  ebsVolume,
  efs,
  s3Bucket,
  // database
  rdsInstance,
  auroraCluster,
  rdsProxy,
  dynamodbTable,
  elasticacheCluster,
  qldbLedger,
  // integration
  apiGateway,
  sqsQueue,
  snsTopic,
  // edge and DNS
  cloudfrontDistribution,
  cloudfrontFunction,
  route53Record,
  route53HealthCheck,
  // external
  internet,
  onPremises,
];

const kindIndex = new Map<string, KindDef>(KINDS.map((k) => [k.id, k]));
const edgeIndex = new Map<string, EdgeKindDef>(EDGE_KINDS.map((e) => [e.id, e]));

export function getKind(id: string): KindDef | undefined {
  return kindIndex.get(id);
}

export function getEdgeKind(id: string): EdgeKindDef | undefined {
  return edgeIndex.get(id);
}

/** Whether a node of `kindId` may sit in a container of `parentKindId` (`root`: the bare canvas). */
export function canSitIn(kindId: string, parent: ParentRef): boolean {
  const kind = kindIndex.get(kindId);
  return kind !== undefined && kind.parents.includes(parent);
}

export function edgeAllows(edge: EdgeKindDef, sourceKind: string, targetKind: string): boolean {
  return edge.from.includes(sourceKind) && edge.to.includes(targetKind);
}

/**
 * The relation a connection drawn from one kind to another means. People draw in either direction
 * (subnet → route table or route table → subnet), so the reverse is tried too and reported as `reversed`.
 */
export function inferEdgeKind(
  sourceKind: string,
  targetKind: string,
): { edgeKind: EdgeKindDef; reversed: boolean } | undefined {
  for (const edgeKind of EDGE_KINDS) {
    if (edgeAllows(edgeKind, sourceKind, targetKind)) return { edgeKind, reversed: false };
  }
  for (const edgeKind of EDGE_KINDS) {
    if (edgeAllows(edgeKind, targetKind, sourceKind)) return { edgeKind, reversed: true };
  }
  return undefined;
}
