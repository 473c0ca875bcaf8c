import type { RuleModule } from "../lib/engine/types";
import albTwoAzs from "./alb-two-azs";
import apiGatewayCache from "./api-gateway-cache";
import apiGatewayCustomDomainCertificate from "./api-gateway-custom-domain-certificate";
import apiGatewayEndpointType from "./api-gateway-endpoint-type";
import apiGatewayIntegrationTimeout from "./api-gateway-integration-timeout";
import apiGatewayIntegrations from "./api-gateway-integrations";
import asgCapacityBounds from "./asg-capacity-bounds";
import asgScalingPolicies from "./asg-scaling-policies";
import auroraReplicas from "./aurora-replicas";
import cloudfrontCertificate from "./cloudfront-certificate";
import cloudfrontEdgeFunctions from "./cloudfront-edge-functions";
import connectionBlocked from "./connection-blocked";
import connectionTargetPort from "./connection-target-port";
import containerContents from "./container-contents";
import dynamodbGlobalTables from "./dynamodb-global-tables";
import dynamodbIndexes from "./dynamodb-indexes";
import ebsBootVolumeType from "./ebs-boot-volume-type";
import ebsMultiAttach from "./ebs-multi-attach";
import ebsSameAz from "./ebs-same-az";
import ebsVolumeLimits from "./ebs-volume-limits";
import ec2InstanceStore from "./ec2-instance-store";
import ec2SerialConsoleNitro from "./ec2-serial-console-nitro";
import ec2SshAccess from "./ec2-ssh-access";
import efsMountTargets from "./efs-mount-targets";
import efsNfsPort from "./efs-nfs-port";
import efsPerformanceMode from "./efs-performance-mode";
import efsStorageClasses from "./efs-storage-classes";
import efsWindows from "./efs-windows";
import elasticacheReplication from "./elasticache-replication";
import gatewayEndpointServices from "./gateway-endpoint-services";
import gwlbSecurityGroups from "./gwlb-security-groups";
import igwOnePerVpc from "./igw-one-per-vpc";
import lambdaAliases from "./lambda-aliases";
import lambdaAsyncRetries from "./lambda-async-retries";
import lambdaCodeBucketRegion from "./lambda-code-bucket-region";
import lambdaDestinations from "./lambda-destinations";
import lambdaEdgeRestrictions from "./lambda-edge-restrictions";
import lambdaFunctionUrl from "./lambda-function-url";
import lambdaInternetAccess from "./lambda-internet-access";
import lambdaPackageLimits from "./lambda-package-limits";
import lambdaQuotas from "./lambda-quotas";
import lambdaReservedConcurrency from "./lambda-reserved-concurrency";
import lambdaRuntimes from "./lambda-runtimes";
import lambdaSingleAz from "./lambda-single-az";
import lambdaSqsBatch from "./lambda-sqs-batch";
import lambdaVpcTenancy from "./lambda-vpc-tenancy";
import lbInternetFacingPrivateSubnets from "./lb-internet-facing-private-subnets";
import loadBalancerCertificates from "./load-balancer-certificates";
import loadBalancerListeners from "./load-balancer-listeners";
import natGatewayCrossAz from "./nat-gateway-cross-az";
import natGatewayElasticIp from "./nat-gateway-elastic-ip";
import natGatewayInPublicSubnet from "./nat-gateway-in-public-subnet";
import networkAclEntries from "./network-acl-entries";
import peeringCidrOverlap from "./peering-cidr-overlap";
import peeringNoTransit from "./peering-no-transit";
import qldbEndOfSupport from "./qldb-end-of-support";
import rdsProxy from "./rds-proxy";
import rdsReadReplicas from "./rds-read-replicas";
import rdsSubnetGroup from "./rds-subnet-group";
import routeTargetInVpc from "./route-target-in-vpc";
import route53CnameApex from "./route53-cname-apex";
import route53Failover from "./route53-failover";
import route53Geolocation from "./route53-geolocation";
import route53Geoproximity from "./route53-geoproximity";
import route53HealthCheckSettings from "./route53-health-check-settings";
import route53HealthCheckTypes from "./route53-health-check-types";
import route53IpBased from "./route53-ip-based";
import route53Multivalue from "./route53-multivalue";
import route53PrivateZone from "./route53-private-zone";
import route53SimpleRouting from "./route53-simple-routing";
import route53Weighted from "./route53-weighted";
import s3BucketName from "./s3-bucket-name";
import s3BucketUniqueName from "./s3-bucket-unique-name";
import s3ReplicationVersioning from "./s3-replication-versioning";
import s3TransferAcceleration from "./s3-transfer-acceleration";
import s3WebsitePublicAccess from "./s3-website-public-access";
import securityGroupDeny from "./security-group-deny";
import securityGroupQuotas from "./security-group-quotas";
import securityGroupReferenceRegion from "./security-group-reference-region";
import securityGroupVpc from "./security-group-vpc";
import sqsLongPolling from "./sqs-long-polling";
import sqsVisibilityTimeout from "./sqs-visibility-timeout";
import ssmSessionManagerPath from "./ssm-session-manager-path";
import subnetCidrInVpc from "./subnet-cidr-in-vpc";
import subnetCidrOverlap from "./subnet-cidr-overlap";
import subnetCidrSize from "./subnet-cidr-size";
import subnetInOneAz from "./subnet-in-one-az";
import subnetPublicWithoutIgwRoute from "./subnet-public-without-igw-route";
import subnetReservedIps from "./subnet-reserved-ips";
import targetGroupAttributes from "./target-group-attributes";
import targetGroupTargets from "./target-group-targets";
import vpcCidrSize from "./vpc-cidr-size";
import vpcEndpointPrivateDns from "./vpc-endpoint-private-dns";
import wellKnownPorts from "./well-known-ports";

/** Every rule, sorted by id. A test checks each has its file, its tests and its docs fields. */
export const RULES: readonly RuleModule[] = [
  albTwoAzs,
  apiGatewayCache,
  apiGatewayCustomDomainCertificate,
  apiGatewayEndpointType,
  apiGatewayIntegrationTimeout,
  apiGatewayIntegrations,
  asgCapacityBounds,
  asgScalingPolicies,
  auroraReplicas,
  cloudfrontCertificate,
  cloudfrontEdgeFunctions,
  connectionBlocked,
  connectionTargetPort,
  containerContents,
  dynamodbGlobalTables,
  dynamodbIndexes,
  ebsBootVolumeType,
  ebsMultiAttach,
  ebsSameAz,
  ebsVolumeLimits,
  ec2InstanceStore,
  ec2SerialConsoleNitro,
  ec2SshAccess,
  efsMountTargets,
  efsNfsPort,
  efsPerformanceMode,
  efsStorageClasses,
  efsWindows,
  elasticacheReplication,
  gatewayEndpointServices,
  gwlbSecurityGroups,
  igwOnePerVpc,
  lambdaAliases,
  lambdaAsyncRetries,
  lambdaCodeBucketRegion,
  lambdaDestinations,
  lambdaEdgeRestrictions,
  lambdaFunctionUrl,
  lambdaInternetAccess,
  lambdaPackageLimits,
  lambdaQuotas,
  lambdaReservedConcurrency,
  lambdaRuntimes,
  lambdaSingleAz,
  lambdaSqsBatch,
  lambdaVpcTenancy,
  lbInternetFacingPrivateSubnets,
  loadBalancerCertificates,
  loadBalancerListeners,
  natGatewayCrossAz,
  natGatewayElasticIp,
  natGatewayInPublicSubnet,
  networkAclEntries,
  peeringCidrOverlap,
  peeringNoTransit,
  qldbEndOfSupport,
  rdsProxy,
  rdsReadReplicas,
  rdsSubnetGroup,
  routeTargetInVpc,
  route53CnameApex,
  route53Failover,
  route53Geolocation,
  route53Geoproximity,
  route53HealthCheckSettings,
  route53HealthCheckTypes,
  route53IpBased,
  route53Multivalue,
  route53PrivateZone,
  route53SimpleRouting,
  route53Weighted,
  s3BucketName,
  s3BucketUniqueName,
  s3ReplicationVersioning,
  s3TransferAcceleration,
  s3WebsitePublicAccess,
  securityGroupDeny,
  securityGroupQuotas,
  securityGroupReferenceRegion,
  securityGroupVpc,
  sqsLongPolling,
  sqsVisibilityTimeout,
  ssmSessionManagerPath,
  subnetCidrInVpc,
  subnetCidrOverlap,
  subnetCidrSize,
  subnetInOneAz,
  subnetPublicWithoutIgwRoute,
  subnetReservedIps,
  targetGroupAttributes,
  targetGroupTargets,
  vpcCidrSize,
  vpcEndpointPrivateDns,
  wellKnownPorts,
];
