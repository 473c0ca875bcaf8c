import { describe, expect, it } from "vitest";
import { DiagramIndex } from "../diagram/graph";
import { validate } from "../engine";
import { analyzeReachability } from "../network";
import { formatImportReport, importTemplate } from ".";
import { expandForEach, type CollectionReader } from "./transforms";
import { Unknown } from "./values";
import { edge, internetEgress, load, where } from "./testing";

const literal: CollectionReader = (raw) => (Array.isArray(raw) ? (raw as string[]) : new Unknown("not a literal list"));

function imported(yaml: string) {
  const result = importTemplate(yaml);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message.en}`).join("\n"));
  return result;
}

describe("expandForEach (AWS::LanguageExtensions)", () => {
  it("repeats the fragment per item, with ${}, &{} and Ref of the identifier replaced", () => {
    const { value, errors } = expandForEach(
      { Keep: 1, "Fn::ForEach::Topics": ["Name", ["a.b", "c"], { "Topic&{Name}": { Type: "AWS::SNS::Topic", Properties: { TopicName: { Ref: "Name" }, DisplayName: "t-${Name}", Other: { Ref: "Other" } } } }] },
      "Resources",
      literal,
    );
    expect(errors).toEqual([]);
    expect(value).toEqual({
      Keep: 1,
      Topicab: { Type: "AWS::SNS::Topic", Properties: { TopicName: "a.b", DisplayName: "t-a.b", Other: { Ref: "Other" } } },
      Topicc: { Type: "AWS::SNS::Topic", Properties: { TopicName: "c", DisplayName: "t-c", Other: { Ref: "Other" } } },
    });
  });

  it("expands nested loops, and loops inside properties", () => {
    const { value } = expandForEach(
      {
        "Fn::ForEach::Outer": ["Env", ["Dev", "Prod"], { "Fn::ForEach::Inner": ["Tier", ["Web", "Db"], { "${Env}${Tier}": { Properties: { "Fn::ForEach::Vars": ["K", ["X"], { "${K}${Tier}": "${Env}" }] } } }] }],
      },
      "Resources",
      literal,
    );
    expect(Object.keys(value as object)).toEqual(["DevWeb", "DevDb", "ProdWeb", "ProdDb"]);
    expect((value as Record<string, unknown>).ProdDb).toEqual({ Properties: { XDb: "Prod" } });
  });

  it("a key produced twice and a malformed loop are errors; an undecided collection is reported, not guessed", () => {
    expect(expandForEach({ "Fn::ForEach::L": ["N", ["a", "b"], { Same: {} }] }, "Resources", literal).errors[0]?.message.en).toMatch(/twice/);
    expect(expandForEach({ "Fn::ForEach::L": ["N", ["a"]] }, "Resources", literal).errors).toHaveLength(1);
    const open = expandForEach({ A: 1, "Fn::ForEach::L": ["N", { Ref: "Names" }, { "X${N}": {} }] }, "Resources", literal);
    expect(open.value).toEqual({ A: 1 });
    expect(open.errors).toEqual([]);
    expect(open.notes[0]?.message.en).toMatch(/^Loop L \(Fn::ForEach\) is not expanded: its collection is not known \(not a literal list\)/);
  });
});

describe("a template written with Fn::ForEach, Fn::Length and Fn::ToJsonString", () => {
  const name = "language-extensions.yaml";
  const perZone = (z: string) => [`Public${z}`, `Private${z}`, `PublicAssoc${z}`, `NatEip${z}`, `Nat${z}`, `PrivateRt${z}`, `PrivateDefault${z}`, `PrivateAssoc${z}`];

  it("imports every expanded logical ID, each subnet in its zone", () => {
    const result = load(name);
    expect(result.report.resources.map((r) => r.logicalId)).toEqual([
      "Vpc", "Igw", "IgwAttachment", "PublicRt", "PublicDefault", ...perZone("A"), ...perZone("B"), "FunctionSg", "Queueordersin", "Queueauditlog", "Worker",
    ]);
    expect(result.report.transforms).toEqual([{ name: "AWS::LanguageExtensions", applied: true }]);
    const { diagram } = result;
    expect(where(diagram, "PrivateB")).toBe("aws.subnet in Vpc-us-east-1b");
    expect(diagram.nodes.find((n) => n.id === "PrivateB")?.props.cidrBlock).toBe("10.1.11.0/24");
    expect(edge(diagram, "route", "PrivateRtA", "NatA")?.props.destination).toBe("0.0.0.0/0");
    expect(where(diagram, "Worker")).toBe("aws.lambda in PrivateA");
    expect(internetEgress(diagram, "Worker")).toBe("yes");
    expect(validate(diagram).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("the collection follows the parameter; Fn::Length decides the condition", () => {
    const three = load(name, { parameters: { Zones: "A,B,C" } });
    expect(where(three.diagram, "NatC")).toBe("aws.nat-gateway in PublicC");
    expect(three.report.resources).toHaveLength(5 + 3 * 8 + 4);
    const one = load(name, { parameters: { Zones: "A" } });
    expect(one.report.conditions).toEqual([{ name: "SeveralZones", value: false }]);
    expect(one.report.resources.find((r) => r.logicalId === "Worker")).toMatchObject({ outcome: "skipped" });
    expect(one.diagram.nodes.some((n) => n.id === "PublicB")).toBe(false);
  });

  it("the YAML and the JSON template give the same diagram", () => {
    expect(load("language-extensions.json").diagram).toEqual(load(name).diagram);
  });

  it("Fn::ToJsonString and Fn::Length evaluate", () => {
    const result = imported(`Transform: AWS::LanguageExtensions
Parameters:
  Names: { Type: CommaDelimitedList, Default: "a,b,c" }
Conditions:
  Three: !Equals [{"Fn::Length": !Ref Names}, 3]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Condition: Three
    Properties:
      BucketName: !Join ["-", [bucket, {"Fn::Length": [x, y]}]]
      Tags:
        - Key: names
          Value: !ToJsonString { names: !Ref Names }
`);
    expect(result.report.conditions).toEqual([{ name: "Three", value: true }]);
    expect(result.diagram.nodes.find((n) => n.id === "Bucket")?.props.bucketName).toBe("bucket-2");
  });
});

describe("transforms and macros Archlint does not run are reported", () => {
  it("an unknown transform is listed as not applied, with a note; the rest imports", () => {
    const result = imported(`Transform: [AWS::LanguageExtensions, CompanyMacro]
Resources:
  Queue:
    Type: AWS::SQS::Queue
`);
    expect(result.report.transforms).toEqual([
      { name: "AWS::LanguageExtensions", applied: true },
      { name: "CompanyMacro", applied: false },
    ]);
    expect(result.report.notes.map((n) => n.message.en)).toContainEqual(expect.stringMatching(/^Transform CompanyMacro is not applied/));
    expect(formatImportReport(result.report, "en")).toContain("\nTransforms: AWS::LanguageExtensions (applied), CompanyMacro (not applied)\n");
    expect(formatImportReport(result.report, "ko")).toContain("\n변환: AWS::LanguageExtensions (적용), CompanyMacro (적용 안 함)\n");
    expect(result.diagram.nodes.some((n) => n.id === "Queue")).toBe(true);
  });

  it("AWS::Include on the Resources section and a macro on a property are noted, not failures", () => {
    const result = imported(`Resources:
  Fn::Transform:
    Name: AWS::Include
    Parameters: { Location: s3://bucket/more.yaml }
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      Fn::Transform: { Name: Defaults }
`);
    expect(result.report.resources.map((r) => r.logicalId)).toEqual(["Queue"]);
    const notes = result.report.notes.map((n) => `${n.logicalId ?? "-"}: ${n.message.en}`);
    expect(notes).toContainEqual(expect.stringMatching(/^-: Resources\.Fn::Transform runs AWS::Include, which Archlint does not run: the resources it would add are not in the diagram/));
    expect(notes).toContainEqual(expect.stringMatching(/^Queue: Resources\.Queue\.Properties\.Fn::Transform runs Defaults/));
  });

  it("Fn::ForEach without the transform is expanded and noted; a loop over an unset parameter is reported", () => {
    const result = imported(`Parameters:
  Names: { Type: CommaDelimitedList }
Resources:
  Fn::ForEach::Queues:
    - N
    - [a, b]
    - Queue\${N}: { Type: AWS::SQS::Queue }
  Fn::ForEach::Topics:
    - N
    - !Ref Names
    - Topic\${N}: { Type: AWS::SNS::Topic }
`);
    expect(result.report.resources.map((r) => r.logicalId)).toEqual(["Queuea", "Queueb"]);
    const notes = result.report.notes.map((n) => n.message.en);
    expect(notes).toContainEqual(expect.stringMatching(/without the AWS::LanguageExtensions transform/));
    expect(notes).toContainEqual(expect.stringMatching(/^Loop Topics \(Fn::ForEach\) is not expanded: its collection is not known \(parameter Names has no value\)/));
    const given = importTemplate(
      ["Transform: AWS::LanguageExtensions", "Parameters:", "  Names: { Type: CommaDelimitedList }", "Resources:", "  Fn::ForEach::Topics:", "    - N", "    - !Ref Names", "    - Topic${N}:", "        Type: AWS::SNS::Topic"].join("\n"),
      { parameters: { Names: "x,y" } },
    );
    expect(given.ok && given.report.resources.map((r) => r.logicalId)).toEqual(["Topicx", "Topicy"]);
  });
});

describe("a VPC and subnets from outside the template (Fn::ImportValue, a nested stack's outputs)", () => {
  const name = "imported-network.yaml";

  it("draws stand-ins so what uses them still nests, and lists them in the report", () => {
    const result = load(name);
    const { diagram } = result;
    const vpc = "imported-vpc-network-VpcId";
    expect(where(diagram, vpc)).toBe("aws.vpc in region-us-east-1");
    expect(where(diagram, "AppSecurityGroup")).toBe(`aws.security-group in ${vpc}`);
    expect(where(diagram, "BatchSubnet")).toBe(`aws.subnet in ${vpc}-us-east-1a`);
    expect(where(diagram, "imported-subnet-network-PrivateSubnetA")).toBe(`aws.subnet in ${vpc}`);
    expect(where(diagram, "Api")).toBe("aws.lambda in imported-subnet-network-PrivateSubnetA");
    expect(edge(diagram, "placement", "Api", "imported-subnet-network-PrivateSubnetB")).toBeDefined();
    expect(where(diagram, "Reader")).toBe("aws.lambda in imported-subnet-DataStack-Outputs-SubnetId");
    // Addresses that keep the address rules quiet: the /16 around the template's own subnet, free /24s.
    const props = (id: string) => diagram.nodes.find((n) => n.id === id)?.props;
    expect(props(vpc)?.cidrBlock).toBe("10.50.0.0/16");
    expect(props("imported-subnet-network-PrivateSubnetA")?.cidrBlock).toBe("10.50.0.0/24");
    expect(props("imported-subnet-network-PrivateSubnetB")?.cidrBlock).toBe("10.50.1.0/24");
    expect(result.report.unknowns).toContainEqual(expect.objectContaining({ logicalId: "Api", property: "VpcConfig.SubnetIds[0]", reason: "ImportValue network-PrivateSubnetA" }));
    expect(result.report.unknowns).toContainEqual(expect.objectContaining({ logicalId: "Reader", property: "VpcConfig.SubnetIds[0]", reason: "output SubnetId of nested stack DataStack" }));
    expect(result.report.unknowns).toContainEqual(expect.objectContaining({ logicalId: vpc, property: "CidrBlock" }));
  });

  it("verdicts that depend on the outside network say unknown, and no rule blames the stand-ins", () => {
    const { diagram } = load(name);
    expect(internetEgress(diagram, "Api")).toBe("unknown");
    expect(internetEgress(diagram, "BatchHost")).toBe("unknown");
    expect(analyzeReachability(new DiagramIndex(diagram)).profiles.Api?.internetEgress?.overall.blocker?.code).toBe("no-route-table");
    const findings = validate(diagram).map((f) => `${f.severity} ${f.ruleId} ${f.nodeIds[0]}`);
    expect(findings.filter((f) => f.startsWith("error"))).toEqual([]);
    expect(findings.filter((f) => /subnet-cidr|subnet-in-one-az|vpc-cidr|security-group-vpc|lambda-single-az/.test(f))).toEqual([]);
  });

  it("the nested stack is listed with what is not followed", () => {
    const outcome = load(name).report.resources.find((r) => r.logicalId === "DataStack");
    expect(outcome).toMatchObject({ outcome: "omitted", type: "AWS::CloudFormation::Stack" });
    const reason = outcome?.outcome === "omitted" ? outcome.reason : undefined;
    expect(reason?.en).toMatch(/^a nested stack whose template \(\.\/data\.yaml\) is not followed, so the resources it creates are not in the diagram; it is given VpcId/);
    expect(reason?.en).toMatch(/\.\/data\.yaml is a local file: import it on its own/);
    expect(reason?.ko).toMatch(/중첩 스택/);
  });

  it("subnets imported with no single imported VPC share one stand-in VPC", () => {
    const result = imported(`Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      Role: arn:aws:iam::123456789012:role/fn
      Code: { ZipFile: "exports.handler = async () => 1" }
      VpcConfig:
        SubnetIds: [!ImportValue a-subnet, !ImportValue b-subnet]
`);
    const parents = result.diagram.nodes.filter((n) => n.id.startsWith("imported-subnet-")).map((n) => n.parent);
    expect(parents).toEqual(["imported-vpc-VPC-of-imported-subnets", "imported-vpc-VPC-of-imported-subnets"]);
    expect(internetEgress(result.diagram, "Fn")).toBe("unknown");
  });

  it("the YAML and the JSON template give the same diagram", () => {
    expect(load("imported-network.json").diagram).toEqual(load(name).diagram);
  });

  it("a database, an internet-facing ALB and an instance in imported subnets: nested, and no finding blames the stand-ins", () => {
    const result = imported(`Resources:
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties: { GroupDescription: x, VpcId: !ImportValue net-VpcId }
  Subnets:
    Type: AWS::RDS::DBSubnetGroup
    Properties: { DBSubnetGroupDescription: d, SubnetIds: [!ImportValue net-SubnetA, !ImportValue net-SubnetB] }
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres, DBInstanceClass: db.t3.micro, AllocatedStorage: "20", MultiAZ: true, DBSubnetGroupName: !Ref Subnets, VPCSecurityGroups: [!Ref Sg] }
  Alb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties: { Scheme: internet-facing, Subnets: [!ImportValue net-PublicA, !ImportValue net-PublicB], SecurityGroups: [!Ref Sg] }
  Host:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ami-12345678, InstanceType: t3.micro, SubnetId: !ImportValue net-PublicA, SecurityGroupIds: [!Ref Sg] }
`);
    expect(where(result.diagram, "Db")).toBe("aws.rds-instance in imported-subnet-net-SubnetA");
    expect(where(result.diagram, "Alb")).toBe("aws.alb in imported-subnet-net-PublicA");
    expect(where(result.diagram, "imported-subnet-net-PublicB")).toBe("aws.subnet in imported-vpc-net-VpcId");
    expect(validate(result.diagram)).toEqual([]);
    expect(internetEgress(result.diagram, "Host")).toBe("unknown");
  });
});
