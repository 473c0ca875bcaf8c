import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./lambda-quotas";

const fn = (props: Record<string, unknown>) => build().lambda("fn", null, props).diagram();

testRule(rule, {
  valid: [
    { name: "the defaults", diagram: fn({}) },
    { name: "every setting at its lower bound", diagram: fn({ memorySize: 128, timeout: 1, ephemeralStorage: 512 }) },
    { name: "every setting at its upper bound", diagram: fn({ memorySize: 10240, timeout: 900, ephemeralStorage: 10240 }) },
  ],
  invalid: [
    {
      name: "10,241 MB of memory",
      diagram: fn({ memorySize: 10241 }),
      expect: [{ messageId: "memory", message: "Function fn has 10241 MB of memory; Lambda allows 128 to 10240 MB", nodeIds: ["fn"], severity: "error", fixes: ["Set memorySize to 10240 MB"] }],
    },
    {
      name: "127 MB of memory",
      diagram: fn({ memorySize: 127 }),
      expect: [{ messageId: "memory", message: "has 127 MB", nodeIds: ["fn"], fixes: ["Set memorySize to 128 MB"] }],
    },
    {
      name: "a 901 s timeout",
      diagram: fn({ timeout: 901 }),
      expect: [{ messageId: "timeout", message: "Function fn has a timeout of 901 s; Lambda allows at most 900 s", nodeIds: ["fn"], fixes: ["Set timeout to 900 s"] }],
    },
    {
      name: "/tmp below 512 MB and above 10,240 MB",
      diagram: build().lambda("small", null, { ephemeralStorage: 511 }).lambda("big", null, { ephemeralStorage: 10241 }).diagram(),
      expect: [
        { messageId: "ephemeralStorage", message: "511 MB", nodeIds: ["small"], fixes: ["Set ephemeralStorage to 512 MB"] },
        { messageId: "ephemeralStorage", message: "10241 MB", nodeIds: ["big"], fixes: ["Set ephemeralStorage to 10240 MB"] },
      ],
    },
    {
      name: "all three at once",
      diagram: fn({ memorySize: 20000, timeout: 3600, ephemeralStorage: 20000 }),
      expect: [
        { messageId: "memory", nodeIds: ["fn"] },
        { messageId: "timeout", nodeIds: ["fn"] },
        { messageId: "ephemeralStorage", nodeIds: ["fn"] },
      ],
    },
  ],
});
