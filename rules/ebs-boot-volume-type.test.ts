import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./ebs-boot-volume-type";

/** Instance `i-1` with volume `vol` of the given type attached; `boot` says whether it is the root volume. */
function attached(volumeType: string, boot: boolean) {
  return build().vpc("vpc-1", null).az("az-a", "vpc-1").subnet("s-1", "az-a").ec2("i-1", "s-1").volume("vol", "az-a", { volumeType, size: 500 }).attach("vol", "i-1", { boot });
}

testRule(rule, {
  valid: [
    ...["gp2", "gp3", "io1", "io2"].map((t) => ({ name: `a ${t} boot volume`, diagram: attached(t, true).diagram() })),
    { name: "a magnetic (standard) boot volume: the notes say no, AWS says yes", diagram: attached("standard", true).diagram() },
    { name: "st1 as a data volume", diagram: attached("st1", false).diagram() },
    { name: "sc1 as a data volume", diagram: attached("sc1", false).diagram() },
  ],
  invalid: [
    {
      name: "an st1 boot volume",
      diagram: attached("st1", true).label("i-1", "web").diagram(),
      expect: [
        {
          messageId: "hddBoot",
          message: "Volume vol is the boot volume of web but is st1",
          nodeIds: ["vol", "i-1"],
          severity: "error",
          fixes: ["Change the volume type to gp3"],
        },
      ],
    },
    {
      name: "an sc1 boot volume",
      diagram: attached("sc1", true).diagram(),
      expect: [{ messageId: "hddBoot", message: "but is sc1", nodeIds: ["vol", "i-1"], fixes: ["Change the volume type to gp3"] }],
    },
  ],
});
