import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./dynamodb-indexes";

const table = (props: Record<string, unknown>) => build().table("t", null, props).diagram();

testRule(rule, {
  valid: [
    { name: "no indexes", diagram: table({}) },
    { name: "5 LSIs on a table with a sort key", diagram: table({ sortKey: "sk", localSecondaryIndexes: 5 }) },
    { name: "20 GSIs without a sort key", diagram: table({ globalSecondaryIndexes: 20 }) },
  ],
  invalid: [
    {
      name: "6 LSIs",
      diagram: table({ sortKey: "sk", localSecondaryIndexes: 6 }),
      expect: [{ messageId: "tooManyLsi", message: "Table t has 6 local secondary indexes; a table can have at most 5", nodeIds: ["t"], severity: "error", fixes: ["Set the LSI count to 5"] }],
    },
    {
      name: "an LSI on a table with only a partition key",
      diagram: table({ localSecondaryIndexes: 1 }),
      expect: [{ messageId: "lsiWithoutSortKey", nodeIds: ["t"], severity: "error" }],
    },
    {
      name: "21 GSIs is over the default quota (a warning: it can be raised)",
      diagram: table({ globalSecondaryIndexes: 21 }),
      expect: [{ messageId: "tooManyGsi", message: "21 global secondary indexes", nodeIds: ["t"], severity: "warning" }],
    },
  ],
});
