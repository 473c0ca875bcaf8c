import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./gwlb-security-groups";

const base = () => build().vpc("vpc-1", null).securityGroup("sg", "vpc-1");

testRule(rule, {
  valid: [
    { name: "a GWLB without security groups", diagram: base().gwlb("gw", "vpc-1").diagram() },
    { name: "an NLB in a security group", diagram: base().nlb("nlb", "vpc-1").member("nlb", "sg").diagram() },
  ],
  invalid: [
    {
      name: "a GWLB in a security group",
      diagram: base().gwlb("gw", "vpc-1").member("gw", "sg").diagram(),
      expect: [{ messageId: "gwlbGroup", message: "Gateway Load Balancer gw is in security group sg", nodeIds: ["gw", "sg"], fixes: ["Remove it from the security group"] }],
    },
  ],
});
