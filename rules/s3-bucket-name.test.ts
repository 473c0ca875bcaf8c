import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./s3-bucket-name";

const named = (bucketName: string) => build().bucket("b", null, { bucketName }).diagram();

testRule(rule, {
  valid: [
    { name: "no name set: CloudFormation generates one", diagram: named("") },
    ...["abc", "a".repeat(63), "my-bucket.logs-2026", "1bucket9"].map((n) => ({ name: `"${n.length > 20 ? `${n.length} characters` : n}"`, diagram: named(n) })),
    { name: "a name with digits and periods that is not an IP address", diagram: named("192.168.5.4.example") },
  ],
  invalid: [
    {
      name: "too short",
      diagram: named("ab"),
      expect: [{ messageId: "length", message: "Bucket b is named \"ab\", 2 characters long; a bucket name has 3 to 63", nodeIds: ["b"], severity: "error", fixes: [] }],
    },
    { name: "64 characters", diagram: named("a".repeat(64)), expect: [{ messageId: "length", message: "64 characters long", nodeIds: ["b"] }] },
    {
      name: "uppercase letters: lowercasing fixes it",
      diagram: named("MyBucket"),
      expect: [{ messageId: "characters", message: "which uses \"M\", \"B\"", nodeIds: ["b"], fixes: ["Rename to mybucket"] }],
    },
    {
      name: "an underscore and an uppercase letter: no mechanical fix",
      diagram: named("My_bucket"),
      expect: [{ messageId: "characters", message: "\"M\", \"_\"", nodeIds: ["b"], fixes: [] }],
    },
    { name: "ends with a hyphen", diagram: named("bucket-"), expect: [{ messageId: "ends", nodeIds: ["b"] }] },
    { name: "starts with a period", diagram: named(".bucket"), expect: [{ messageId: "ends", nodeIds: ["b"] }] },
    { name: "two adjacent periods (not in the notes)", diagram: named("my..bucket"), expect: [{ messageId: "adjacentPeriods", nodeIds: ["b"] }] },
    { name: "an IP address", diagram: named("192.168.5.4"), expect: [{ messageId: "ipAddress", nodeIds: ["b"] }] },
    { name: "the xn-- prefix", diagram: named("xn--bucket"), expect: [{ messageId: "reservedPrefix", message: "reserved prefix xn--", nodeIds: ["b"] }] },
    { name: "the amzn-s3-demo- prefix", diagram: named("amzn-s3-demo-bucket"), expect: [{ messageId: "reservedPrefix", nodeIds: ["b"] }] },
    { name: "the -s3alias suffix", diagram: named("bucket-s3alias"), expect: [{ messageId: "reservedSuffix", message: "reserved suffix -s3alias", nodeIds: ["b"] }] },
    { name: "the --x-s3 suffix of directory buckets", diagram: named("bucket--x-s3"), expect: [{ messageId: "reservedSuffix", nodeIds: ["b"] }] },
    {
      name: "several rules broken at once, each reported",
      diagram: named("-A..b"),
      expect: [
        { messageId: "characters", nodeIds: ["b"] },
        { messageId: "ends", nodeIds: ["b"] },
        { messageId: "adjacentPeriods", nodeIds: ["b"] },
      ],
    },
  ],
});
