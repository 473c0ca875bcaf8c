import { describe, expect, it } from "vitest";
import { readTemplateText } from "./read";

function raw(yaml: string) {
  const result = readTemplateText(yaml);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message.en}`).join("\n"));
  return result.raw;
}

describe("readTemplateText: short-form tags become long forms", () => {
  it.each([
    ["!Ref Name", { Ref: "Name" }],
    ["!Condition IsProd", { Condition: "IsProd" }],
    ["!GetAtt Bucket.Arn", { "Fn::GetAtt": ["Bucket", "Arn"] }],
    ["!GetAtt Stack.Outputs.VpcId", { "Fn::GetAtt": ["Stack", "Outputs.VpcId"] }],
    ["!GetAtt [Bucket, Arn]", { "Fn::GetAtt": ["Bucket", "Arn"] }],
    ["!Sub 'arn:${AWS::Partition}:s3:::${Bucket}'", { "Fn::Sub": "arn:${AWS::Partition}:s3:::${Bucket}" }],
    ["!Sub ['${A}-x', {A: !Ref B}]", { "Fn::Sub": ["${A}-x", { A: { Ref: "B" } }] }],
    ["!Select [0, !GetAZs '']", { "Fn::Select": [0, { "Fn::GetAZs": "" }] }],
    ["!Join ['-', [a, b]]", { "Fn::Join": ["-", ["a", "b"]] }],
    ["!Split [',', 'a,b']", { "Fn::Split": [",", "a,b"] }],
    ["!If [C, a, b]", { "Fn::If": ["C", "a", "b"] }],
    ["!Equals [a, b]", { "Fn::Equals": ["a", "b"] }],
    ["!And [!Condition A, !Condition B]", { "Fn::And": [{ Condition: "A" }, { Condition: "B" }] }],
    ["!Or [!Condition A, !Condition B]", { "Fn::Or": [{ Condition: "A" }, { Condition: "B" }] }],
    ["!Not [!Condition A]", { "Fn::Not": [{ Condition: "A" }] }],
    ["!FindInMap [M, k1, k2]", { "Fn::FindInMap": ["M", "k1", "k2"] }],
    ["!Cidr [10.0.0.0/16, 2, 8]", { "Fn::Cidr": ["10.0.0.0/16", 2, 8] }],
    ["!ImportValue Shared-VpcId", { "Fn::ImportValue": "Shared-VpcId" }],
    ["!Base64 hello", { "Fn::Base64": "hello" }],
    ["!GetAZs us-west-2", { "Fn::GetAZs": "us-west-2" }],
  ])("%s", (yaml, expected) => {
    expect(raw(`Value: ${yaml}\n`)).toEqual({ Value: expected });
  });

  it("reads a tag on a block mapping and a block sequence", () => {
    expect(raw("V: !Base64\n  Fn::Sub: x\nL: !Join\n  - ''\n  - [a, b]\n")).toEqual({ V: { "Fn::Base64": { "Fn::Sub": "x" } }, L: { "Fn::Join": ["", ["a", "b"]] } });
  });

  it("reads JSON, and JSON with a comment through YAML", () => {
    expect(raw('{"Resources": {"A": {"Type": "AWS::SQS::Queue"}}}')).toEqual({ Resources: { A: { Type: "AWS::SQS::Queue" } } });
  });

  it("expands aliases", () => {
    expect(raw("a: &x {b: 1}\nc: *x\n")).toEqual({ a: { b: 1 }, c: { b: 1 } });
  });

  it("keeps the value under a tag CloudFormation does not have, and a __proto__ key as an ordinary key", () => {
    expect(raw("a: !Unknown text\nb: !Custom [1]\n")).toEqual({ a: "text", b: [1] });
    const parsed = raw("__proto__: {polluted: true}\nt: !Base64 {__proto__: 1}\n") as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(["__proto__", "t"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
  });

  it("refuses duplicate keys and too many aliases, saying where", () => {
    const duplicate = readTemplateText("Resources:\n  A: 1\n  A: 2\n");
    expect(duplicate).toMatchObject({ ok: false, errors: [{ path: "line 3, column 3" }] });
    const many = `x: &a 1\nl: [${Array(10_001).fill("*a").join(", ")}]\n`;
    expect(readTemplateText(many).ok).toBe(false);
    expect(raw("d: 2010-09-09\n")).toEqual({ d: "2010-09-09" });
  });

  it("says where the text is broken", () => {
    const result = readTemplateText("Resources:\n  A: [unclosed\n");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.path).toMatch(/^line \d+, column \d+$/);
    expect(readTemplateText("   ")).toMatchObject({ ok: false });
  });
});
