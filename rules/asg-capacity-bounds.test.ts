import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./asg-capacity-bounds";

const group = (props: Record<string, unknown>) => build().vpc("vpc-1", null).asg("asg", "vpc-1", props).diagram();

testRule(rule, {
  valid: [
    { name: "the defaults: 1 ≤ 1 ≤ 2", diagram: group({}) },
    { name: "all equal", diagram: group({ minSize: 3, desiredCapacity: 3, maxSize: 3 }) },
    { name: "all zero", diagram: group({ minSize: 0, desiredCapacity: 0, maxSize: 0 }) },
  ],
  invalid: [
    {
      name: "desired above the maximum",
      diagram: group({ minSize: 1, desiredCapacity: 5, maxSize: 4 }),
      expect: [{ messageId: "desiredOutside", message: "wants 5 instances, outside its minimum 1 and maximum 4", nodeIds: ["asg"], fixes: ["Set the desired capacity to 4"] }],
    },
    {
      name: "desired below the minimum",
      diagram: group({ minSize: 2, desiredCapacity: 1, maxSize: 4 }),
      expect: [{ messageId: "desiredOutside", nodeIds: ["asg"], fixes: ["Set the desired capacity to 2"] }],
    },
    {
      name: "minimum above maximum",
      diagram: group({ minSize: 3, desiredCapacity: 3, maxSize: 2 }),
      expect: [{ messageId: "minAboveMax", message: "minimum size of 3 above its maximum size of 2", nodeIds: ["asg"], fixes: ["Raise the maximum size to 3"] }],
    },
    {
      name: "a negative size",
      diagram: group({ minSize: -1 }),
      expect: [{ messageId: "negative", nodeIds: ["asg"] }],
    },
  ],
});
