import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./dynamodb-global-tables";

/** Regions `use1` (us-east-1), `euw1` (eu-west-1) and `apne1` (ap-northeast-1). */
const regions = () => build().region("use1", { regionCode: "us-east-1" }).region("euw1", { regionCode: "eu-west-1" }).region("apne1", { regionCode: "ap-northeast-1" });

testRule(rule, {
  valid: [
    { name: "a table alone: DynamoDB replicates across AZs by itself", diagram: regions().table("orders", "use1").diagram() },
    {
      name: "a global table with replicas in three Regions",
      diagram: regions().table("us", "use1").table("eu", "euw1").table("ap", "apne1").replicate("us", "eu").replicate("us", "ap").diagram(),
    },
    {
      name: "same keys with a sort key, and another class on one replica",
      diagram: regions().table("us", "use1", { partitionKey: "id", sortKey: "at" }).table("eu", "euw1", { partitionKey: "id", sortKey: "at", tableClass: "STANDARD_INFREQUENT_ACCESS" }).replicate("us", "eu").diagram(),
    },
    { name: "tables outside any Region: their Regions are unknown", diagram: build().table("a", null).table("b", null).replicate("a", "b").diagram() },
    { name: "two unrelated tables in one Region", diagram: regions().table("a", "use1").table("b", "use1").diagram() },
  ],
  invalid: [
    {
      name: "two replicas in one Region",
      diagram: regions().table("a", "use1").table("b", "use1").replicate("a", "b").diagram(),
      expect: [{ messageId: "sameRegion", message: "Tables a, b replicate to each other in us-east-1", nodeIds: ["a", "b"] }],
    },
    {
      name: "two replicas in one Region through a third",
      diagram: regions().table("us", "use1").table("eu", "euw1").table("eu-2", "euw1").replicate("us", "eu").replicate("us", "eu-2").diagram(),
      expect: [{ messageId: "sameRegion", message: "in eu-west-1", nodeIds: ["eu", "eu-2"] }],
    },
    {
      name: "replicas with different keys: take the first one's",
      diagram: regions().table("us", "use1", { partitionKey: "id" }).table("eu", "euw1", { partitionKey: "id", sortKey: "at" }).replicate("us", "eu").diagram(),
      expect: [{ messageId: "keyMismatch", message: "Replica eu has key id + at but global table replica us has id", nodeIds: ["eu", "us"], fixes: ["Use us's key"] }],
    },
    {
      name: "a replication edge from a table to a bucket",
      diagram: regions().table("orders", "use1").bucket("archive", "use1").replicate("orders", "archive").diagram(),
      expect: [{ messageId: "notTable", message: "orders has a replication edge with archive, which is not a DynamoDB table", nodeIds: ["orders", "archive"], fixes: ["Remove the replication"] }],
    },
  ],
});
