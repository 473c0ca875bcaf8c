import type { RuleModule } from "../lib/engine/types";
import albTwoAzs from "./alb-two-azs";
import containerContents from "./container-contents";
import ebsBootVolumeType from "./ebs-boot-volume-type";
import ebsMultiAttach from "./ebs-multi-attach";
import ebsSameAz from "./ebs-same-az";
import efsMountTargets from "./efs-mount-targets";
import efsWindows from "./efs-windows";
import gatewayEndpointServices from "./gateway-endpoint-services";
import igwOnePerVpc from "./igw-one-per-vpc";
import lambdaInternetAccess from "./lambda-internet-access";
import lambdaQuotas from "./lambda-quotas";
import natGatewayElasticIp from "./nat-gateway-elastic-ip";
import natGatewayInPublicSubnet from "./nat-gateway-in-public-subnet";
import peeringNoTransit from "./peering-no-transit";
import routeTargetInVpc from "./route-target-in-vpc";
import route53CnameApex from "./route53-cname-apex";
import route53Failover from "./route53-failover";
import route53Multivalue from "./route53-multivalue";
import route53Weighted from "./route53-weighted";
import s3BucketName from "./s3-bucket-name";
import s3ReplicationVersioning from "./s3-replication-versioning";
import sqsVisibilityTimeout from "./sqs-visibility-timeout";
import subnetCidrInVpc from "./subnet-cidr-in-vpc";
import subnetCidrOverlap from "./subnet-cidr-overlap";
import subnetCidrSize from "./subnet-cidr-size";
import subnetInOneAz from "./subnet-in-one-az";
import vpcCidrSize from "./vpc-cidr-size";

/** Every rule, sorted by id. A test checks each has its file, its tests and its docs fields. */
export const RULES: readonly RuleModule[] = [
  albTwoAzs,
  containerContents,
  ebsBootVolumeType,
  ebsMultiAttach,
  ebsSameAz,
  efsMountTargets,
  efsWindows,
  gatewayEndpointServices,
  igwOnePerVpc,
  lambdaInternetAccess,
  lambdaQuotas,
  natGatewayElasticIp,
  natGatewayInPublicSubnet,
  peeringNoTransit,
  routeTargetInVpc,
  route53CnameApex,
  route53Failover,
  route53Multivalue,
  route53Weighted,
  s3BucketName,
  s3ReplicationVersioning,
  sqsVisibilityTimeout,
  subnetCidrInVpc,
  subnetCidrOverlap,
  subnetCidrSize,
  subnetInOneAz,
  vpcCidrSize,
];
