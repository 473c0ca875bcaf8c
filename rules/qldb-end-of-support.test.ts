import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./qldb-end-of-support";

testRule(rule, {
  valid: [
    { name: "an Aurora PostgreSQL cluster instead of a ledger", diagram: build().vpc("vpc-1", null).aurora("ledger-db", "vpc-1", { engine: "aurora-postgresql" }).diagram() },
    { name: "no ledger at all", diagram: build().table("audit", null).diagram() },
  ],
  invalid: [
    {
      name: "a ledger on the canvas",
      diagram: build().node("aws.qldb-ledger", "audit", null).diagram(),
      expect: [{ messageId: "endOfSupport", message: "audit is an Amazon QLDB ledger; QLDB reached end of support on 31 July 2025", nodeIds: ["audit"] }],
    },
    {
      name: "every ledger in a Region is reported",
      diagram: build().region("r", { regionCode: "eu-west-1" }).node("aws.qldb-ledger", "a", "r").node("aws.qldb-ledger", "b", "r").diagram(),
      expect: [
        { messageId: "endOfSupport", nodeIds: ["a"] },
        { messageId: "endOfSupport", nodeIds: ["b"] },
      ],
    },
  ],
});
