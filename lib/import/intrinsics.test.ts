import { describe, expect, it } from "vitest";
import { cidrSubnets, Evaluator, zonesOf, type TemplateParts } from "./intrinsics";
import { NO_VALUE, ResourceRef, Unknown } from "./values";
import type { Raw } from "./read";

const parts = (overrides: Partial<TemplateParts> = {}): TemplateParts => ({
  parameters: {
    Env: { Type: "String", Default: "prod" },
    NoDefault: { Type: "String" },
    Subnets: { Type: "CommaDelimitedList", Default: "a,b" },
    Count: { Type: "Number", Default: 2 },
  },
  mappings: { Regions: { "us-east-1": { Ami: "ami-1" } } },
  conditions: {
    IsProd: { "Fn::Equals": [{ Ref: "Env" }, "prod"] },
    IsDev: { "Fn::Not": [{ Condition: "IsProd" }] },
    Both: { "Fn::And": [{ Condition: "IsProd" }, { Condition: "IsDev" }] },
    Either: { "Fn::Or": [{ Condition: "IsProd" }, { Condition: "IsDev" }] },
    Undecided: { "Fn::Equals": [{ Ref: "NoDefault" }, "x"] },
    OrUndecided: { "Fn::Or": [{ Condition: "Undecided" }, { Condition: "IsProd" }] },
  },
  resources: {
    Vpc: { Type: "AWS::EC2::VPC", Properties: { CidrBlock: "10.1.0.0/16" } },
    Bucket: { Type: "AWS::S3::Bucket" },
    DevOnly: { Type: "AWS::S3::Bucket", Condition: "IsDev" },
  },
  ...overrides,
});

function ev(options = {}, overrides: Partial<TemplateParts> = {}) {
  return new Evaluator(parts(overrides), options);
}

const value = (raw: Raw, options = {}) => {
  const e = ev(options);
  const v = e.evaluate(raw, "V");
  return { v, errors: e.errors };
};

describe("Evaluator", () => {
  it("Ref: parameters (defaults, given values, lists), pseudo parameters, resources", () => {
    expect(value({ Ref: "Env" }).v).toBe("prod");
    expect(value({ Ref: "Env" }, { parameters: { Env: "dev" } }).v).toBe("dev");
    expect(value({ Ref: "Subnets" }).v).toEqual(["a", "b"]);
    expect(value({ Ref: "NoDefault" }).v).toEqual(new Unknown("parameter NoDefault has no value"));
    expect(value({ Ref: "AWS::Region" }).v).toBe("us-east-1");
    expect(value({ Ref: "AWS::Region" }, { region: "eu-west-1" }).v).toBe("eu-west-1");
    expect(value({ Ref: "AWS::AccountId" }).v).toBe("123456789012");
    expect(value({ Ref: "AWS::Partition" }, { region: "cn-north-1" }).v).toBe("aws-cn");
    expect(value({ Ref: "AWS::URLSuffix" }).v).toBe("amazonaws.com");
    expect(value({ Ref: "AWS::StackName" }).v).toBe("imported-stack");
    expect(value({ Ref: "AWS::NoValue" }).v).toBe(NO_VALUE);
    expect(value({ Ref: "Bucket" }).v).toEqual(new ResourceRef("Bucket"));
    expect(value({ Ref: "DevOnly" }).v).toBeInstanceOf(Unknown);
    expect(value({ Ref: "Nope" }).errors[0]!.path).toBe("V.Ref");
  });

  it("AWS::NoValue removes the key or the item", () => {
    expect(value({ A: { Ref: "AWS::NoValue" }, B: [1, { Ref: "AWS::NoValue" }] }).v).toEqual({ B: [1] });
  });

  it("refuses a value for a parameter the template does not declare", () => {
    expect(ev({ parameters: { Other: "x" } }).errors[0]!.message.en).toContain('"Other"');
  });

  it("Fn::GetAtt: a reference, or the value the template decides (a VPC's CIDR)", () => {
    expect(value({ "Fn::GetAtt": ["Bucket", "Arn"] }).v).toEqual(new ResourceRef("Bucket", "Arn"));
    expect(value({ "Fn::GetAtt": ["Vpc", "CidrBlock"] }).v).toBe("10.1.0.0/16");
    expect(value({ "Fn::GetAtt": ["Missing", "Arn"] }).errors).toHaveLength(1);
  });

  it("Fn::Sub, string and list forms, with literals, attributes and escapes", () => {
    expect(value({ "Fn::Sub": "${AWS::Region}-${Env}-${!Literal}" }).v).toBe("us-east-1-prod-${Literal}");
    expect(value({ "Fn::Sub": ["${A}/${B}", { A: "x", B: { Ref: "Env" } }] }).v).toBe("x/prod");
    expect(value({ "Fn::Sub": "${Vpc.CidrBlock}" }).v).toBe("10.1.0.0/16");
    const arn = value({ "Fn::Sub": "arn:aws:s3:::${Bucket}/*" }).v;
    expect(arn).toBeInstanceOf(Unknown);
    expect((arn as Unknown).refs).toEqual(["Bucket"]);
  });

  it("Fn::Join, Fn::Split, Fn::Select", () => {
    expect(value({ "Fn::Join": ["-", ["a", { Ref: "Env" }, 3]] }).v).toBe("a-prod-3");
    expect(value({ "Fn::Join": [",", { Ref: "Subnets" }] }).v).toBe("a,b");
    expect(value({ "Fn::Split": [",", "a,b,c"] }).v).toEqual(["a", "b", "c"]);
    expect(value({ "Fn::Select": ["1", ["a", "b"]] }).v).toBe("b");
    expect(value({ "Fn::Select": [5, ["a"]] }).errors).toHaveLength(1);
    expect(value({ "Fn::Select": [0, { Ref: "NoDefault" }] }).v).toBeInstanceOf(Unknown);
  });

  it("Fn::GetAZs lists the Region's zones", () => {
    expect(value({ "Fn::Select": [2, { "Fn::GetAZs": "" }] }).v).toBe("us-east-1c");
    expect(value({ "Fn::GetAZs": { Ref: "AWS::Region" } }, { region: "eu-west-1" }).v).toEqual(["eu-west-1a", "eu-west-1b", "eu-west-1c"]);
    expect(zonesOf("us-east-1")).toHaveLength(6);
  });

  it("Fn::FindInMap, with keys from Refs and a default value", () => {
    expect(value({ "Fn::FindInMap": ["Regions", { Ref: "AWS::Region" }, "Ami"] }).v).toBe("ami-1");
    expect(value({ "Fn::FindInMap": ["Regions", "eu-west-1", "Ami", { DefaultValue: "ami-0" }] }).v).toBe("ami-0");
    expect(value({ "Fn::FindInMap": ["Regions", "eu-west-1", "Ami"] }).errors).toHaveLength(1);
  });

  it("Fn::Cidr, IPv4 and IPv6", () => {
    expect(value({ "Fn::Cidr": ["10.0.0.0/16", 3, 8] }).v).toEqual(["10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24"]);
    expect(cidrSubnets("2600:1f18:1::/56", 2, 64)).toEqual(["2600:1f18:1::/64", "2600:1f18:1:1::/64"]);
    expect(cidrSubnets("10.0.0.0/24", 3, 8)).toMatch(/fewer/);
    expect(value({ "Fn::Cidr": [{ "Fn::GetAtt": ["Vpc", "CidrBlock"] }, 1, 12] }).v).toEqual(["10.1.0.0/20"]);
  });

  it("Fn::ImportValue is unknown, naming the export", () => {
    expect(value({ "Fn::ImportValue": { "Fn::Sub": "${Env}-VpcId" } }).v).toEqual(new Unknown("ImportValue prod-VpcId", [], "prod-VpcId"));
  });

  it("Fn::Base64", () => {
    expect(value({ "Fn::Base64": "héllo" }).v).toBe(Buffer.from("héllo").toString("base64"));
  });

  it("Fn::If follows the condition; an undecided one makes the value unknown", () => {
    expect(value({ "Fn::If": ["IsProd", "big", "small"] }).v).toBe("big");
    expect(value({ "Fn::If": ["IsDev", "big", { Ref: "AWS::NoValue" }] }).v).toBe(NO_VALUE);
    expect(value({ "Fn::If": ["Undecided", "a", "b"] }).v).toBeInstanceOf(Unknown);
  });

  it("conditions: Equals, Not, And, Or, Condition, three-valued", () => {
    const e = ev();
    expect(e.condition("IsProd")).toBe(true);
    expect(e.condition("IsDev")).toBe(false);
    expect(e.condition("Both")).toBe(false);
    expect(e.condition("Either")).toBe(true);
    expect(e.condition("Undecided")).toBe("unknown");
    expect(e.condition("OrUndecided")).toBe(true);
    expect(ev({ parameters: { Env: "dev" } }).condition("IsDev")).toBe(true);
    const numbers = ev({}, { conditions: { Two: { "Fn::Equals": [{ Ref: "Count" }, 2] } } });
    expect(numbers.condition("Two")).toBe(true);
  });

  it("reports a condition that depends on itself", () => {
    const e = ev({}, { conditions: { Loop: { "Fn::Not": [{ Condition: "Loop" }] } } });
    expect(e.condition("Loop")).toBe("unknown");
    expect(e.errors[0]!.message.en).toContain("itself");
  });

  it("reports a malformed function with its path", () => {
    expect(value({ "Fn::Join": "nope" }).errors[0]!.path).toBe("V.Fn::Join");
  });
});
