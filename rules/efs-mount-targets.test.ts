import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./efs-mount-targets";

/** VPC `vpc-1` with zones `az-a` / `az-b` (us-east-1a / 1b), subnets `s-a` / `s-b`, and file system `fs`. */
function twoZones(fsProps: Record<string, unknown> = {}) {
  return build()
    .vpc("vpc-1", null)
    .az("az-a", "vpc-1", { zoneName: "us-east-1a" })
    .az("az-b", "vpc-1", { zoneName: "us-east-1b" })
    .subnet("s-a", "az-a")
    .subnet("s-b", "az-b", { cidrBlock: "10.0.2.0/24" })
    .efs("fs", "vpc-1", fsProps);
}

testRule(rule, {
  valid: [
    { name: "an instance mounts through the target in its zone", diagram: twoZones().place("fs", "s-a").ec2("i-1", "s-a").edge("mount", "i-1", "fs").diagram() },
    {
      name: "a function in two zones with a mount target in each",
      diagram: twoZones().place("fs", "s-a").place("fs", "s-b").lambda("fn", "s-a").place("fn", "s-b").edge("mount", "fn", "fs").diagram(),
    },
    {
      name: "the mount target may be in another subnet of the same zone",
      diagram: twoZones().subnet("s-a2", "az-a", { cidrBlock: "10.0.3.0/24" }).place("fs", "s-a2").ec2("i-1", "s-a").edge("mount", "i-1", "fs").diagram(),
    },
    { name: "a file system nobody mounts needs no mount target", diagram: twoZones().diagram() },
    { name: "a One Zone file system with its one mount target", diagram: twoZones({ oneZone: true }).place("fs", "s-b").ec2("i-1", "s-b").edge("mount", "i-1", "fs").diagram() },
  ],
  invalid: [
    {
      name: "a function in a zone with no mount target: error, add one",
      diagram: twoZones().place("fs", "s-a").lambda("fn", "s-a").place("fn", "s-b").edge("mount", "fn", "fs").label("fs", "shared").diagram(),
      expect: [
        {
          messageId: "functionNoMountTarget",
          message: "Function fn runs in us-east-1b (subnet s-b), where EFS file system shared has no mount target",
          nodeIds: ["fn", "fs"],
          severity: "error",
          fixes: ["Add a mount target in s-b"],
        },
      ],
    },
    {
      name: "an instance in a zone with no mount target: a warning",
      diagram: twoZones().place("fs", "s-a").ec2("i-1", "s-b").edge("mount", "i-1", "fs").diagram(),
      expect: [{ messageId: "instanceNoMountTarget", message: "i-1 in us-east-1b (subnet s-b) mounts EFS file system fs", nodeIds: ["i-1", "fs"], severity: "warning", fixes: ["Add a mount target in s-b"] }],
    },
    {
      name: "a file system with no mount target at all",
      diagram: twoZones().ec2("i-1", "s-a").edge("mount", "i-1", "fs").diagram(),
      expect: [{ messageId: "instanceNoMountTarget", nodeIds: ["i-1", "fs"], fixes: ["Add a mount target in s-a"] }],
    },
    {
      name: "a One Zone file system cannot get a second mount target",
      diagram: twoZones({ oneZone: true }).place("fs", "s-a").lambda("fn", "s-b").edge("mount", "fn", "fs").diagram(),
      expect: [{ messageId: "functionNoMountTarget", nodeIds: ["fn", "fs"], fixes: [] }],
    },
    {
      name: "a function outside any VPC",
      diagram: twoZones().place("fs", "s-a").lambda("fn", null).edge("mount", "fn", "fs").diagram(),
      expect: [{ messageId: "functionNotInVpc", message: "Function fn mounts EFS file system fs but is not attached to a VPC", nodeIds: ["fn", "fs"], fixes: [] }],
    },
    {
      name: "two mount targets in one zone",
      diagram: twoZones().subnet("s-a2", "az-a", { cidrBlock: "10.0.3.0/24" }).place("fs", "s-a").place("fs", "s-a2").diagram(),
      expect: [{ messageId: "twoInOneZone", message: "has 2 mount targets in us-east-1a (s-a, s-a2)", nodeIds: ["fs", "s-a", "s-a2"] }],
    },
    {
      name: "a One Zone file system with targets in two zones",
      diagram: twoZones({ oneZone: true }).place("fs", "s-a").place("fs", "s-b").diagram(),
      expect: [{ messageId: "oneZoneMany", message: "in 2 Availability Zones (us-east-1a, us-east-1b)", nodeIds: ["fs"] }],
    },
    {
      name: "mount targets in two VPCs; no fix adds a third place",
      diagram: build()
        .region("r")
        .vpc("vpc-1", "r")
        .vpc("vpc-2", "r", { cidrBlock: "10.1.0.0/16" })
        .az("az-a", "vpc-1", { zoneName: "us-east-1a" })
        .az("az-x", "vpc-2", { zoneName: "us-east-1b" })
        .az("az-y", "vpc-2", { zoneName: "us-east-1c" })
        .subnet("s-a", "az-a")
        .subnet("s-x", "az-x", { cidrBlock: "10.1.1.0/24" })
        .subnet("s-y", "az-y", { cidrBlock: "10.1.2.0/24" })
        .efs("fs", "r")
        .place("fs", "s-a")
        .place("fs", "s-x")
        .ec2("i-1", "s-y")
        .edge("mount", "i-1", "fs")
        .diagram(),
      expect: [
        { messageId: "manyVpcs", message: "in 2 VPCs (vpc-1, vpc-2)", nodeIds: ["fs", "vpc-1", "vpc-2"] },
        { messageId: "instanceNoMountTarget", nodeIds: ["i-1", "fs"], fixes: [] },
      ],
    },
  ],
});
