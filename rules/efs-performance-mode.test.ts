import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./efs-performance-mode";

const fs = (props: Record<string, unknown>) => build().vpc("vpc-1", null).efs("fs", "vpc-1", props).diagram();

testRule(rule, {
  valid: [
    { name: "General Purpose, Regional", diagram: fs({}) },
    { name: "General Purpose, One Zone", diagram: fs({ oneZone: true }) },
  ],
  invalid: [
    {
      name: "Max I/O on One Zone",
      diagram: fs({ oneZone: true, performanceMode: "maxIO" }),
      expect: [{ messageId: "oneZoneMaxIo", message: "File system fs is One Zone with the Max I/O performance mode", nodeIds: ["fs"], severity: "error", fixes: ["Use General Purpose"] }],
    },
    {
      name: "Max I/O on a Regional file system works but is not recommended",
      diagram: fs({ performanceMode: "maxIO" }),
      expect: [{ messageId: "maxIo", nodeIds: ["fs"], severity: "info", fixes: ["Use General Purpose"] }],
    },
  ],
});
