import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./ec2-serial-console-nitro";

const instance = (props: Record<string, unknown>) => build().vpc("vpc-1", null).az("az-a", "vpc-1").subnet("s-1", "az-a").ec2("web", "s-1", props).diagram();

testRule(rule, {
  valid: [
    { name: "serial console on a Nitro type (t3)", diagram: instance({ instanceType: "t3.micro", serialConsole: true }) },
    { name: "serial console on a bare-metal size of a Xen family", diagram: instance({ instanceType: "i3.metal", serialConsole: true }) },
    { name: "a t2 instance that does not use the serial console", diagram: instance({ instanceType: "t2.micro" }) },
    { name: "a family the list does not know is not guessed at", diagram: instance({ instanceType: "zz9.large", serialConsole: true }) },
  ],
  invalid: [
    {
      name: "serial console on t2.micro",
      diagram: instance({ instanceType: "t2.micro", serialConsole: true }),
      expect: [{ messageId: "xen", message: "t2.micro is a Xen-based type", nodeIds: ["web"], severity: "error" }],
    },
    {
      name: "serial console on m4.large",
      diagram: instance({ instanceType: "m4.large", serialConsole: true }),
      expect: [{ messageId: "xen", message: "Instance web uses the EC2 serial console", nodeIds: ["web"] }],
    },
  ],
});
