import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./lambda-async-retries";

const fn = (props: Record<string, unknown>) => build().lambda("fn", null, props);

testRule(rule, {
  valid: [
    { name: "the defaults", diagram: build().lambda("fn", null).diagram() },
    { name: "no retries", diagram: fn({ maximumRetryAttempts: 0 }).diagram() },
    { name: "2 retries and 6 hours, the maxima", diagram: fn({ maximumRetryAttempts: 2, maximumEventAgeSeconds: 21_600 }).diagram() },
  ],
  invalid: [
    {
      name: "3 retries",
      diagram: fn({ maximumRetryAttempts: 3 }).label("fn", "mailer").diagram(),
      expect: [
        {
          messageId: "retries",
          message: "Function mailer retries asynchronous events 3 times; Lambda allows 0 to 2.",
          nodeIds: ["fn"],
          severity: "error",
          fixes: ["Set maximumRetryAttempts to 2 attempts"],
        },
      ],
    },
    {
      name: "one second over 6 hours",
      diagram: fn({ maximumEventAgeSeconds: 21_601 }).diagram(),
      expect: [{ messageId: "eventAge", message: "up to 21601 s; Lambda allows at most 21600 s", nodeIds: ["fn"], fixes: ["Set maximumEventAgeSeconds to 21600 s"] }],
    },
    {
      name: "both over",
      diagram: fn({ maximumRetryAttempts: 5, maximumEventAgeSeconds: 86_400 }).diagram(),
      expect: [
        { messageId: "retries", nodeIds: ["fn"] },
        { messageId: "eventAge", nodeIds: ["fn"] },
      ],
    },
  ],
});
