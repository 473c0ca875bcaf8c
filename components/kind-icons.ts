import type { ComponentType } from "react";
import ArchitectureGroupCorporatedatacenter from "aws-react-icons/lib/icons/ArchitectureGroupCorporatedatacenter";
import ArchitectureGroupPrivatesubnet from "aws-react-icons/lib/icons/ArchitectureGroupPrivatesubnet";
import ArchitectureGroupRegion from "aws-react-icons/lib/icons/ArchitectureGroupRegion";
import ArchitectureGroupVirtualprivatecloudVPC from "aws-react-icons/lib/icons/ArchitectureGroupVirtualprivatecloudVPC";
import ArchitectureServiceAWSLambda from "aws-react-icons/lib/icons/ArchitectureServiceAWSLambda";
import ArchitectureServiceAmazonAPIGateway from "aws-react-icons/lib/icons/ArchitectureServiceAmazonAPIGateway";
import ArchitectureServiceAmazonAurora from "aws-react-icons/lib/icons/ArchitectureServiceAmazonAurora";
import ArchitectureServiceAmazonCloudFront from "aws-react-icons/lib/icons/ArchitectureServiceAmazonCloudFront";
import ArchitectureServiceAmazonDynamoDB from "aws-react-icons/lib/icons/ArchitectureServiceAmazonDynamoDB";
import ArchitectureServiceAmazonEC2 from "aws-react-icons/lib/icons/ArchitectureServiceAmazonEC2";
import ArchitectureServiceAmazonEC2AutoScaling from "aws-react-icons/lib/icons/ArchitectureServiceAmazonEC2AutoScaling";
import ArchitectureServiceAmazonEFS from "aws-react-icons/lib/icons/ArchitectureServiceAmazonEFS";
import ArchitectureServiceAmazonElastiCache from "aws-react-icons/lib/icons/ArchitectureServiceAmazonElastiCache";
import ArchitectureServiceAmazonElasticBlockStore from "aws-react-icons/lib/icons/ArchitectureServiceAmazonElasticBlockStore";
import ArchitectureServiceAmazonRDS from "aws-react-icons/lib/icons/ArchitectureServiceAmazonRDS";
import ArchitectureServiceAmazonRoute53 from "aws-react-icons/lib/icons/ArchitectureServiceAmazonRoute53";
import ArchitectureServiceAmazonSimpleNotificationService from "aws-react-icons/lib/icons/ArchitectureServiceAmazonSimpleNotificationService";
import ArchitectureServiceAmazonSimpleQueueService from "aws-react-icons/lib/icons/ArchitectureServiceAmazonSimpleQueueService";
import ArchitectureServiceAmazonSimpleStorageService from "aws-react-icons/lib/icons/ArchitectureServiceAmazonSimpleStorageService";
import ArchitectureServiceElasticLoadBalancing from "aws-react-icons/lib/icons/ArchitectureServiceElasticLoadBalancing";
import ResourceAmazonCloudFrontFunctions from "aws-react-icons/lib/icons/ResourceAmazonCloudFrontFunctions";
import ResourceAmazonRDSProxyInstance from "aws-react-icons/lib/icons/ResourceAmazonRDSProxyInstance";
import ResourceAmazonRoute53ReadinessChecks from "aws-react-icons/lib/icons/ResourceAmazonRoute53ReadinessChecks";
import ResourceAmazonRoute53RouteTable from "aws-react-icons/lib/icons/ResourceAmazonRoute53RouteTable";
import ResourceAmazonVPCEndpoints from "aws-react-icons/lib/icons/ResourceAmazonVPCEndpoints";
import ResourceAmazonVPCInternetGateway from "aws-react-icons/lib/icons/ResourceAmazonVPCInternetGateway";
import ResourceAmazonVPCNATGateway from "aws-react-icons/lib/icons/ResourceAmazonVPCNATGateway";
import ResourceAmazonVPCNetworkAccessControlList from "aws-react-icons/lib/icons/ResourceAmazonVPCNetworkAccessControlList";
import ResourceAmazonVPCPeeringConnection from "aws-react-icons/lib/icons/ResourceAmazonVPCPeeringConnection";
import ResourceDatabase from "aws-react-icons/lib/icons/ResourceDatabase";
import ResourceElasticLoadBalancingApplicationLoadBalancer from "aws-react-icons/lib/icons/ResourceElasticLoadBalancingApplicationLoadBalancer";
import ResourceElasticLoadBalancingGatewayLoadBalancer from "aws-react-icons/lib/icons/ResourceElasticLoadBalancingGatewayLoadBalancer";
import ResourceElasticLoadBalancingNetworkLoadBalancer from "aws-react-icons/lib/icons/ResourceElasticLoadBalancingNetworkLoadBalancer";
import ResourceFirewall from "aws-react-icons/lib/icons/ResourceFirewall";
import ResourceInternet from "aws-react-icons/lib/icons/ResourceInternet";

export type KindIcon = ComponentType<{ size?: number | string; className?: string; "aria-hidden"?: boolean }>;

/**
 * Every icon the kind registry names (`KindDef.icon`), keyed by that name. Deep default imports keep the
 * bundle to these icons instead of all 1,600; lib/kinds/kinds.test.ts checks that none is missing.
 */
export const KIND_ICONS: Readonly<Record<string, KindIcon>> = {
  ArchitectureGroupCorporatedatacenter,
  ArchitectureGroupPrivatesubnet,
  ArchitectureGroupRegion,
  ArchitectureGroupVirtualprivatecloudVPC,
  ArchitectureServiceAWSLambda,
  ArchitectureServiceAmazonAPIGateway,
  ArchitectureServiceAmazonAurora,
  ArchitectureServiceAmazonCloudFront,
  ArchitectureServiceAmazonDynamoDB,
  ArchitectureServiceAmazonEC2,
  ArchitectureServiceAmazonEC2AutoScaling,
  ArchitectureServiceAmazonEFS,
  ArchitectureServiceAmazonElastiCache,
  ArchitectureServiceAmazonElasticBlockStore,
  ArchitectureServiceAmazonRDS,
  ArchitectureServiceAmazonRoute53,
  ArchitectureServiceAmazonSimpleNotificationService,
  ArchitectureServiceAmazonSimpleQueueService,
  ArchitectureServiceAmazonSimpleStorageService,
  ArchitectureServiceElasticLoadBalancing,
  ResourceAmazonCloudFrontFunctions,
  ResourceAmazonRDSProxyInstance,
  ResourceAmazonRoute53ReadinessChecks,
  ResourceAmazonRoute53RouteTable,
  ResourceAmazonVPCEndpoints,
  ResourceAmazonVPCInternetGateway,
  ResourceAmazonVPCNATGateway,
  ResourceAmazonVPCNetworkAccessControlList,
  ResourceAmazonVPCPeeringConnection,
  ResourceDatabase,
  ResourceElasticLoadBalancingApplicationLoadBalancer,
  ResourceElasticLoadBalancingGatewayLoadBalancer,
  ResourceElasticLoadBalancingNetworkLoadBalancer,
  ResourceFirewall,
  ResourceInternet,
};
