import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./ebs-same-az";

/** Zones `az-a` (us-east-1a) and `az-b` (us-east-1b), each with a subnet `s-a` / `s-b`. */
function twoZones() {
  return build()
    .vpc("vpc-1", null)
    .az("az-a", "vpc-1", { zoneName: "us-east-1a" })
    .az("az-b", "vpc-1", { zoneName: "us-east-1b" })
    .subnet("s-a", "az-a")
    .subnet("s-b", "az-b", { cidrBlock: "10.0.2.0/24" });
}

testRule(rule, {
  valid: [
    { name: "volume and instance in the same zone", diagram: twoZones().ec2("i-1", "s-a").volume("vol", "az-a").attach("vol", "i-1").diagram() },
    { name: "a volume drawn in the instance's subnet", diagram: twoZones().ec2("i-1", "s-b").volume("vol", "s-b").attach("vol", "i-1").diagram() },
    { name: "an unattached volume in another zone", diagram: twoZones().ec2("i-1", "s-a").volume("vol", "az-b").diagram() },
    {
      name: "an instance whose subnet has no zone is not guessed at",
      diagram: build().vpc("vpc-1", null).az("az-a", "vpc-1").subnet("s-loose", "vpc-1").ec2("i-1", "s-loose").volume("vol", "az-a").attach("vol", "i-1").diagram(),
    },
    {
      name: "two AZ boxes with the same zone name are the same zone",
      diagram: build()
        .vpc("vpc-1", null)
        .az("az-a", "vpc-1", { zoneName: "us-east-1a" })
        .az("az-a2", "vpc-1", { zoneName: "us-east-1a" })
        .subnet("s-a", "az-a")
        .ec2("i-1", "s-a")
        .volume("vol", "az-a2")
        .attach("vol", "i-1")
        .diagram(),
    },
  ],
  invalid: [
    {
      name: "a volume attached across zones: move it",
      diagram: twoZones().ec2("i-1", "s-b").label("i-1", "web").volume("vol", "az-a").label("vol", "data").attach("vol", "i-1").diagram(),
      expect: [
        {
          messageId: "otherZone",
          message: "Volume data is in us-east-1a but is attached to instance web in us-east-1b",
          nodeIds: ["vol", "i-1"],
          severity: "error",
          fixes: ["Move the volume into az-b (us-east-1b)"],
        },
      ],
    },
    {
      name: "a Multi-Attach volume with instances in two zones: no single move fixes it",
      diagram: twoZones()
        .ec2("i-1", "s-a")
        .ec2("i-2", "s-b")
        .ec2("i-3", "s-b")
        .volume("vol", "s-a", { volumeType: "io2", multiAttachEnabled: true })
        .attach("vol", "i-1")
        .attach("vol", "i-2")
        .attach("vol", "i-3")
        .diagram(),
      expect: [
        { messageId: "otherZone", nodeIds: ["vol", "i-2"], fixes: [] },
        { messageId: "otherZone", nodeIds: ["vol", "i-3"], fixes: [] },
      ],
    },
  ],
});
