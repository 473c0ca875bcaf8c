import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./subnet-reserved-ips";

/** `count` instances in subnet s-1 of the given block. */
const instances = (count: number, cidrBlock = "10.0.1.0/28") => {
  const b = build().vpc("vpc-1", null, { cidrBlock: "10.0.0.0/16" }).az("az-a", "vpc-1").subnet("s-1", "az-a", { cidrBlock });
  for (let i = 1; i <= count; i++) b.ec2(`i-${i}`, "s-1");
  return b;
};

testRule(rule, {
  valid: [
    { name: "11 instances in a /28: exactly the usable addresses", diagram: instances(11).diagram() },
    { name: "12 instances in a /27", diagram: instances(12, "10.0.1.0/27").diagram() },
    {
      name: "functions sharing one subnet and group combination take one interface",
      diagram: (() => {
        const b = instances(10).securityGroup("sg-fn", "vpc-1");
        for (let i = 1; i <= 5; i++) b.lambda(`fn-${i}`, null).place(`fn-${i}`, "s-1").member(`fn-${i}`, "sg-fn");
        return b.diagram();
      })(),
    },
    {
      name: "an RDS instance is not counted in every subnet of its group",
      diagram: instances(11).rds("db", "s-1").diagram(),
    },
  ],
  invalid: [
    {
      name: "12 instances in a /28",
      diagram: instances(12).diagram(),
      expect: [{ messageId: "full", message: "Subnet s-1 (10.0.1.0/28) has 11 usable addresses (AWS reserves 5 of its 16), but at least 12", nodeIds: ["s-1"], fixes: ["Make s-1 10.0.1.0/27"] }],
    },
    {
      name: "instances, a NAT gateway and interface endpoints add up",
      diagram: instances(9).nat("nat-1", "s-1").endpoint("vpce-ssm", "vpc-1", { endpointType: "Interface", serviceName: "ssm" }).place("vpce-ssm", "s-1").endpoint("vpce-sqs", "vpc-1", { endpointType: "Interface", serviceName: "sqs" }).place("vpce-sqs", "s-1").diagram(),
      expect: [{ messageId: "full", message: "at least 12 network interfaces", nodeIds: ["s-1"] }],
    },
    {
      name: "functions in different group combinations take one interface each",
      diagram: (() => {
        const b = instances(10).securityGroup("sg-a", "vpc-1").securityGroup("sg-b", "vpc-1");
        b.lambda("fn-a", null).place("fn-a", "s-1").member("fn-a", "sg-a");
        b.lambda("fn-b", null).place("fn-b", "s-1").member("fn-b", "sg-b");
        return b.diagram();
      })(),
      expect: [{ messageId: "full", message: "at least 12", nodeIds: ["s-1"] }],
    },
  ],
});
