import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./lambda-edge-restrictions";

/** Function `fn` in us-east-1 (or `region`), run by distribution `cdn` on `eventType`. */
const edge = (props: Record<string, unknown> = {}, eventType = "viewer-request", region = "us-east-1") =>
  build().region("r", { regionCode: region }).lambda("fn", "r", props).distribution("cdn").edgeFunction("cdn", "fn", eventType);

testRule(rule, {
  valid: [
    { name: "a default function on viewer request", diagram: edge().diagram() },
    { name: "an origin trigger with 30 s and 3,008 MB", diagram: edge({ timeout: 30, memorySize: 3008, runtime: "python3.13" }, "origin-response").diagram() },
    { name: "a function no distribution runs: any Region and features", diagram: build().region("r", { regionCode: "eu-west-1" }).lambda("fn", "r", { architecture: "arm64", layers: 2 }).diagram() },
    { name: "drawn outside any Region: the Region is not known", diagram: build().lambda("fn", null).distribution("cdn").edge("edge-function", "cdn", "fn").diagram() },
    { name: "origin of a distribution (a function URL) is not Lambda@Edge", diagram: build().region("r", { regionCode: "eu-west-1" }).lambda("fn", "r").distribution("cdn").edge("origin", "cdn", "fn").diagram() },
  ],
  invalid: [
    {
      name: "a function in eu-west-1",
      diagram: edge({}, "viewer-request", "eu-west-1").label("fn", "auth").label("cdn", "site").diagram(),
      expect: [{ messageId: "region", message: "Function auth runs as Lambda@Edge for site but is in eu-west-1", nodeIds: ["fn", "cdn"], severity: "error" }],
    },
    {
      name: "$LATEST and an alias",
      diagram: build()
        .region("r")
        .lambda("fn", "r")
        .distribution("cdn")
        .edgeFunction("cdn", "fn", "viewer-request", { qualifier: "$LATEST" })
        .edgeFunction("cdn", "fn", "origin-request", { qualifier: "live" })
        .diagram(),
      expect: [{ messageId: "qualifier", message: "as $LATEST, live;", nodeIds: ["cdn", "fn"], fixes: ["Associate version 1"] }],
    },
    {
      name: "viewer trigger with 256 MB and 10 s",
      diagram: edge({ memorySize: 256, timeout: 10 }, "viewer-response").diagram(),
      expect: [
        { messageId: "viewerMemory", message: "with 256 MB of memory; viewer triggers allow at most 128 MB", nodeIds: ["fn", "cdn"], fixes: ["Set memory to 128 MB"] },
        { messageId: "timeout", message: "runs on viewer events of cdn with a timeout of 10 s; those triggers allow at most 5 s", nodeIds: ["fn", "cdn"], fixes: ["Set the timeout to 5 s"] },
      ],
    },
    {
      name: "origin trigger with 60 s",
      diagram: edge({ timeout: 60, memorySize: 1024 }, "origin-request").diagram(),
      expect: [{ messageId: "timeout", message: "origin events of cdn with a timeout of 60 s; those triggers allow at most 30 s", nodeIds: ["fn", "cdn"], fixes: ["Set the timeout to 30 s"] }],
    },
    {
      name: "every unsupported feature",
      diagram: build()
        .region("r")
        .vpc("vpc-1", "r")
        .az("az-a", "vpc-1")
        .subnet("s-1", "az-a")
        .lambda("fn", "s-1", {
          environmentSizeKb: 1,
          layers: 1,
          tracing: true,
          reservedConcurrency: 10,
          packageType: "Image",
          architecture: "arm64",
          ephemeralStorage: 1024,
          runtime: "java21",
        })
        .queue("dlq", "r")
        .edge("dead-letter-queue", "fn", "dlq")
        .distribution("cdn")
        .edgeFunction("cdn", "fn", "origin-request")
        .diagram(),
      expect: [
        { messageId: "vpc", message: "but is attached to a VPC; Lambda@Edge does not support it", nodeIds: ["fn", "cdn"], fixes: [] },
        { messageId: "environment", nodeIds: ["fn", "cdn"], fixes: ["Remove the environment variables"] },
        { messageId: "layers", nodeIds: ["fn", "cdn"], fixes: ["Remove the layers"] },
        { messageId: "deadLetterQueue", nodeIds: ["fn", "cdn"], fixes: ["Remove the dead-letter queue"] },
        { messageId: "tracing", nodeIds: ["fn", "cdn"], fixes: ["Turn X-Ray tracing off"] },
        { messageId: "reservedConcurrency", nodeIds: ["fn", "cdn"], fixes: ["Remove the reserved concurrency"] },
        { messageId: "image", nodeIds: ["fn", "cdn"], fixes: [] },
        { messageId: "arm64", nodeIds: ["fn", "cdn"], fixes: ["Use the x86_64 architecture"] },
        { messageId: "ephemeralStorage", nodeIds: ["fn", "cdn"], fixes: ["Set /tmp to 512 MB"] },
        { messageId: "runtime", message: "on java21; Lambda@Edge supports Node.js and Python runtimes only", nodeIds: ["fn", "cdn"], fixes: [] },
      ],
    },
    {
      name: "one function on two distributions names both",
      diagram: edge({ architecture: "arm64" }).distribution("cdn-2").edgeFunction("cdn-2", "fn", "origin-request").diagram(),
      expect: [{ messageId: "arm64", message: "for cdn, cdn-2 but", nodeIds: ["fn", "cdn", "cdn-2"] }],
    },
  ],
});
