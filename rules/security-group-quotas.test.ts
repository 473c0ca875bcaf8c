import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./security-group-quotas";

const inbound = (count: number, cidr: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => ({ protocol: "tcp", fromPort: 1000 + i, toPort: 1000 + i, source: cidr(i) }));
const v4 = (i: number) => `10.${i}.0.0/16`;
const v6 = (i: number) => `2001:db8:${i.toString(16)}::/48`;
const group = (props: Record<string, unknown>) => build().vpc("vpc-1", null).securityGroup("sg", "vpc-1", props).diagram();

/** Instance `i-1` in `count` security groups `sg-1` … `sg-n`. */
function memberOf(count: number) {
  const b = build().vpc("vpc-1", null).az("az-a", "vpc-1").subnet("s-1", "az-a").ec2("i-1", "s-1");
  for (let i = 1; i <= count; i++) b.securityGroup(`sg-${i}`, "vpc-1").member("i-1", `sg-${i}`);
  return b.diagram();
}
const groups = (count: number) => Array.from({ length: count }, (_, i) => `sg-${i + 1}`);

testRule(rule, {
  valid: [
    { name: "60 IPv4 inbound rules", diagram: group({ ingress: inbound(60, v4) }) },
    { name: "60 IPv4 and 60 IPv6 inbound rules: counted apart", diagram: group({ ingress: [...inbound(60, v4), ...inbound(60, v6)] }) },
    { name: "an instance in 5 groups", diagram: memberOf(5) },
  ],
  invalid: [
    {
      name: "61 IPv4 inbound rules",
      diagram: group({ ingress: inbound(61, v4) }),
      expect: [{ messageId: "tooManyRules", message: "Security group sg has 61 inbound IPv4 rules", nodeIds: ["sg"], severity: "warning" }],
    },
    {
      name: "61 IPv6 outbound rules",
      diagram: group({ egress: inbound(61, v6).map(({ source, ...r }) => ({ ...r, destination: source })) }),
      expect: [{ messageId: "tooManyRules", message: "61 outbound IPv6 rules", nodeIds: ["sg"] }],
    },
    {
      name: "an instance in 6 groups",
      diagram: memberOf(6),
      expect: [{ messageId: "tooManyGroups", message: "i-1 is in 6 security groups", nodeIds: ["i-1", ...groups(6)], severity: "warning" }],
    },
    {
      name: "an instance in 17 groups",
      diagram: memberOf(17),
      expect: [{ messageId: "overMaximum", nodeIds: ["i-1", ...groups(17)], severity: "error" }],
    },
  ],
});
