/**
 * A realistic CloudFormation template (YAML, short-form tags) of exactly `target` resources, for the
 * import benchmark. Each block of 50 is one VPC as people write them: an internet gateway and its
 * attachment, public and private subnets over three zones (`!Select`/`!GetAZs`, `!Cidr` of the VPC's
 * block), a NAT gateway with its Elastic IP per zone (behind a condition), route tables with routes
 * and associations, security groups with separate ingress rules, Lambdas with VpcConfig and an SQS
 * event source, an IAM role (a type Archlint does not draw), instances with volumes and attachments,
 * an ALB with a target group and listener, and RDS in a subnet group. A last, partial block is
 * filled with queues so the count is exact.
 */
export function generateTemplate(target: number): string {
  const out: string[] = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    `Description: Generated benchmark template of ${target} resources`,
    "Parameters:",
    "  EnvName:",
    "    Type: String",
    "    Default: bench",
    "  CreateNatGateways:",
    "    Type: String",
    '    Default: "true"',
    '    AllowedValues: ["true", "false"]',
    "Conditions:",
    '  HasNat: !Equals [!Ref CreateNatGateways, "true"]',
    "Mappings:",
    "  RegionMap:",
    "    us-east-1:",
    "      Ami: ami-0abcdef1234567890",
    "    us-west-2:",
    "      Ami: ami-0fedcba9876543210",
    "Resources:",
  ];
  let count = 0;
  const resource = (id: string, type: string, props: string[] = [], extra: string[] = []) => {
    if (count >= target) return;
    count++;
    out.push(`  ${id}:`, `    Type: ${type}`, ...extra.map((l) => `    ${l}`));
    if (props.length > 0) out.push("    Properties:", ...props.map((l) => `      ${l}`));
  };
  for (let v = 0; count < target; v++) {
    if (target - count < BLOCK_SIZE) {
      for (let q = 0; count < target; q++) resource(`Queue${v}x${q}`, "AWS::SQS::Queue", [`QueueName: !Sub "\${EnvName}-fill-${v}-${q}"`]);
      break;
    }
    block(v, resource);
  }
  return `${out.join("\n")}\n`;
}

/** Resources per VPC block (checked by the benchmark's own assertion on the generated count). */
export const BLOCK_SIZE = 50;

type Add = (id: string, type: string, props?: string[], extra?: string[]) => void;

function block(v: number, add: Add): void {
  const p = (id: string) => `${id}${v}`;
  add(p("Vpc"), "AWS::EC2::VPC", [
    `CidrBlock: 10.${v % 250}.0.0/16`,
    "EnableDnsSupport: true",
    "EnableDnsHostnames: true",
    "Tags:",
    `  - Key: Name`,
    `    Value: !Sub "\${EnvName}-vpc-${v}"`,
  ]);
  add(p("Igw"), "AWS::EC2::InternetGateway");
  add(p("IgwAttachment"), "AWS::EC2::VPCGatewayAttachment", [`VpcId: !Ref ${p("Vpc")}`, `InternetGatewayId: !Ref ${p("Igw")}`]);
  add(p("PublicRt"), "AWS::EC2::RouteTable", [`VpcId: !Ref ${p("Vpc")}`]);
  add(p("PublicDefault"), "AWS::EC2::Route", [`RouteTableId: !Ref ${p("PublicRt")}`, "DestinationCidrBlock: 0.0.0.0/0", `GatewayId: !Ref ${p("Igw")}`], [`DependsOn: ${p("IgwAttachment")}`]);
  const zones = ["A", "B", "C"];
  zones.forEach((z, i) => {
    add(p(`Public${z}`), "AWS::EC2::Subnet", [
      `VpcId: !Ref ${p("Vpc")}`,
      `AvailabilityZone: !Select [${i}, !GetAZs ""]`,
      `CidrBlock: !Select [${i}, !Cidr [!GetAtt ${p("Vpc")}.CidrBlock, 6, 8]]`,
      "MapPublicIpOnLaunch: true",
    ]);
    add(p(`Private${z}`), "AWS::EC2::Subnet", [
      `VpcId: !Ref ${p("Vpc")}`,
      `AvailabilityZone: !Select [${i}, !GetAZs ""]`,
      `CidrBlock: !Select [${i + 3}, !Cidr [!GetAtt ${p("Vpc")}.CidrBlock, 6, 8]]`,
    ]);
    add(p(`PublicAssoc${z}`), "AWS::EC2::SubnetRouteTableAssociation", [`SubnetId: !Ref ${p(`Public${z}`)}`, `RouteTableId: !Ref ${p("PublicRt")}`]);
    add(p(`NatEip${z}`), "AWS::EC2::EIP", ["Domain: vpc"], ["Condition: HasNat", `DependsOn: ${p("IgwAttachment")}`]);
    add(p(`Nat${z}`), "AWS::EC2::NatGateway", [`SubnetId: !Ref ${p(`Public${z}`)}`, `AllocationId: !GetAtt ${p(`NatEip${z}`)}.AllocationId`], ["Condition: HasNat"]);
    add(p(`PrivateRt${z}`), "AWS::EC2::RouteTable", [`VpcId: !Ref ${p("Vpc")}`]);
    add(p(`PrivateDefault${z}`), "AWS::EC2::Route", [`RouteTableId: !Ref ${p(`PrivateRt${z}`)}`, "DestinationCidrBlock: 0.0.0.0/0", `NatGatewayId: !Ref ${p(`Nat${z}`)}`], ["Condition: HasNat"]);
    add(p(`PrivateAssoc${z}`), "AWS::EC2::SubnetRouteTableAssociation", [`SubnetId: !Ref ${p(`Private${z}`)}`, `RouteTableId: !Ref ${p(`PrivateRt${z}`)}`]);
  });
  add(p("AlbSg"), "AWS::EC2::SecurityGroup", [
    "GroupDescription: Load balancer",
    `VpcId: !Ref ${p("Vpc")}`,
    "SecurityGroupIngress:",
    "  - IpProtocol: tcp",
    "    FromPort: 443",
    "    ToPort: 443",
    "    CidrIp: 0.0.0.0/0",
  ]);
  add(p("AppSg"), "AWS::EC2::SecurityGroup", ["GroupDescription: Application", `VpcId: !Ref ${p("Vpc")}`]);
  add(p("AppFromAlb"), "AWS::EC2::SecurityGroupIngress", [`GroupId: !Ref ${p("AppSg")}`, "IpProtocol: tcp", "FromPort: 8080", "ToPort: 8080", `SourceSecurityGroupId: !Ref ${p("AlbSg")}`]);
  add(p("DbSg"), "AWS::EC2::SecurityGroup", ["GroupDescription: Database", `VpcId: !Ref ${p("Vpc")}`]);
  add(p("DbFromApp"), "AWS::EC2::SecurityGroupIngress", [`GroupId: !GetAtt ${p("DbSg")}.GroupId`, "IpProtocol: tcp", "FromPort: 3306", "ToPort: 3306", `SourceSecurityGroupId: !Ref ${p("AppSg")}`]);
  add(p("FnRole"), "AWS::IAM::Role", [
    "AssumeRolePolicyDocument:",
    '  Version: "2012-10-17"',
    "  Statement:",
    "    - Effect: Allow",
    "      Principal: { Service: lambda.amazonaws.com }",
    "      Action: sts:AssumeRole",
    "ManagedPolicyArns:",
    '  - !Sub "arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole"',
  ]);
  add(p("Jobs"), "AWS::SQS::Queue", ["VisibilityTimeout: 180", "ReceiveMessageWaitTimeSeconds: 20"]);
  for (const [i, name] of ["Api", "Worker"].entries()) {
    add(p(name), "AWS::Lambda::Function", [
      "Runtime: python3.12",
      "Handler: index.handler",
      `Role: !GetAtt ${p("FnRole")}.Arn`,
      `MemorySize: ${256 * (i + 1)}`,
      "Timeout: 30",
      "Code:",
      "  ZipFile: |",
      "    def handler(event, context):",
      "        return {'statusCode': 200}",
      "VpcConfig:",
      `  SubnetIds: [!Ref ${p("PrivateA")}, !Ref ${p("PrivateB")}, !Ref ${p("PrivateC")}]`,
      `  SecurityGroupIds: [!Ref ${p("AppSg")}]`,
    ]);
  }
  add(p("WorkerJobs"), "AWS::Lambda::EventSourceMapping", [`EventSourceArn: !GetAtt ${p("Jobs")}.Arn`, `FunctionName: !Ref ${p("Worker")}`, "BatchSize: 10"]);
  for (const z of ["A", "B"]) {
    add(p(`Host${z}`), "AWS::EC2::Instance", [
      "InstanceType: t3.micro",
      'ImageId: !FindInMap [RegionMap, !Ref "AWS::Region", Ami]',
      `SubnetId: !Ref ${p(`Private${z}`)}`,
      `SecurityGroupIds: [!Ref ${p("AppSg")}]`,
    ]);
    add(p(`Data${z}`), "AWS::EC2::Volume", [`AvailabilityZone: !GetAtt ${p(`Host${z}`)}.AvailabilityZone`, "Size: 100", "VolumeType: gp3", "Encrypted: true"]);
    add(p(`DataAttach${z}`), "AWS::EC2::VolumeAttachment", [`InstanceId: !Ref ${p(`Host${z}`)}`, `VolumeId: !Ref ${p(`Data${z}`)}`, "Device: /dev/sdf"]);
  }
  add(p("Alb"), "AWS::ElasticLoadBalancingV2::LoadBalancer", [
    "Scheme: internet-facing",
    "Type: application",
    `Subnets: [!Ref ${p("PublicA")}, !Ref ${p("PublicB")}, !Ref ${p("PublicC")}]`,
    `SecurityGroups: [!Ref ${p("AlbSg")}]`,
  ]);
  add(p("AppTargets"), "AWS::ElasticLoadBalancingV2::TargetGroup", [
    "Port: 8080",
    "Protocol: HTTP",
    `VpcId: !Ref ${p("Vpc")}`,
    "TargetType: instance",
    "Targets:",
    `  - Id: !Ref ${p("HostA")}`,
    `  - Id: !Ref ${p("HostB")}`,
  ]);
  add(p("HttpsListener"), "AWS::ElasticLoadBalancingV2::Listener", [
    `LoadBalancerArn: !Ref ${p("Alb")}`,
    "Port: 443",
    "Protocol: HTTPS",
    "Certificates:",
    `  - CertificateArn: !Sub "arn:\${AWS::Partition}:acm:\${AWS::Region}:\${AWS::AccountId}:certificate/bench-${v}"`,
    "DefaultActions:",
    "  - Type: forward",
    `    TargetGroupArn: !Ref ${p("AppTargets")}`,
  ]);
  add(p("DbSubnets"), "AWS::RDS::DBSubnetGroup", ["DBSubnetGroupDescription: Private subnets", `SubnetIds: [!Ref ${p("PrivateA")}, !Ref ${p("PrivateB")}, !Ref ${p("PrivateC")}]`]);
  add(p("Db"), "AWS::RDS::DBInstance", [
    "Engine: mysql",
    "DBInstanceClass: db.t3.medium",
    'AllocatedStorage: "100"',
    "MultiAZ: true",
    "StorageEncrypted: true",
    "MasterUsername: admin",
    "ManageMasterUserPassword: true",
    `DBSubnetGroupName: !Ref ${p("DbSubnets")}`,
    `VPCSecurityGroups: [!GetAtt ${p("DbSg")}.GroupId]`,
  ], ["DeletionPolicy: Snapshot", "UpdateReplacePolicy: Snapshot"]);
}
