import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./security-group-vpc";

/** Instance `web` in vpc-a; group sg-a in vpc-a and sg-b in vpc-b. */
const twoVpcs = (vpcB: Record<string, unknown> = {}, regionB = "us-east-1") =>
  build()
    .region("r-a", { regionCode: "us-east-1" })
    .vpc("vpc-a", "r-a", { cidrBlock: "10.0.0.0/16" })
    .az("az-a", "vpc-a")
    .subnet("s-a", "az-a", { cidrBlock: "10.0.1.0/24" })
    .ec2("web", "s-a")
    .securityGroup("sg-a", "vpc-a")
    .region("r-b", { regionCode: regionB })
    .vpc("vpc-b", "r-b", { cidrBlock: "10.1.0.0/16", ...vpcB })
    .securityGroup("sg-b", "vpc-b");

testRule(rule, {
  valid: [
    { name: "a group of the resource's own VPC", diagram: twoVpcs().member("web", "sg-a").diagram() },
    {
      name: "a Lambda function placed in subnets of the group's VPC",
      diagram: twoVpcs().lambda("fn", null).place("fn", "s-a").member("fn", "sg-a").diagram(),
    },
  ],
  invalid: [
    {
      name: "a group of another VPC in the same Region: needs an SG VPC association",
      diagram: twoVpcs().member("web", "sg-b").diagram(),
      expect: [{ messageId: "otherVpc", message: "web in VPC vpc-a uses security group sg-b of VPC vpc-b; that works only if sg-b is associated with vpc-a", nodeIds: ["web", "sg-b"], severity: "warning" }],
    },
    {
      name: "a group of a VPC in another Region",
      diagram: twoVpcs({}, "eu-west-1").member("web", "sg-b").diagram(),
      expect: [{ messageId: "otherRegion", message: "(eu-west-1); a security group cannot be used in another Region", nodeIds: ["web", "sg-b"], severity: "error" }],
    },
    {
      name: "a group of a default VPC",
      diagram: twoVpcs({ isDefault: true }).member("web", "sg-b").diagram(),
      expect: [{ messageId: "defaultVpc", message: "vpc-b is a default VPC", nodeIds: ["web", "sg-b"], severity: "error" }],
    },
  ],
});
