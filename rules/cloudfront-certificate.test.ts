import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./cloudfront-certificate";

const distribution = (props: Record<string, unknown>) => build().distribution("cdn", props).diagram();

testRule(rule, {
  valid: [
    { name: "the default certificate without alternate names", diagram: distribution({}) },
    { name: "a us-east-1 certificate for an alternate name", diagram: distribution({ aliases: ["www.example.com"], certificateRegion: "us-east-1" }) },
  ],
  invalid: [
    {
      name: "a certificate from eu-west-1",
      diagram: distribution({ aliases: ["www.example.com"], certificateRegion: "eu-west-1" }),
      expect: [{ messageId: "wrongRegion", message: "Distribution cdn uses a certificate from eu-west-1", nodeIds: ["cdn"], fixes: ["Use a certificate from us-east-1"] }],
    },
    {
      name: "alternate names on the default certificate",
      diagram: distribution({ aliases: ["www.example.com", "example.com"] }),
      expect: [{ messageId: "aliasesWithoutCertificate", message: "(www.example.com, example.com)", nodeIds: ["cdn"], fixes: ["Use a certificate from us-east-1"] }],
    },
  ],
});
