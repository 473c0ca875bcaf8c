import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./lambda-vpc-tenancy";

const vpc = (instanceTenancy: string) =>
  build().vpc("vpc-1", null, { instanceTenancy }).az("az-a", "vpc-1").subnet("s-1", "az-a", { cidrBlock: "10.0.1.0/24" });

testRule(rule, {
  valid: [
    { name: "a function in a default-tenancy VPC", diagram: vpc("default").lambda("fn", "s-1").diagram() },
    { name: "a function outside any VPC", diagram: vpc("dedicated").lambda("fn", null).diagram() },
    { name: "an instance in a dedicated VPC", diagram: vpc("dedicated").ec2("i-1", "s-1").diagram() },
  ],
  invalid: [
    {
      name: "a function drawn in a dedicated VPC's subnet",
      diagram: vpc("dedicated").lambda("fn", "s-1").label("vpc-1", "secure").diagram(),
      expect: [
        {
          messageId: "dedicated",
          message: "Function fn is attached to VPC secure, which has dedicated instance tenancy",
          nodeIds: ["fn", "vpc-1"],
          severity: "error",
          fixes: ["Give secure default tenancy"],
        },
      ],
    },
    {
      name: "a function placed in two subnets of a dedicated VPC is reported once",
      diagram: vpc("dedicated").subnet("s-2", "az-a", { cidrBlock: "10.0.2.0/24" }).lambda("fn", null).place("fn", "s-1").place("fn", "s-2").diagram(),
      expect: [{ messageId: "dedicated", nodeIds: ["fn", "vpc-1"] }],
    },
  ],
});
