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

  it("a subnet in an imported VPC is drawn in a stand-in VPC, with what sits in it, and says why", () => {
    const result = imported(`Resources:
  Sub:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !ImportValue shared-vpc, CidrBlock: 10.0.1.0/24 }
  Nat:
    Type: AWS::EC2::NatGateway
    Properties: { SubnetId: !Ref Sub }
`);
    expect(outcome(result, "Sub")).toMatchObject({ outcome: "node", nodeIds: ["Sub"] });
    expect(result.diagram.nodes.find((n) => n.id === "Sub")?.parent).toBe("imported-vpc-shared-vpc");
    expect(result.diagram.nodes.find((n) => n.id === "Nat")?.parent).toBe("Sub");
    expect(result.report.unknowns).toContainEqual(expect.objectContaining({ logicalId: "Sub", property: "VpcId", reason: "ImportValue shared-vpc" }));
    expect(result.report.notes.some((n) => n.message.en.startsWith("imported-vpc-shared-vpc stands for the VPC shared-vpc"))).toBe(true);
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

describe("importTemplate: databases and storage", () => {
  const result = imported(`Resources:${NETWORK}
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres, DBInstanceClass: db.t3.micro, DBSubnetGroupName: !Ref DbSubnets, VPCSecurityGroups: [!Ref Sg] }
  DbSubnets:
    Type: AWS::RDS::DBSubnetGroup
    Properties: { DBSubnetGroupDescription: x, SubnetIds: [!Ref A, !Ref B] }
  Proxy:
    Type: AWS::RDS::DBProxy
    Properties: { EngineFamily: POSTGRESQL, RoleArn: r, Auth: [{ SecretArn: s }], VpcSubnetIds: [!Ref A, !Ref B], VpcSecurityGroupIds: [!Ref Sg] }
  ProxyTargets:
    Type: AWS::RDS::DBProxyTargetGroup
    Properties: { DBProxyName: !Ref Proxy, TargetGroupName: default, DBInstanceIdentifiers: [!Ref Db] }
  Ledger:
    Type: AWS::QLDB::Ledger
    Properties: { PermissionsMode: STANDARD }
  Uploads:
    Type: AWS::S3::Bucket
    Properties: { BucketName: uploads-example, AccelerateConfiguration: { AccelerationStatus: Enabled } }
  Plain:
    Type: AWS::S3::Bucket
  Archive:
    Type: AWS::DynamoDB::Table
    Properties: { KeySchema: [{ AttributeName: id, KeyType: HASH }], BillingMode: PAY_PER_REQUEST, TableClass: STANDARD_INFREQUENT_ACCESS }
  Files:
    Type: AWS::EFS::FileSystem
    Properties: { ThroughputMode: elastic, LifecyclePolicies: [{ TransitionToIA: AFTER_30_DAYS }, { TransitionToArchive: AFTER_90_DAYS }] }
`);
  const node = (id: string) => result.diagram.nodes.find((n) => n.id === id);

  it("an RDS Proxy in its subnets and groups, with its target group as a proxy-target edge", () => {
    expect(node("Proxy")).toMatchObject({ kind: "aws.rds-proxy", parent: "A", props: { engineFamily: "POSTGRESQL" } });
    expect(edge(result.diagram, "placement", "Proxy", "B")).toBeDefined();
    expect(edge(result.diagram, "membership", "Proxy", "Sg")).toBeDefined();
    expect(edge(result.diagram, "proxy-target", "Proxy", "Db")).toBeDefined();
    expect(outcome(result, "ProxyTargets")).toMatchObject({ outcome: "edge" });
  });

  it("a QLDB ledger in the Region, S3 Transfer Acceleration, a DynamoDB table class, EFS lifecycle policies", () => {
    expect(node("Ledger")).toMatchObject({ kind: "aws.qldb-ledger", parent: "region-us-east-1" });
    expect(node("Uploads")?.props).toMatchObject({ bucketName: "uploads-example", transferAcceleration: true });
    expect(node("Plain")?.props.transferAcceleration).toBe(false);
    expect(node("Archive")?.props.tableClass).toBe("STANDARD_INFREQUENT_ACCESS");
    expect(node("Files")?.props).toMatchObject({ throughputMode: "elastic", transitionToIa: "AFTER_30_DAYS", transitionToArchive: "AFTER_90_DAYS" });
  });
});

describe("importTemplate: EC2 instance profiles", () => {
  const result = imported(`Resources:${NETWORK}
  WithRole:
    Type: AWS::EC2::Instance
    Properties: { SubnetId: !Ref A, InstanceType: t3.micro, IamInstanceProfile: !Ref Profile }
  FromTemplate:
    Type: AWS::EC2::Instance
    Properties: { SubnetId: !Ref A, LaunchTemplate: { LaunchTemplateId: !Ref RoleLt, Version: "1" } }
  Bare:
    Type: AWS::EC2::Instance
    Properties: { SubnetId: !Ref A, InstanceType: t3.micro }
  RoleLt:
    Type: AWS::EC2::LaunchTemplate
    Properties: { LaunchTemplateData: { InstanceType: t3.small, IamInstanceProfile: { Name: ops } } }
  Profile:
    Type: AWS::IAM::InstanceProfile
    Properties: { Roles: [ops] }
`);
  const props = (id: string) => result.diagram.nodes.find((n) => n.id === id)?.props;

  it("IamInstanceProfile, on the instance or its launch template, gives it an instance profile", () => {
    expect(props("WithRole")).toMatchObject({ instanceProfile: true });
    expect(props("FromTemplate")).toMatchObject({ instanceProfile: true, instanceType: "t3.small" });
    expect(props("Bare")).toMatchObject({ instanceProfile: false });
  });
});

describe("importTemplate: Route 53 routing, health checks, load balancer and scaling settings", () => {
  const result = imported(`Resources:${NETWORK}
  Zone:
    Type: AWS::Route53::HostedZone
    Properties: { Name: internal.example, VPCs: [{ VPCId: !Ref Vpc, VPCRegion: us-east-1 }] }
  Db:
    Type: AWS::Route53::RecordSet
    Properties: { HostedZoneId: !Ref Zone, Name: db.internal.example, Type: A, TTL: "60", ResourceRecords: [10.0.1.5, 10.0.1.6] }
  Geo:
    Type: AWS::Route53::RecordSet
    Properties: { HostedZoneName: example.com., Name: www.example.com, Type: A, SetIdentifier: us, GeoLocation: { CountryCode: US, SubdivisionCode: CA }, ResourceRecords: [192.0.2.1] }
  Near:
    Type: AWS::Route53::RecordSet
    Properties: { HostedZoneName: example.com., Name: app.example.com, Type: A, SetIdentifier: east, GeoProximityLocation: { AWSRegion: us-east-1, Bias: -20 }, ResourceRecords: [192.0.2.2] }
  Office:
    Type: AWS::Route53::RecordSet
    Properties: { HostedZoneName: example.com., Name: api.example.com, Type: A, SetIdentifier: office, CidrRoutingConfig: { CollectionId: 0e5c8d6a-1111-2222-3333-444455556666, LocationName: seoul }, ResourceRecords: [192.0.2.3] }
  Child:
    Type: AWS::Route53::HealthCheck
    Properties: { HealthCheckConfig: { Type: HTTPS, FullyQualifiedDomainName: app.example.com, IPAddress: 203.0.113.10 } }
  Parent:
    Type: AWS::Route53::HealthCheck
    Properties: { HealthCheckConfig: { Type: CALCULATED, HealthThreshold: 1, ChildHealthChecks: [!Ref Child] } }
  Inside:
    Type: AWS::Route53::HealthCheck
    Properties: { HealthCheckConfig: { Type: HTTP, EndpointType: PRIVATE, IPAddress: 10.0.1.20, HealthCheckSourceId: hcs-0123 } }
  Alb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties: { Subnets: [!Ref A, !Ref B] }
  Tg:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      VpcId: !Ref Vpc
      Protocol: HTTP
      Port: 80
      TargetGroupAttributes:
        - { Key: deregistration_delay.timeout_seconds, Value: "30" }
        - { Key: stickiness.enabled, Value: "true" }
        - { Key: stickiness.lb_cookie.duration_seconds, Value: "3600" }
        - { Key: load_balancing.cross_zone.enabled, Value: "false" }
  Https:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties: { LoadBalancerArn: !Ref Alb, Protocol: HTTPS, Port: 443, Certificates: [{ CertificateArn: arn:aws:acm:us-east-1:111122223333:certificate/a }], DefaultActions: [{ Type: forward, TargetGroupArn: !Ref Tg }] }
  MoreCerts:
    Type: AWS::ElasticLoadBalancingV2::ListenerCertificate
    Properties: { ListenerArn: !Ref Https, Certificates: [{ CertificateArn: arn:aws:acm:us-east-1:111122223333:certificate/b }, { CertificateArn: arn:aws:acm:us-east-1:111122223333:certificate/c }] }
  Asg:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties: { VPCZoneIdentifier: [!Ref A], MinSize: "1", MaxSize: "4", Cooldown: "120", TargetGroupARNs: [!Ref Tg] }
  Tracking:
    Type: AWS::AutoScaling::ScalingPolicy
    Properties: { AutoScalingGroupName: !Ref Asg, PolicyType: TargetTrackingScaling, TargetTrackingConfiguration: { TargetValue: 100, PredefinedMetricSpecification: { PredefinedMetricType: ALBRequestCountPerTarget, ResourceLabel: x } } }
  Simple:
    Type: AWS::AutoScaling::ScalingPolicy
    Properties: { AutoScalingGroupName: !Ref Asg, AdjustmentType: ChangeInCapacity, ScalingAdjustment: 1, Cooldown: "60" }
`);
  const props = (id: string) => result.diagram.nodes.find((n) => n.id === id)?.props;

  it("a private zone's VPCs become zone-association edges; a record keeps its values", () => {
    expect(props("Db")).toMatchObject({ privateZone: true, values: ["10.0.1.5", "10.0.1.6"] });
    expect(edge(result.diagram, "zone-association", "Db", "Vpc")).toBeDefined();
  });

  it("geolocation, geoproximity bias and the CIDR collection of IP-based records", () => {
    expect(props("Geo")).toMatchObject({ routingPolicy: "geolocation", countryCode: "US", subdivisionCode: "CA" });
    expect(props("Near")).toMatchObject({ routingPolicy: "geoproximity", bias: -20 });
    expect(props("Office")).toMatchObject({ routingPolicy: "ip-based", cidrCollection: "0e5c8d6a-1111-2222-3333-444455556666", cidrLocation: "seoul" });
  });

  it("a health check's endpoint, and a calculated check's children as health-check edges", () => {
    expect(props("Child")).toMatchObject({ ipAddress: "203.0.113.10", fullyQualifiedDomainName: "app.example.com" });
    expect(props("Parent")).toMatchObject({ type: "CALCULATED", healthThreshold: 1 });
    expect(props("Inside")).toMatchObject({ endpointType: "PRIVATE", ipAddress: "10.0.1.20" });
    expect(edge(result.diagram, "health-check", "Parent", "Child")).toBeDefined();
  });

  it("an HTTPS listener counts its default certificate and those ListenerCertificate adds", () => {
    expect(edge(result.diagram, "listener", "Alb", "Tg")?.props).toMatchObject({ protocol: "HTTPS", certificates: 3 });
  });

  it("target group attributes: deregistration delay, stickiness, cross-zone", () => {
    expect(props("Tg")).toMatchObject({ deregistrationDelay: 30, stickiness: "lb_cookie", stickinessDuration: 3600, crossZone: "false" });
  });

  it("scaling policies and listener certificates are folded into what they configure", () => {
    expect(outcome(result, "Tracking")).toMatchObject({ outcome: "folded", into: ["Asg"] });
    expect(outcome(result, "MoreCerts")).toMatchObject({ outcome: "folded", into: ["Alb"] });
  });

  it("an Auto Scaling group's cooldown and its scaling policies", () => {
    expect(props("Asg")).toMatchObject({
      defaultCooldown: 120,
      scalingPolicies: [{ type: "TargetTrackingScaling", metric: "ALBRequestCountPerTarget" }, { type: "SimpleScaling", cooldown: 60 }],
    });
  });
});

describe("importTemplate: Lambda failure handling, function URLs and edge functions", () => {
  const result = imported(`Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      Role: arn:aws:iam::123456789012:role/fn
      Code: { ZipFile: "exports.handler = async () => 1" }
      ReservedConcurrentExecutions: 50
      TracingConfig: { Mode: Active }
      DeadLetterConfig: { TargetArn: !GetAtt Dlq.Arn }
  Invoke:
    Type: AWS::Lambda::EventInvokeConfig
    Properties:
      FunctionName: !Ref Fn
      Qualifier: $LATEST
      DestinationConfig:
        OnSuccess: { Destination: !Ref Done }
        OnFailure: { Destination: !GetAtt Archive.Arn }
  Url:
    Type: AWS::Lambda::Url
    Properties: { TargetFunctionArn: !Ref Fn, AuthType: NONE, Qualifier: live }
  Jobs:
    Type: AWS::SQS::Queue
  Dlq:
    Type: AWS::SQS::Queue
  Done:
    Type: AWS::SNS::Topic
  Archive:
    Type: AWS::S3::Bucket
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
      StreamSpecification: { StreamViewType: NEW_IMAGE }
  FromQueue:
    Type: AWS::Lambda::EventSourceMapping
    Properties: { FunctionName: !Ref Fn, EventSourceArn: !GetAtt Jobs.Arn, BatchSize: 100, MaximumBatchingWindowInSeconds: 5 }
  FromStream:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      FunctionName: !Ref Fn
      EventSourceArn: !GetAtt Orders.StreamArn
      StartingPosition: LATEST
      DestinationConfig: { OnFailure: { Destination: !GetAtt Dlq.Arn } }
  EdgeFn:
    Type: AWS::Lambda::Function
    Properties: { Runtime: nodejs22.x, Handler: index.handler, Role: arn:aws:iam::123456789012:role/edge, Code: { ZipFile: "x" } }
  EdgeVersion:
    Type: AWS::Lambda::Version
    Properties: { FunctionName: !Ref EdgeFn }
  Rewrite:
    Type: AWS::CloudFront::Function
    Properties:
      Name: rewrite
      AutoPublish: true
      FunctionConfig: { Comment: rewrite, Runtime: cloudfront-js-2.0 }
      FunctionCode: "function handler(event) { return event.request; }"
  Cdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior:
          TargetOriginId: site
          ViewerProtocolPolicy: redirect-to-https
          FunctionAssociations: [{ EventType: viewer-request, FunctionARN: !GetAtt Rewrite.FunctionARN }]
          LambdaFunctionAssociations: [{ EventType: origin-request, LambdaFunctionARN: !Ref EdgeVersion }]
        CacheBehaviors:
          - PathPattern: /api/*
            TargetOriginId: site
            ViewerProtocolPolicy: https-only
            LambdaFunctionAssociations: [{ EventType: viewer-request, LambdaFunctionARN: !GetAtt EdgeFn.Arn }]
        Origins: [{ Id: site, DomainName: example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }]
`);
  const node = (id: string) => result.diagram.nodes.find((n) => n.id === id);

  it("function settings: reserved concurrency, tracing, the function URL", () => {
    expect(node("Fn")?.props).toMatchObject({ reservedConcurrency: 50, tracing: true, functionUrlAuthType: "NONE", functionUrlQualifier: "live" });
    expect(node("EdgeFn")?.props).toMatchObject({ tracing: false });
    expect(node("EdgeFn")?.props.functionUrlAuthType).toBeUndefined();
  });

  it("DeadLetterConfig and EventInvokeConfig destinations become edges from the function", () => {
    expect(edge(result.diagram, "dead-letter-queue", "Fn", "Dlq")).toBeDefined();
    expect(edge(result.diagram, "destination", "Fn", "Done")?.props).toEqual({ invocation: "asynchronous", condition: "onSuccess" });
    expect(edge(result.diagram, "destination", "Fn", "Archive")?.props).toEqual({ invocation: "asynchronous", condition: "onFailure" });
  });

  it("event source mappings keep their batch settings and on-failure destination", () => {
    expect(edge(result.diagram, "invocation", "Jobs", "Fn")?.props).toEqual({ batchSize: 100, maximumBatchingWindowInSeconds: 5 });
    expect(edge(result.diagram, "invocation", "Orders", "Fn")?.props).toEqual({});
    expect(edge(result.diagram, "destination", "Fn", "Dlq")?.props).toEqual({ invocation: "event-source-mapping", condition: "onFailure" });
  });

  it("CloudFront Functions are drawn, and both kinds of association become edge-function edges", () => {
    expect(node("Rewrite")).toMatchObject({ kind: "aws.cloudfront-function", parent: null, props: { runtime: "cloudfront-js-2.0" } });
    expect(node("Rewrite")?.props.codeSizeKb).toBeCloseTo(0.05, 2);
    const associations = result.diagram.edges.filter((e) => e.kind === "edge-function").map((e) => [e.target, e.props]);
    expect(associations).toEqual(
      expect.arrayContaining([
        ["Rewrite", { eventType: "viewer-request", cacheBehavior: "*", qualifier: "1" }],
        ["EdgeFn", { eventType: "origin-request", cacheBehavior: "*", qualifier: "1" }],
        ["EdgeFn", { eventType: "viewer-request", cacheBehavior: "/api/*", qualifier: "$LATEST" }],
      ]),
    );
    expect(associations).toHaveLength(3);
  });
});

describe("importTemplate: code buckets and API integration types", () => {
  const result = imported(`Resources:
  Artifacts:
    Type: AWS::S3::Bucket
  Fn:
    Type: AWS::Lambda::Function
    Properties: { Runtime: python3.13, Handler: app.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { S3Bucket: !Ref Artifacts, S3Key: fn.zip } }
  Outside:
    Type: AWS::Lambda::Function
    Properties: { Runtime: python3.13, Handler: app.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { S3Bucket: shared-artifacts, S3Key: fn.zip } }
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: api }
  Get:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !GetAtt Api.RootResourceId
      HttpMethod: GET
      AuthorizationType: NONE
      Integration:
        Type: AWS
        IntegrationHttpMethod: POST
        Uri: !Sub arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Fn.Arn}/invocations
        RequestTemplates: { application/json: '{"id": "$input.params(''id'')"}' }
        TimeoutInMillis: 20000
  Post:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !GetAtt Api.RootResourceId
      HttpMethod: POST
      AuthorizationType: NONE
      Integration:
        Type: AWS_PROXY
        IntegrationHttpMethod: POST
        Uri: !Sub arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Outside.Arn}/invocations
        TimeoutInMillis: 25000
`);

  it("Code.S3Bucket naming a bucket of the template becomes a code-source edge; a bucket name does not", () => {
    expect(edge(result.diagram, "code-source", "Fn", "Artifacts")).toBeDefined();
    expect(result.diagram.edges.filter((e) => e.kind === "code-source" && e.source === "Outside")).toEqual([]);
  });

  it("a method's integration type and mapping templates sit on its invocation edge", () => {
    expect(edge(result.diagram, "invocation", "Api", "Fn")?.props).toEqual({ integrationType: "AWS", mappingTemplates: true });
    expect(edge(result.diagram, "invocation", "Api", "Outside")?.props).toEqual({ integrationType: "AWS_PROXY" });
  });

  it("the API keeps its methods' longest integration timeout", () => {
    expect(result.diagram.nodes.find((n) => n.id === "Api")?.props.integrationTimeoutMs).toBe(25_000);
  });
});
