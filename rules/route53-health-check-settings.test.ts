import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./route53-health-check-settings";

const check = (props: Record<string, unknown>) => build().healthCheck("hc", props).diagram();

testRule(rule, {
  valid: [
    { name: "the default threshold of 3", diagram: check({}) },
    { name: "threshold 1, fast interval", diagram: check({ failureThreshold: 1, requestInterval: 10 }) },
    { name: "threshold 10", diagram: check({ failureThreshold: 10 }) },
  ],
  invalid: [
    {
      name: "threshold 0",
      diagram: check({ failureThreshold: 0 }),
      expect: [{ messageId: "threshold", message: "Health check hc has a failure threshold of 0", nodeIds: ["hc"], fixes: ["Set the failure threshold to 1"] }],
    },
    {
      name: "threshold 30, the notes' swapped reading of the request interval",
      diagram: check({ failureThreshold: 30 }),
      expect: [{ messageId: "threshold", message: "of 30", nodeIds: ["hc"], fixes: ["Set the failure threshold to 10"] }],
    },
  ],
});
