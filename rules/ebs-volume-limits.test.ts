import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./ebs-volume-limits";

/** Volume `vol` in zone `az-a`. */
const volume = (props: Record<string, unknown>) => build().vpc("vpc-1", null).az("az-a", "vpc-1").volume("vol", "az-a", props);

testRule(rule, {
  valid: [
    { name: "the defaults: 8 GiB gp3", diagram: volume({}).diagram() },
    { name: "gp2 at 1 GiB and 16 TiB", diagram: volume({ volumeType: "gp2", size: 1 }).volume("big", "az-a", { volumeType: "gp2", size: 16_384 }).diagram() },
    { name: "gp3 at its current maxima", diagram: volume({ volumeType: "gp3", size: 65_536, iops: 80_000, throughput: 2_000 }).diagram() },
    { name: "gp3 at its minima", diagram: volume({ volumeType: "gp3", size: 1, iops: 3_000, throughput: 125 }).diagram() },
    { name: "io1 at 4 GiB and 64,000 IOPS", diagram: volume({ volumeType: "io1", size: 4, iops: 64_000 }).diagram() },
    { name: "io2 at 64 TiB and 256,000 IOPS", diagram: volume({ volumeType: "io2", size: 65_536, iops: 256_000 }).diagram() },
    { name: "st1 and sc1 at 125 GiB", diagram: volume({ volumeType: "st1", size: 125 }).volume("cold", "az-a", { volumeType: "sc1", size: 16_384 }).diagram() },
    { name: "magnetic at 1 TiB", diagram: volume({ volumeType: "standard", size: 1_024 }).diagram() },
  ],
  invalid: [
    {
      name: "a small st1 volume",
      diagram: volume({ volumeType: "st1", size: 124 }).label("vol", "logs").diagram(),
      expect: [
        {
          messageId: "size",
          message: "Volume logs is a st1 volume of 124 GiB; st1 volumes are 125 to 16384 GiB.",
          nodeIds: ["vol"],
          severity: "error",
          fixes: ["Set size to 125 GiB"],
        },
      ],
    },
    {
      name: "gp2 over 16 TiB",
      diagram: volume({ volumeType: "gp2", size: 16_385 }).diagram(),
      expect: [{ messageId: "size", nodeIds: ["vol"], fixes: ["Set size to 16384 GiB"] }],
    },
    {
      name: "io1 under 4 GiB and over 64,000 IOPS",
      diagram: volume({ volumeType: "io1", size: 3, iops: 64_001 }).diagram(),
      expect: [
        { messageId: "size", nodeIds: ["vol"], fixes: ["Set size to 4 GiB"] },
        { messageId: "iops", message: "64001 IOPS", nodeIds: ["vol"], fixes: ["Set iops to 64000 IOPS"] },
      ],
    },
    {
      name: "io2 over 64 TiB and 256,000 IOPS",
      diagram: volume({ volumeType: "io2", size: 65_537, iops: 256_001 }).diagram(),
      expect: [
        { messageId: "size", nodeIds: ["vol"] },
        { messageId: "iops", nodeIds: ["vol"] },
      ],
    },
    {
      name: "gp3 below its IOPS and throughput baselines",
      diagram: volume({ volumeType: "gp3", iops: 2_999, throughput: 124 }).diagram(),
      expect: [
        { messageId: "iops", nodeIds: ["vol"], fixes: ["Set iops to 3000 IOPS"] },
        { messageId: "throughput", message: "124 MiB/s", nodeIds: ["vol"], fixes: ["Set throughput to 125 MiB/s"] },
      ],
    },
    {
      name: "gp3 above its IOPS and throughput maxima",
      diagram: volume({ volumeType: "gp3", size: 100, iops: 80_001, throughput: 2_001 }).diagram(),
      expect: [
        { messageId: "iops", nodeIds: ["vol"], fixes: ["Set iops to 80000 IOPS"] },
        { messageId: "throughput", nodeIds: ["vol"], fixes: ["Set throughput to 2000 MiB/s"] },
      ],
    },
    {
      name: "magnetic over 1 TiB",
      diagram: volume({ volumeType: "standard", size: 1_025 }).diagram(),
      expect: [{ messageId: "size", message: "standard volumes are 1 to 1024 GiB", nodeIds: ["vol"] }],
    },
  ],
});
