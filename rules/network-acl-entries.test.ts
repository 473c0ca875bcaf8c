import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./network-acl-entries";

const entry = (ruleNumber: number) => ({ ruleNumber, cidrBlock: "0.0.0.0/0", action: "allow" });
const numbered = (count: number) => Array.from({ length: count }, (_, i) => entry(100 + i));
const acl = (props: Record<string, unknown>) => build().vpc("vpc-1", null).networkAcl("acl", "vpc-1", props).diagram();

testRule(rule, {
  valid: [
    { name: "a custom ACL with no rules", diagram: acl({}) },
    { name: "rule numbers 1 and 32766", diagram: acl({ inbound: [entry(1), entry(32766)] }) },
    { name: "the same number in each direction", diagram: acl({ inbound: [entry(100)], outbound: [entry(100)] }) },
    { name: "20 rules per direction", diagram: acl({ inbound: numbered(20), outbound: numbered(20) }) },
  ],
  invalid: [
    {
      name: "rule numbers 0 and 32767",
      diagram: acl({ inbound: [entry(0)], outbound: [entry(32767)] }),
      expect: [
        { messageId: "ruleNumber", message: "Network ACL acl has inbound rule number 0", nodeIds: ["acl"] },
        { messageId: "ruleNumber", message: "outbound rule number 32767", nodeIds: ["acl"] },
      ],
    },
    {
      name: "two inbound rules numbered 100",
      diagram: acl({ inbound: [entry(100), { ...entry(100), action: "deny" }] }),
      expect: [{ messageId: "duplicate", message: "has 2 inbound rules numbered 100", nodeIds: ["acl"] }],
    },
    {
      name: "21 inbound rules: over the default quota",
      diagram: acl({ inbound: numbered(21) }),
      expect: [{ messageId: "tooMany", message: "21 inbound rules", nodeIds: ["acl"], severity: "warning" }],
    },
    {
      name: "41 outbound rules: over the maximum",
      diagram: acl({ outbound: numbered(41) }),
      expect: [{ messageId: "overMaximum", nodeIds: ["acl"], severity: "error" }],
    },
  ],
});
