import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./ec2-instance-store";

const subnet = () => build().vpc("vpc-1", null).az("az-a", "vpc-1").subnet("s-1", "az-a");

testRule(rule, {
  valid: [
    { name: "the default: no instance store", diagram: subnet().ec2("web", "s-1").diagram() },
    { name: "instance store off", diagram: subnet().ec2("web", "s-1", { instanceStore: false }).diagram() },
  ],
  invalid: [
    {
      name: "an instance keeping data on instance store",
      diagram: subnet().ec2("cache", "s-1", { instanceType: "m5d.large", instanceStore: true }).label("cache", "scratch").diagram(),
      expect: [
        {
          messageId: "ephemeral",
          message: "Instance scratch keeps data on instance store volumes; that data is lost when the instance stops, hibernates or terminates",
          nodeIds: ["cache"],
          severity: "info",
          fixes: [],
        },
      ],
    },
    {
      name: "each instance on its own",
      diagram: subnet().ec2("a", "s-1", { instanceStore: true }).ec2("b", "s-1").ec2("c", "s-1", { instanceStore: true }).diagram(),
      expect: [
        { messageId: "ephemeral", nodeIds: ["a"] },
        { messageId: "ephemeral", nodeIds: ["c"] },
      ],
    },
  ],
});
