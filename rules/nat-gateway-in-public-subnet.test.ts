import { build, natLayout } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./nat-gateway-in-public-subnet";

/** nat-2 in private-a, whose table sends 0.0.0.0/0 to nat-1: the NAT is in a private subnet. */
const natInPrivate = () => natLayout().nat("nat-2", "private-a");

testRule(rule, {
  valid: [
    { name: "a NAT gateway in a public subnet", diagram: natLayout().diagram() },
    { name: "a regional NAT gateway in the VPC", diagram: natLayout().nat("nat-r", "vpc-1", { availabilityMode: "regional" }).diagram() },
    { name: "a private NAT gateway may sit in a private subnet", diagram: natLayout().nat("nat-p", "private-a", { connectivityType: "private", elasticIp: false }).diagram() },
    {
      name: "a subnet with no route table at all is unknown, not reported",
      diagram: build().vpc("vpc-1", null).az("az-a", "vpc-1").subnet("s-1", "az-a").nat("nat-1", "s-1").diagram(),
    },
  ],
  invalid: [
    {
      name: "a NAT gateway in a private subnet, moved to the public subnet of its AZ",
      diagram: natInPrivate().diagram(),
      expect: [{ messageId: "privateSubnet", message: "NAT gateway nat-2 is in subnet private-a", nodeIds: ["nat-2", "private-a"], severity: "error", fixes: ["Move it into public subnet public-a"] }],
    },
    {
      name: "no fix when the AZ has no public subnet",
      diagram: natInPrivate().az("az-b", "vpc-1", { zoneName: "us-east-1b" }).subnet("private-b", "az-b", { cidrBlock: "10.0.2.0/24" }).associate("rtb-private", "private-b").nat("nat-3", "private-b").diagram(),
      expect: [
        { messageId: "privateSubnet", nodeIds: ["nat-2", "private-a"] },
        { messageId: "privateSubnet", nodeIds: ["nat-3", "private-b"], fixes: [] },
      ],
    },
  ],
});
