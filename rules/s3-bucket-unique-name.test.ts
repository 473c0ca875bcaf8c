import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./s3-bucket-unique-name";

/** Regions `r-1` (code1) and `r-2` (code2). */
const regions = (code1: string, code2: string) => build().region("r-1", { regionCode: code1 }).region("r-2", { regionCode: code2 });

testRule(rule, {
  valid: [
    { name: "different names", diagram: build().bucket("a", null, { bucketName: "logs-a" }).bucket("b", null, { bucketName: "logs-b" }).diagram() },
    { name: "unnamed buckets get generated names", diagram: build().bucket("a", null).bucket("b", null).diagram() },
    {
      name: "the same name in the standard and the China partitions",
      diagram: regions("us-east-1", "cn-north-1").bucket("a", "r-1", { bucketName: "shared-logs" }).bucket("b", "r-2", { bucketName: "shared-logs" }).diagram(),
    },
    {
      name: "the same name in GovCloud and a standard Region",
      diagram: regions("us-gov-west-1", "eu-west-1").bucket("a", "r-1", { bucketName: "shared-logs" }).bucket("b", "r-2", { bucketName: "shared-logs" }).diagram(),
    },
    {
      name: "a bucket outside any Region is not compared with one inside a Region",
      diagram: regions("us-east-1", "eu-west-1").bucket("a", "r-1", { bucketName: "shared-logs" }).bucket("b", null, { bucketName: "shared-logs" }).diagram(),
    },
  ],
  invalid: [
    {
      name: "two Regions of the standard partition: rename the second",
      diagram: regions("us-east-1", "eu-west-1").bucket("a", "r-1", { bucketName: "shared-logs" }).bucket("b", "r-2", { bucketName: "shared-logs" }).diagram(),
      expect: [{ messageId: "duplicate", message: "Buckets a, b are all named \"shared-logs\"; a bucket name is unique in its partition (aws)", nodeIds: ["a", "b"], fixes: ["Rename the others to shared-logs-2"] }],
    },
    {
      name: "two China Regions",
      diagram: regions("cn-north-1", "cn-northwest-1").bucket("a", "r-1", { bucketName: "cn-logs" }).bucket("b", "r-2", { bucketName: "cn-logs" }).diagram(),
      expect: [{ messageId: "duplicate", message: "(aws-cn)", nodeIds: ["a", "b"] }],
    },
    {
      name: "three buckets outside any Region; the rename skips a name already taken",
      diagram: build().bucket("a", null, { bucketName: "data" }).bucket("b", null, { bucketName: "data" }).bucket("c", null, { bucketName: "data" }).bucket("d", null, { bucketName: "data-2" }).diagram(),
      expect: [{ messageId: "duplicateNoRegion", message: "Buckets a, b, c, drawn outside any Region, are all named \"data\"", nodeIds: ["a", "b", "c"], fixes: ["Rename the others to data-3, data-4"] }],
    },
    {
      name: "no rename when the suffix would pass 63 characters",
      diagram: build().bucket("a", null, { bucketName: "x".repeat(62) }).bucket("b", null, { bucketName: "x".repeat(62) }).diagram(),
      expect: [{ messageId: "duplicateNoRegion", nodeIds: ["a", "b"], fixes: [] }],
    },
  ],
});
