import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./ebs-multi-attach";

const IO2_SHARED = { volumeType: "io2", iops: 3000, multiAttachEnabled: true };

/** Volume `vol` in zone `az-a`, attached to instances `i-1` … `i-n` in subnet `s-1` of the same zone. */
function shared(count: number, volumeProps: Record<string, unknown>, instanceType = "m5.large") {
  const b = build().vpc("vpc-1", null).az("az-a", "vpc-1").subnet("s-1", "az-a").volume("vol", "az-a", volumeProps);
  for (let i = 1; i <= count; i++) b.ec2(`i-${i}`, "s-1", { instanceType }).attach("vol", `i-${i}`);
  return b;
}

const ids = (count: number) => Array.from({ length: count }, (_, i) => `i-${i + 1}`);

testRule(rule, {
  valid: [
    { name: "a gp3 volume attached to one instance", diagram: shared(1, {}).diagram() },
    { name: "an unattached volume", diagram: shared(0, { volumeType: "io2", multiAttachEnabled: true }).diagram() },
    { name: "an io2 Multi-Attach volume on one Nitro instance", diagram: shared(1, IO2_SHARED).diagram() },
    { name: "an io1 Multi-Attach volume on one instance", diagram: shared(1, { ...IO2_SHARED, volumeType: "io1" }).diagram() },
    { name: "an unknown instance family is not guessed at", diagram: shared(1, IO2_SHARED, "zz9.large").diagram() },
    { name: "a bare-metal size of a Xen family is Nitro", diagram: shared(1, IO2_SHARED, "i3.metal").diagram() },
    { name: "a non-Multi-Attach boot volume", diagram: shared(0, {}).ec2("i-1", "s-1").attach("vol", "i-1", { boot: true }).diagram() },
  ],
  invalid: [
    {
      name: "16 instances is the limit: only the cluster file-system reminder",
      diagram: shared(16, IO2_SHARED).diagram(),
      expect: [{ messageId: "clusterFileSystem", nodeIds: ["vol"], severity: "info", message: "shared by 16 instances" }],
    },
    {
      name: "17 instances is one too many",
      diagram: shared(17, IO2_SHARED).label("vol", "data").diagram(),
      expect: [
        { messageId: "tooMany", message: "Multi-Attach volume data is attached to 17 instances; it can be attached to at most 16", nodeIds: ["vol"], severity: "error", fixes: [] },
        { messageId: "clusterFileSystem", nodeIds: ["vol"], severity: "info" },
      ],
    },
    {
      name: "Multi-Attach on a gp3 volume: change it to io2",
      diagram: shared(1, { volumeType: "gp3", multiAttachEnabled: true }).diagram(),
      expect: [{ messageId: "wrongType", message: "Volume vol has Multi-Attach enabled but is gp3", nodeIds: ["vol"], fixes: ["Change the volume type to io2"] }],
    },
    {
      name: "a 2 GiB gp2 volume grows to io2's 4 GiB minimum",
      diagram: shared(1, { volumeType: "gp2", size: 2, multiAttachEnabled: true }).diagram(),
      expect: [{ messageId: "wrongType", nodeIds: ["vol"], fixes: ["Change the volume type to io2"] }],
    },
    {
      name: "a volume shared by two instances without Multi-Attach",
      diagram: shared(2, { volumeType: "gp3" }).diagram(),
      expect: [{ messageId: "notEnabled", message: "attached to 2 instances (i-1, i-2) without Multi-Attach", nodeIds: ["vol", ...ids(2)], fixes: ["Change to io2 and enable Multi-Attach"] }],
    },
    {
      name: "an io2 volume shared without Multi-Attach only needs it turned on",
      diagram: shared(2, { volumeType: "io2" }).diagram(),
      expect: [{ messageId: "notEnabled", nodeIds: ["vol", ...ids(2)], fixes: ["Enable Multi-Attach"] }],
    },
    {
      name: "Xen-based instances (t2, m4) cannot share it; a Nitro one can",
      diagram: shared(1, IO2_SHARED, "t2.micro").ec2("i-2", "s-1", { instanceType: "m4.large" }).attach("vol", "i-2").ec2("i-3", "s-1", { instanceType: "c7g.large" }).attach("vol", "i-3").diagram(),
      expect: [
        { messageId: "notNitro", message: "Instance i-1 (t2.micro) is not built on the Nitro System", nodeIds: ["i-1", "vol"] },
        { messageId: "notNitro", message: "(m4.large)", nodeIds: ["i-2", "vol"] },
        { messageId: "clusterFileSystem", nodeIds: ["vol"] },
      ],
    },
    {
      name: "a Multi-Attach boot volume on its only instance: turn Multi-Attach off",
      diagram: shared(0, IO2_SHARED).ec2("i-1", "s-1").attach("vol", "i-1", { boot: true }).diagram(),
      expect: [{ messageId: "bootVolume", message: "Multi-Attach volume vol is the boot volume of i-1", nodeIds: ["vol", "i-1"], fixes: ["Turn off Multi-Attach"] }],
    },
    {
      name: "a shared boot volume gets no fix",
      diagram: shared(1, IO2_SHARED).ec2("i-2", "s-1").attach("vol", "i-2", { boot: true }).diagram(),
      expect: [
        { messageId: "bootVolume", nodeIds: ["vol", "i-2"], fixes: [] },
        { messageId: "clusterFileSystem", nodeIds: ["vol"] },
      ],
    },
  ],
});
