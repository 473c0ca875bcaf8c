import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./lambda-function-url";

const fn = (props: Record<string, unknown>) => build().lambda("fn", null, props);

testRule(rule, {
  valid: [
    { name: "no function URL", diagram: fn({}).diagram() },
    { name: "IAM auth on $LATEST", diagram: fn({ functionUrlAuthType: "AWS_IAM" }).diagram() },
    { name: "IAM auth on an alias", diagram: fn({ functionUrlAuthType: "AWS_IAM", functionUrlQualifier: "live" }).diagram() },
    { name: "a qualifier without a URL", diagram: fn({ functionUrlQualifier: "3" }).diagram() },
  ],
  invalid: [
    {
      name: "a URL on version 3",
      diagram: fn({ functionUrlAuthType: "AWS_IAM", functionUrlQualifier: "3" }).label("fn", "checkout").diagram(),
      expect: [
        {
          messageId: "numberedVersion",
          message: "Function checkout has a function URL on version 3; a function URL can point only to $LATEST or an alias.",
          nodeIds: ["fn"],
          severity: "error",
          fixes: ["Point the URL at $LATEST"],
        },
      ],
    },
    {
      name: "a public URL",
      diagram: fn({ functionUrlAuthType: "NONE" }).diagram(),
      expect: [{ messageId: "publicUrl", message: "AuthType NONE: anyone on the internet can call it", nodeIds: ["fn"], severity: "info", fixes: ["Require IAM auth (AWS_IAM)"] }],
    },
  ],
});
