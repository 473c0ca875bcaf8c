import type { RuleModule } from "../lib/engine/types";
import albTwoAzs from "./alb-two-azs";
import apiGatewayCache from "./api-gateway-cache";
import apiGatewayEndpointType from "./api-gateway-endpoint-type";
import asgCapacityBounds from "./asg-capacity-bounds";
import auroraReplicas from "./aurora-replicas";
import cloudfrontCertificate from "./cloudfront-certificate";
import connectionBlocked from "./connection-blocked";
import containerContents from "./container-contents";
import dynamodbIndexes from "./dynamodb-indexes";
import ebsBootVolumeType from "./ebs-boot-volume-type";
import ebsMultiAttach from "./ebs-multi-attach";
import ebsSameAz from "./ebs-same-az";
import ebsVolumeLimits from "./ebs-volume-limits";
import ec2InstanceStore from "./ec2-instance-store";
import efsMountTargets from "./efs-mount-targets";
import efsPerformanceMode from "./efs-performance-mode";
import efsWindows from "./efs-windows";
import elasticacheReplication from "./elasticache-replication";
import gatewayEndpointServices from "./gateway-endpoint-services";
import gwlbSecurityGroups from "./gwlb-security-groups";
import igwOnePerVpc from "./igw-one-per-vpc";
import lambdaAsyncRetries from "./lambda-async-retries";
import lambdaInternetAccess from "./lambda-internet-access";
import lambdaPackageLimits from "./lambda-package-limits";
import lambdaQuotas from "./lambda-quotas";
import lambdaRuntimes from "./lambda-runtimes";
import lambdaSingleAz from "./lambda-single-az";
import lbInternetFacingPrivateSubnets from "./lb-internet-facing-private-subnets";
import loadBalancerListeners from "./load-balancer-listeners";
import natGatewayCrossAz from "./nat-gateway-cross-az";
import natGatewayElasticIp from "./nat-gateway-elastic-ip";
import natGatewayInPublicSubnet from "./nat-gateway-in-public-subnet";
import networkAclEntries from "./network-acl-entries";
import peeringCidrOverlap from "./peering-cidr-overlap";
import peeringNoTransit from "./peering-no-transit";
import rdsReadReplicas from "./rds-read-replicas";
import rdsSubnetGroup from "./rds-subnet-group";
import routeTargetInVpc from "./route-target-in-vpc";
import route53CnameApex from "./route53-cname-apex";
import route53Failover from "./route53-failover";
import route53HealthCheckSettings from "./route53-health-check-settings";
import route53Multivalue from "./route53-multivalue";
import route53Weighted from "./route53-weighted";
import s3BucketName from "./s3-bucket-name";
import s3ReplicationVersioning from "./s3-replication-versioning";
import securityGroupQuotas from "./security-group-quotas";
import sqsLongPolling from "./sqs-long-polling";
import sqsVisibilityTimeout from "./sqs-visibility-timeout";
import subnetCidrInVpc from "./subnet-cidr-in-vpc";
import subnetCidrOverlap from "./subnet-cidr-overlap";
import subnetCidrSize from "./subnet-cidr-size";
import subnetInOneAz from "./subnet-in-one-az";
import subnetPublicWithoutIgwRoute from "./subnet-public-without-igw-route";
import targetGroupTargets from "./target-group-targets";
import vpcCidrSize from "./vpc-cidr-size";
import vpcEndpointPrivateDns from "./vpc-endpoint-private-dns";

/** Every rule, sorted by id. A test checks each has its file, its tests and its docs fields. */
export const RULES: readonly RuleModule[] = [
  albTwoAzs,
  apiGatewayCache,
  apiGatewayEndpointType,
  asgCapacityBounds,
  auroraReplicas,
  cloudfrontCertificate,
  connectionBlocked,
  containerContents,
  dynamodbIndexes,
  ebsBootVolumeType,
  ebsMultiAttach,
  ebsSameAz,
  ebsVolumeLimits,
  ec2InstanceStore,
  efsMountTargets,
  efsPerformanceMode,
  efsWindows,
  elasticacheReplication,
  gatewayEndpointServices,
  gwlbSecurityGroups,
  igwOnePerVpc,
  lambdaAsyncRetries,
  lambdaInternetAccess,
  lambdaPackageLimits,
  lambdaQuotas,
  lambdaRuntimes,
  lambdaSingleAz,
  lbInternetFacingPrivateSubnets,
  loadBalancerListeners,
  natGatewayCrossAz,
  natGatewayElasticIp,
  natGatewayInPublicSubnet,
  networkAclEntries,
  peeringCidrOverlap,
  peeringNoTransit,
  rdsReadReplicas,
  rdsSubnetGroup,
  routeTargetInVpc,
  route53CnameApex,
  route53Failover,
  route53HealthCheckSettings,
  route53Multivalue,
  route53Weighted,
  s3BucketName,
  s3ReplicationVersioning,
  securityGroupQuotas,
  sqsLongPolling,
  sqsVisibilityTimeout,
  subnetCidrInVpc,
  subnetCidrOverlap,
  subnetCidrSize,
  subnetInOneAz,
  subnetPublicWithoutIgwRoute,
  targetGroupTargets,
  vpcCidrSize,
  vpcEndpointPrivateDns,
];
