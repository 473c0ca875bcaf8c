import { describe, expect, it } from "vitest";
import { defineRule } from "../../lib/engine/types";
import { build } from "../fixtures/build";
import { assertInvalid, assertValid } from "./rule-tester";

/** Reports every VPC labelled "bad"; its fix renames the VPC, or with `broken` does nothing. */
function vpcRule(options: { broken?: boolean; placeholder?: boolean } = {}) {
  return defineRule({
    meta: {
      id: "test-bad-vpc",
      severity: "warning",
      category: "diagram",
      title: { en: "No bad VPCs", ko: "나쁜 VPC 없음" },
      explanation: { en: "Test.", ko: "테스트." },
      docsUrl: "https://docs.aws.amazon.com/vpc/",
      facts: [],
      messages: { bad: { en: "VPC {vpc} is bad{extra}.", ko: "VPC {vpc}은(는) 나쁩니다{extra}." } },
    },
    create(context) {
      return {
        "aws.vpc"(vpc) {
          if (vpc.label !== "bad") return;
          context.report({
            messageId: "bad",
            nodeIds: [vpc.id],
            data: options.placeholder ? { vpc: vpc.label } : { vpc: vpc.label, extra: "" },
            fixes: [{ title: { en: "Rename", ko: "이름 바꾸기" }, ops: options.broken ? [] : [{ op: "updateNode", id: vpc.id, label: "good" }] }],
          });
        },
      };
    },
  });
}

const bad = build().vpc("v", null).label("v", "bad").diagram();
const good = build().vpc("v", null).diagram();

describe("the rule tester", () => {
  it("passes a rule that behaves", () => {
    assertValid(vpcRule(), good);
    assertInvalid(vpcRule(), { diagram: bad, expect: [{ messageId: "bad", message: "VPC bad is bad", nodeIds: ["v"], severity: "warning", fixes: ["Rename"] }] });
  });

  it("fails a finding on a valid diagram", () => {
    expect(() => assertValid(vpcRule(), bad)).toThrow(/findings on a valid diagram/);
  });

  it("fails a missing, an extra or a different finding", () => {
    expect(() => assertInvalid(vpcRule(), { diagram: good, expect: [{ messageId: "bad", nodeIds: ["v"] }] })).toThrow(/no finding matches/);
    expect(() => assertInvalid(vpcRule(), { diagram: bad, expect: [] })).toThrow(/beyond those expected/);
    expect(() => assertInvalid(vpcRule(), { diagram: bad, expect: [{ messageId: "bad", nodeIds: ["other"] }] })).toThrow(/no finding matches/);
    expect(() => assertInvalid(vpcRule(), { diagram: bad, expect: [{ message: "is fine", nodeIds: ["v"] }] })).toThrow(/no finding matches/);
    expect(() => assertInvalid(vpcRule(), { diagram: bad, expect: [{ messageId: "bad", nodeIds: ["v"], severity: "error" }] })).toThrow(/no finding matches/);
    expect(() => assertInvalid(vpcRule(), { diagram: bad, expect: [{ messageId: "bad", nodeIds: ["v"], fixes: [] }] })).toThrow(/no finding matches/);
  });

  it("fails an unfilled placeholder", () => {
    expect(() => assertInvalid(vpcRule({ placeholder: true }), { diagram: bad, expect: [{ messageId: "bad", nodeIds: ["v"] }] })).toThrow(/unfilled placeholder/);
  });

  it("fails a fix that does not resolve its finding, unless told it goes only part way", () => {
    expect(() => assertInvalid(vpcRule({ broken: true }), { diagram: bad, expect: [{ messageId: "bad", nodeIds: ["v"] }] })).toThrow(/does not resolve/);
    assertInvalid(vpcRule({ broken: true }), { diagram: bad, expect: [{ messageId: "bad", nodeIds: ["v"] }], fixesResolve: false });
  });
});

describe("the fixture builder", () => {
  it("fails loudly on a diagram the parser refuses", () => {
    expect(() => build().ec2("web", null).diagram()).toThrow(/fixture refused by parseDiagram:\n {2}\$\.nodes\[0\]\.parent: /);
  });

  it("fills defaults the way a file load does", () => {
    const diagram = build().vpc("v", null).diagram();
    expect(diagram.nodes[0]).toMatchObject({ id: "v", label: "v", props: { cidrBlock: "10.0.0.0/16", secondaryCidrBlocks: [] } });
  });
});
