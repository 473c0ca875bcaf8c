import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./peering-cidr-overlap";

type Props = Record<string, unknown>;
const peered = (a: Props, b: Props) => build().vpc("vpc-a", null, a).vpc("vpc-b", null, b).peering("pcx", "vpc-a", "vpc-b").diagram();

testRule(rule, {
  valid: [
    { name: "10.0.0.0/16 and 10.1.0.0/16", diagram: peered({ cidrBlock: "10.0.0.0/16" }, { cidrBlock: "10.1.0.0/16" }) },
    { name: "adjacent blocks", diagram: peered({ cidrBlock: "10.0.0.0/24" }, { cidrBlock: "10.0.1.0/24" }) },
    { name: "overlapping VPCs that are not peered", diagram: build().vpc("vpc-a", null).vpc("vpc-b", null).diagram() },
  ],
  invalid: [
    {
      name: "two default 10.0.0.0/16 VPCs",
      diagram: peered({}, {}),
      expect: [{ messageId: "overlap", message: "Peering pcx joins vpc-a (10.0.0.0/16) and vpc-b (10.0.0.0/16)", nodeIds: ["pcx", "vpc-a", "vpc-b"] }],
    },
    {
      name: "a secondary block overlapping the peer's primary",
      diagram: peered({ cidrBlock: "10.0.0.0/16", secondaryCidrBlocks: ["10.1.128.0/20"] }, { cidrBlock: "10.1.0.0/16" }),
      expect: [{ messageId: "overlap", message: "vpc-a (10.1.128.0/20) and vpc-b (10.1.0.0/16)", nodeIds: ["pcx", "vpc-a", "vpc-b"] }],
    },
  ],
});
