import { build, vpcWithSubnets } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./vpc-cidr-size";

const vpc = (props: Record<string, unknown>) => build().vpc("vpc-1", null, props).diagram();

testRule(rule, {
  valid: [
    { name: "a /16, the largest allowed", diagram: vpc({ cidrBlock: "10.0.0.0/16" }) },
    { name: "a /28, the smallest allowed", diagram: vpc({ cidrBlock: "10.0.0.0/28" }) },
    { name: "a /20", diagram: vpc({ cidrBlock: "172.31.0.0/20" }) },
    { name: "secondary blocks at both bounds", diagram: vpc({ cidrBlock: "10.0.0.0/16", secondaryCidrBlocks: ["10.1.0.0/16", "100.64.0.0/28"] }) },
    { name: "the kind's defaults", diagram: vpc({}) },
  ],
  invalid: [
    {
      name: "a /8 primary block",
      diagram: vpc({ cidrBlock: "10.0.0.0/8" }),
      expect: [{ messageId: "tooLarge", message: "10.0.0.0/8", nodeIds: ["vpc-1"], severity: "error", fixes: ["Change the block to 10.0.0.0/16"] }],
    },
    {
      name: "a /15, one bit too large",
      diagram: vpc({ cidrBlock: "10.0.0.0/15" }),
      expect: [{ messageId: "tooLarge", nodeIds: ["vpc-1"], fixes: ["Change the block to 10.0.0.0/16"] }],
    },
    {
      name: "a /29, one bit too small",
      diagram: vpc({ cidrBlock: "10.0.0.8/29" }),
      expect: [{ messageId: "tooSmall", message: "10.0.0.8/29", nodeIds: ["vpc-1"], fixes: ["Change the block to 10.0.0.0/28"] }],
    },
    {
      name: "a /32",
      diagram: vpc({ cidrBlock: "192.168.0.1/32" }),
      expect: [{ messageId: "tooSmall", nodeIds: ["vpc-1"], fixes: ["Change the block to 192.168.0.0/28"] }],
    },
    {
      name: "a bad secondary block, reported and fixed on its own",
      diagram: vpc({ cidrBlock: "10.0.0.0/16", secondaryCidrBlocks: ["10.1.0.0/16", "10.16.0.0/12"] }),
      expect: [{ messageId: "tooLarge", message: "10.16.0.0/12", nodeIds: ["vpc-1"], fixes: ["Change the block to 10.16.0.0/16"] }],
    },
    {
      name: "each bad block once",
      diagram: vpc({ cidrBlock: "10.0.0.0/8", secondaryCidrBlocks: ["100.64.0.0/30"] }),
      expect: [
        { messageId: "tooLarge", message: "10.0.0.0/8", nodeIds: ["vpc-1"] },
        { messageId: "tooSmall", message: "100.64.0.0/30", nodeIds: ["vpc-1"] },
      ],
    },
    {
      name: "no fix when the smaller block would leave a subnet outside the VPC",
      diagram: vpcWithSubnets({ cidrBlock: "10.0.0.0/8" }, ["10.0.1.0/24", "10.7.0.0/24"]),
      expect: [{ messageId: "tooLarge", nodeIds: ["vpc-1"], fixes: [] }],
    },
    {
      name: "a fix when the subnets fit the smaller block",
      diagram: vpcWithSubnets({ cidrBlock: "10.0.0.0/8" }, ["10.0.1.0/24", "10.0.2.0/24"]),
      expect: [{ messageId: "tooLarge", nodeIds: ["vpc-1"], fixes: ["Change the block to 10.0.0.0/16"] }],
    },
  ],
});
