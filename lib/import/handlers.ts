import type { ImportContext, Resource } from "./context";
import * as compute from "./map-compute";
import * as data from "./map-data";
import * as net from "./map-network";
import { nestedStack } from "./map-stack";
import { serverlessFunction } from "./sam";
import { refsIn } from "./values";

/** Maps one resource: adds its node or edges to the context and records what became of it. */
export type Handler = (ctx: ImportContext, r: Resource) => void;

/** A resource that only configures others it names (a queue policy names its queues). */
function settingOf(paths: string[], detail: { en: string; ko: string }): Handler {
  return (ctx, r) => {
    const into = [...new Set(paths.flatMap((p) => refsIn(ctx.at(r, p))).map((id) => data.nodeFor(ctx, id)).filter((id): id is string => id !== undefined))];
    if (into.length === 0) return ctx.omitted(r, { en: "nothing it applies to is drawn", ko: "적용 대상이 그려지지 않았습니다" });
    ctx.folded(r, into, detail);
  };
}

const SUBNET_GROUP = { en: "the subnet group: its subnets are the database's placement", ko: "서브넷 그룹: 그 서브넷이 데이터베이스의 배치입니다" };

/**
 * Each CloudFormation type Archlint maps, with the pass it runs in: 0 creates the nodes, 1 adds
 * what refers to nodes (routes, rules, attachments), 2 what refers to those (DNS records to an
 * Elastic IP folded into its instance, subnet groups folded into their databases).
 */
export const HANDLERS: Readonly<Record<string, readonly [0 | 1 | 2, Handler]>> = {
  "AWS::EC2::VPC": [0, net.vpc],
  "AWS::EC2::Subnet": [0, net.subnet],
  "AWS::EC2::RouteTable": [0, net.routeTable],
  "AWS::EC2::InternetGateway": [0, net.internetGateway],
  "AWS::EC2::EgressOnlyInternetGateway": [0, net.egressOnlyInternetGateway],
  "AWS::EC2::NatGateway": [0, net.natGateway],
  "AWS::EC2::VPCEndpoint": [0, net.vpcEndpoint],
  "AWS::EC2::SecurityGroup": [0, net.securityGroup],
  "AWS::EC2::NetworkAcl": [0, net.networkAcl],
  "AWS::EC2::VPCPeeringConnection": [0, net.vpcPeering],
  "AWS::EC2::Instance": [0, compute.ec2Instance],
  "AWS::Lambda::Function": [0, compute.lambdaFunction],
  "AWS::Serverless::Function": [0, serverlessFunction],
  "AWS::ElasticLoadBalancingV2::LoadBalancer": [0, compute.loadBalancer],
  "AWS::ElasticLoadBalancingV2::TargetGroup": [0, compute.targetGroup],
  "AWS::AutoScaling::AutoScalingGroup": [0, compute.autoScalingGroup],
  "AWS::RDS::DBInstance": [0, data.dbInstance],
  "AWS::RDS::DBCluster": [0, data.dbCluster],
  "AWS::RDS::DBProxy": [0, data.dbProxy],
  "AWS::QLDB::Ledger": [0, data.qldbLedger],
  "AWS::DynamoDB::Table": [0, data.dynamodbTable],
  "AWS::Serverless::SimpleTable": [0, data.dynamodbTable],
  "AWS::ElastiCache::ReplicationGroup": [0, data.elasticache],
  "AWS::ElastiCache::CacheCluster": [0, data.elasticache],
  "AWS::S3::Bucket": [0, data.s3Bucket],
  "AWS::SQS::Queue": [0, data.sqsQueue],
  "AWS::SNS::Topic": [0, data.snsTopic],
  "AWS::ApiGateway::RestApi": [0, data.restApi],
  "AWS::Serverless::Api": [0, data.restApi],
  "AWS::ApiGatewayV2::Api": [0, data.httpApi],
  "AWS::Serverless::HttpApi": [0, data.httpApi],
  "AWS::Route53::HealthCheck": [0, data.healthCheck],
  "AWS::EFS::FileSystem": [0, data.efs],
  "AWS::CloudFront::Function": [0, data.cloudfrontFunction],
  "AWS::CloudFormation::Stack": [0, nestedStack],

  "AWS::EC2::VPCCidrBlock": [1, net.vpcCidrBlock],
  "AWS::EC2::Route": [1, net.route],
  "AWS::EC2::SubnetRouteTableAssociation": [1, net.subnetRouteTableAssociation],
  "AWS::EC2::VPCGatewayAttachment": [1, net.vpcGatewayAttachment],
  "AWS::EC2::EIP": [1, net.eip],
  "AWS::EC2::EIPAssociation": [1, net.eipAssociation],
  "AWS::EC2::SecurityGroupIngress": [1, net.securityGroupRule("ingress")],
  "AWS::EC2::SecurityGroupEgress": [1, net.securityGroupRule("egress")],
  "AWS::EC2::NetworkAclEntry": [1, net.networkAclEntry],
  "AWS::EC2::SubnetNetworkAclAssociation": [1, net.subnetNetworkAclAssociation],
  "AWS::EC2::Volume": [1, compute.volume],
  "AWS::EC2::VolumeAttachment": [1, compute.volumeAttachment],
  "AWS::EC2::LaunchTemplate": [1, compute.launchTemplate],
  "AWS::AutoScaling::LaunchConfiguration": [1, compute.launchTemplate],
  "AWS::Lambda::EventSourceMapping": [1, compute.eventSourceMapping],
  "AWS::Lambda::Permission": [1, compute.lambdaAttached],
  "AWS::Lambda::Url": [1, compute.lambdaAttached],
  "AWS::Lambda::Version": [1, compute.lambdaAttached],
  "AWS::Lambda::Alias": [1, compute.lambdaAttached],
  "AWS::Lambda::EventInvokeConfig": [1, compute.lambdaAttached],
  "AWS::Lambda::LayerVersion": [1, compute.layerVersion],
  "AWS::ElasticLoadBalancingV2::Listener": [1, compute.listener],
  "AWS::ElasticLoadBalancingV2::ListenerRule": [1, compute.listenerRule],
  "AWS::ElasticLoadBalancingV2::ListenerCertificate": [1, compute.listenerCertificate],
  "AWS::AutoScaling::ScalingPolicy": [1, settingOf(["AutoScalingGroupName"], { en: "a scaling policy of the group (its type, metric and cooldown)", ko: "그룹의 조정 정책 (유형, 지표, 휴지 기간)" })],
  "AWS::SNS::Subscription": [1, data.snsSubscription],
  "AWS::ApiGateway::Stage": [1, data.apiStage],
  "AWS::ApiGateway::Method": [1, data.apiIntegration],
  "AWS::ApiGatewayV2::Integration": [1, data.apiIntegration],
  "AWS::ApiGateway::Resource": [1, data.apiPart],
  "AWS::ApiGateway::Deployment": [1, data.apiPart],
  "AWS::ApiGateway::Authorizer": [1, data.apiPart],
  "AWS::ApiGateway::Model": [1, data.apiPart],
  "AWS::ApiGatewayV2::Route": [1, data.apiPart],
  "AWS::ApiGatewayV2::Stage": [1, data.apiPart],
  "AWS::EFS::MountTarget": [1, data.mountTarget],
  "AWS::RDS::DBProxyTargetGroup": [1, data.dbProxyTargetGroup],

  "AWS::CloudFront::Distribution": [2, data.cloudfront],
  "AWS::Route53::RecordSet": [2, data.recordSet],
  "AWS::Route53::RecordSetGroup": [2, data.recordSetGroup],
  "AWS::Route53::HostedZone": [2, data.foldedInto(["AWS::Route53::RecordSet", "AWS::Route53::RecordSetGroup"], ["HostedZoneId"], { en: "the hosted zone of its records (their zone name)", ko: "레코드의 호스팅 영역 (영역 이름)" })],
  "AWS::RDS::DBSubnetGroup": [2, data.foldedInto(["AWS::RDS::DBInstance", "AWS::RDS::DBCluster"], ["DBSubnetGroupName"], SUBNET_GROUP)],
  "AWS::ElastiCache::SubnetGroup": [2, data.foldedInto(["AWS::ElastiCache::ReplicationGroup", "AWS::ElastiCache::CacheCluster"], ["CacheSubnetGroupName"], SUBNET_GROUP)],
  "AWS::SQS::QueuePolicy": [2, settingOf(["Queues"], { en: "the queue's access policy", ko: "대기열의 액세스 정책" })],
  "AWS::SNS::TopicPolicy": [2, settingOf(["Topics"], { en: "the topic's access policy", ko: "주제의 액세스 정책" })],
  "AWS::S3::BucketPolicy": [2, settingOf(["Bucket"], { en: "the bucket's policy", ko: "버킷 정책" })],
};
