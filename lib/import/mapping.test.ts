import { describe, expect, it } from "vitest";
import { importTemplate } from ".";
import { edge } from "./testing";

function imported(yaml: string, options = {}) {
  const result = importTemplate(yaml, options);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message.en}`).join("\n"));
  return result;
}

const outcome = (result: ReturnType<typeof imported>, id: string) => result.report.resources.find((r) => r.logicalId === id);

const NETWORK = `
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  A:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: us-east-1a }
  B:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.2.0/24, AvailabilityZone: us-east-1b }
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties: { GroupDescription: x, VpcId: !Ref Vpc }
`;

describe("importTemplate: what cannot be drawn is said, never dropped", () => {
  it("an unsupported type is listed with its logical ID", () => {
    const result = imported(`Resources:\n  Key:\n    Type: AWS::KMS::Key\n  Queue:\n    Type: AWS::SQS::Queue\n  Custom:\n    Type: Custom::Thing\n`);
    expect(outcome(result, "Key")).toMatchObject({ outcome: "unsupported", type: "AWS::KMS::Key" });
    expect(outcome(result, "Custom")).toMatchObject({ outcome: "unsupported" });
    expect(result.diagram.nodes.map((n) => n.id)).toEqual(["region-us-east-1", "Queue"]);
  });

  it("a subnet in an imported VPC is not drawn, and says why; so is what sits in it", () => {
    const result = imported(`Resources:
  Sub:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !ImportValue shared-vpc, CidrBlock: 10.0.1.0/24 }
  Nat:
    Type: AWS::EC2::NatGateway
    Properties: { SubnetId: !Ref Sub }
`);
    expect(outcome(result, "Sub")).toMatchObject({ outcome: "omitted", reason: { en: "its VPC is not in the template: VpcId is not known (ImportValue shared-vpc)" } });
    expect(outcome(result, "Nat")).toMatchObject({ outcome: "omitted" });
    expect(result.report.unknowns).toContainEqual(expect.objectContaining({ logicalId: "Sub", property: "VpcId", reason: "ImportValue shared-vpc" }));
  });

  it("an unknown CIDR keeps the default and is reported with what it may affect", () => {
    const result = imported(`Parameters:\n  Cidr: { Type: String }\nResources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties: { CidrBlock: !Ref Cidr }\n`);
    expect(result.diagram.nodes.find((n) => n.id === "Vpc")?.props.cidrBlock).toBe("10.0.0.0/16");
    expect(result.report.unknowns[0]).toMatchObject({ logicalId: "Vpc", property: "CidrBlock", reason: "parameter Cidr has no value" });
    expect(result.report.unknowns[0]!.affects.en).toContain("overlaps");
    expect(result.report.parameters).toEqual([{ name: "Cidr", value: null }]);
  });

  it("a value Archlint does not know for a prop keeps the default, with a note", () => {
    const result = imported(`Resources:\n  Q:\n    Type: AWS::DynamoDB::Table\n    Properties: { BillingMode: SOMETHING_NEW }\n`);
    expect(result.diagram.nodes.find((n) => n.id === "Q")?.props.billingMode).toBe("PAY_PER_REQUEST");
    expect(result.report.notes[0]!.message.en).toContain("billingMode \"SOMETHING_NEW\"");
  });

  it("refuses what is not a template, naming where", () => {
    expect(importTemplate("a: 1\n")).toMatchObject({ ok: false, errors: [{ path: "Resources" }] });
    expect(importTemplate("Resources:\n  X: {Properties: {}}\n")).toMatchObject({ ok: false, errors: [{ path: "Resources.X.Type" }] });
    expect(importTemplate("Resources:\n  X:\n    Type: AWS::SQS::Queue\n    Properties: { A: !Ref Nope }\n")).toMatchObject({ ok: false, errors: [{ path: "Resources.X.Properties.A.Ref" }] });
    expect(importTemplate("[1, 2")).toMatchObject({ ok: false });
  });

  it("a relation the format refuses is an error naming the resource", () => {
    // A route whose GatewayId names a VPC endpoint is drawn as a route; a subnet association to a security group is not.
    const result = importTemplate(`Resources:${NETWORK}
  Rt:
    Type: AWS::EC2::RouteTable
    Properties: { VpcId: !Ref Vpc }
  Bad:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { RouteTableId: !Ref Rt, SubnetId: !Ref Sg }
`);
    expect(result.ok).toBe(true);
    if (result.ok) expect(outcome(result as ReturnType<typeof imported>, "Bad")).toMatchObject({ outcome: "omitted" });
  });
});

describe("importTemplate: services and their relations", () => {
  const result = imported(`Transform: AWS::Serverless-2016-10-31
Resources:${NETWORK}
  Fs:
    Type: AWS::EFS::FileSystem
    Properties: { PerformanceMode: maxIO, Encrypted: true }
  MountA:
    Type: AWS::EFS::MountTarget
    Properties: { FileSystemId: !Ref Fs, SubnetId: !Ref A, SecurityGroups: [!Ref Sg] }
  MountB:
    Type: AWS::EFS::MountTarget
    Properties: { FileSystemId: !Ref Fs, SubnetId: !Ref B, SecurityGroups: [!Ref Sg] }
  Fn:
    Type: AWS::Lambda::Function
    Properties: { Runtime: nodejs20.x, Handler: i.h, Role: r, Code: { ZipFile: x }, Layers: [!Ref Layer] }
  Layer:
    Type: AWS::Lambda::LayerVersion
    Properties: { Content: { S3Bucket: b, S3Key: k } }
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration: { Status: Enabled }
      NotificationConfiguration:
        LambdaConfigurations: [{ Event: s3:ObjectCreated:*, Function: !GetAtt Fn.Arn }]
        QueueConfigurations: [{ Event: s3:ObjectCreated:*, Queue: !GetAtt Queue.Arn }]
      ReplicationConfiguration:
        Role: r
        Rules: [{ Status: Enabled, Destination: { Bucket: !Sub "arn:aws:s3:::\${Replica}" } }]
  Replica:
    Type: AWS::S3::Bucket
    Properties: { VersioningConfiguration: { Status: Enabled } }
  Queue:
    Type: AWS::SQS::Queue
    Properties: { VisibilityTimeout: 60, RedrivePolicy: { deadLetterTargetArn: x, maxReceiveCount: 3 } }
  QueuePolicy:
    Type: AWS::SQS::QueuePolicy
    Properties: { Queues: [!Ref Queue], PolicyDocument: {} }
  Topic:
    Type: AWS::SNS::Topic
    Properties: { Subscription: [{ Protocol: sqs, Endpoint: !GetAtt Queue.Arn }] }
  Sub:
    Type: AWS::SNS::Subscription
    Properties: { TopicArn: !Ref Topic, Protocol: lambda, Endpoint: !GetAtt Fn.Arn }
  Table:
    Type: AWS::DynamoDB::Table
    Properties:
      KeySchema: [{ AttributeName: id, KeyType: HASH }, { AttributeName: at, KeyType: RANGE }]
      StreamSpecification: { StreamViewType: NEW_IMAGE }
      GlobalSecondaryIndexes: [{ IndexName: g }]
  Mapping:
    Type: AWS::Lambda::EventSourceMapping
    Properties: { FunctionName: !Ref Fn, EventSourceArn: !GetAtt Table.StreamArn }
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { EndpointConfiguration: { Types: [REGIONAL] } }
  Method:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      HttpMethod: GET
      Integration: { Type: AWS_PROXY, Uri: !Sub "arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Fn.Arn}/invocations" }
  Stage:
    Type: AWS::ApiGateway::Stage
    Properties: { RestApiId: !Ref Api, CacheClusterEnabled: true, CacheClusterSize: "0.5" }
  Cdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Origins:
          - { Id: site, DomainName: !GetAtt Bucket.RegionalDomainName }
          - { Id: api, DomainName: !Sub "\${Api}.execute-api.\${AWS::Region}.amazonaws.com" }
        DefaultCacheBehavior: { ViewerProtocolPolicy: https-only }
        ViewerCertificate: { AcmCertificateArn: arn:aws:acm:eu-west-1:123456789012:certificate/x }
  Cache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties: { Engine: redis, CacheNodeType: cache.r6g.large, NumCacheClusters: 2, MultiAZEnabled: true, CacheSubnetGroupName: !Ref CacheSubnets, SecurityGroupIds: [!Ref Sg] }
  CacheSubnets:
    Type: AWS::ElastiCache::SubnetGroup
    Properties: { Description: x, SubnetIds: [!Ref A, !Ref B] }
  Lt:
    Type: AWS::EC2::LaunchTemplate
    Properties: { LaunchTemplateData: { InstanceType: c6g.large, SecurityGroupIds: [!Ref Sg] } }
  Asg:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties: { MinSize: "2", MaxSize: "4", VPCZoneIdentifier: [!Ref A, !Ref B], LaunchTemplate: { LaunchTemplateId: !Ref Lt, Version: "1" } }
  Peer:
    Type: AWS::EC2::VPCPeeringConnection
    Properties: { VpcId: !Ref Vpc, PeerVpcId: vpc-0abc, PeerRegion: eu-west-1 }
  Acl:
    Type: AWS::EC2::NetworkAcl
    Properties: { VpcId: !Ref Vpc }
  AclIn:
    Type: AWS::EC2::NetworkAclEntry
    Properties: { NetworkAclId: !Ref Acl, RuleNumber: 100, Protocol: 6, RuleAction: allow, CidrBlock: 0.0.0.0/0, PortRange: { From: 443, To: 443 } }
  AclAssoc:
    Type: AWS::EC2::SubnetNetworkAclAssociation
    Properties: { NetworkAclId: !Ref Acl, SubnetId: !Ref A }
  SgOut:
    Type: AWS::EC2::SecurityGroupEgress
    Properties: { GroupId: !GetAtt Sg.GroupId, IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }
`);
  const node = (id: string) => result.diagram.nodes.find((n) => n.id === id);

  it("EFS is drawn in the VPC of its mount targets, each a placement edge", () => {
    expect(node("Fs")).toMatchObject({ parent: "Vpc", props: { performanceMode: "maxIO", encrypted: true } });
    expect(edge(result.diagram, "placement", "Fs", "B")?.id).toBe("MountB");
    expect(edge(result.diagram, "membership", "Fs", "Sg")).toBeDefined();
  });

  it("event sources: S3 notifications, SNS subscriptions, a stream mapping, an API method", () => {
    expect(edge(result.diagram, "invocation", "Bucket", "Fn")).toBeDefined();
    expect(edge(result.diagram, "invocation", "Bucket", "Queue")).toBeDefined();
    expect(edge(result.diagram, "invocation", "Topic", "Queue")).toBeDefined();
    expect(edge(result.diagram, "invocation", "Topic", "Fn")?.id).toBe("Sub");
    expect(edge(result.diagram, "invocation", "Table", "Fn")?.id).toBe("Mapping");
    expect(edge(result.diagram, "invocation", "Api", "Fn")).toBeDefined();
    expect(node("Fn")?.props.layers).toBe(1);
    expect(outcome(result, "Layer")).toMatchObject({ outcome: "folded", into: ["Fn"] });
  });

  it("replication, settings and folded resources", () => {
    expect(edge(result.diagram, "replication", "Bucket", "Replica")).toBeDefined();
    expect(node("Queue")?.props).toMatchObject({ visibilityTimeout: 60, hasDeadLetterQueue: true });
    expect(outcome(result, "QueuePolicy")).toMatchObject({ outcome: "folded", into: ["Queue"] });
    expect(node("Table")?.props).toMatchObject({ billingMode: "PROVISIONED", partitionKey: "id", sortKey: "at", streamEnabled: true, globalSecondaryIndexes: 1 });
    expect(node("Api")?.props).toMatchObject({ endpointType: "REGIONAL", cacheEnabled: true, cacheSizeGb: "0.5" });
  });

  it("CloudFront origins by reference, and the certificate's Region", () => {
    expect(node("Cdn")).toMatchObject({ parent: null, props: { viewerProtocolPolicy: "https-only", certificateRegion: "eu-west-1" } });
    expect(edge(result.diagram, "origin", "Cdn", "Bucket")).toBeDefined();
    expect(edge(result.diagram, "origin", "Cdn", "Api")).toBeDefined();
  });

  it("ElastiCache by its subnet group, Auto Scaling with its launch template", () => {
    expect(node("Cache")).toMatchObject({ parent: "A", props: { replicasPerShard: 1, multiAz: true, nodeType: "cache.r6g.large" } });
    expect(edge(result.diagram, "placement", "Cache", "B")).toBeDefined();
    expect(node("Asg")).toMatchObject({ parent: "A", props: { minSize: 2, maxSize: 4, instanceType: "c6g.large" } });
    expect(edge(result.diagram, "membership", "Asg", "Sg")).toBeDefined();
    expect(outcome(result, "Lt")).toMatchObject({ outcome: "folded", into: ["Asg"] });
  });

  it("peering to a VPC outside the template, network ACL entries, a separate egress rule", () => {
    expect(node("Peer")?.props).toMatchObject({ peerRegion: "eu-west-1" });
    expect(edge(result.diagram, "peering", "Peer", "Vpc")?.props).toEqual({ role: "requester" });
    expect(node("Acl")?.props.inbound).toEqual([{ ruleNumber: 100, protocol: "tcp", fromPort: 443, toPort: 443, cidrBlock: "0.0.0.0/0", action: "allow" }]);
    expect(edge(result.diagram, "association", "Acl", "A")?.id).toBe("AclAssoc");
    expect(node("Sg")?.props.egress).toEqual([{ protocol: "tcp", fromPort: 443, toPort: 443, destination: "0.0.0.0/0" }]);
  });

  it("accounts for every logical ID", () => {
    expect(result.report.resources.every((r) => r.outcome !== "unsupported")).toBe(true);
    expect(result.report.resources).toHaveLength(30);
  });
});
