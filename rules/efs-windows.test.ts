import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./efs-windows";

function mounted(platform: string) {
  return build().vpc("vpc-1", null).az("az-a", "vpc-1").subnet("s-1", "az-a").ec2("i-1", "s-1", { platform }).efs("fs", "vpc-1").place("fs", "s-1").edge("mount", "i-1", "fs");
}

testRule(rule, {
  valid: [
    { name: "a Linux instance mounts EFS", diagram: mounted("linux").diagram() },
    { name: "a Windows instance that mounts nothing", diagram: build().vpc("vpc-1", null).az("az-a", "vpc-1").subnet("s-1", "az-a").ec2("i-1", "s-1", { platform: "windows" }).efs("fs", "vpc-1").diagram() },
    { name: "a Lambda function mounts EFS", diagram: mounted("linux").lambda("fn", "s-1").edge("mount", "fn", "fs").diagram() },
  ],
  invalid: [
    {
      name: "a Windows instance mounts EFS",
      diagram: mounted("windows").label("i-1", "iis").label("fs", "shared").diagram(),
      expect: [{ messageId: "windowsClient", message: "Windows instance iis mounts EFS file system shared", nodeIds: ["i-1", "fs"], severity: "error", fixes: [] }],
    },
  ],
});
