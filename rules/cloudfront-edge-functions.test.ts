import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./cloudfront-edge-functions";

/** Distribution `cdn` with CloudFront Function `cff` and Lambda@Edge functions `auth` and `resize` (in us-east-1), nothing associated yet. */
const functions = () =>
  build()
    .distribution("cdn")
    .node("aws.cloudfront-function", "cff", null)
    .region("r", { regionCode: "us-east-1" })
    .lambda("auth", "r")
    .lambda("resize", "r");

testRule(rule, {
  valid: [
    { name: "a CloudFront Function on viewer request", diagram: functions().edgeFunction("cdn", "cff", "viewer-request").diagram() },
    {
      name: "a CloudFront Function on viewer request beside Lambda@Edge on origin events",
      diagram: functions().edgeFunction("cdn", "cff", "viewer-request").edgeFunction("cdn", "auth", "origin-request").edgeFunction("cdn", "resize", "origin-response").diagram(),
    },
    {
      name: "Lambda@Edge on viewer request in another cache behavior",
      diagram: functions().edgeFunction("cdn", "cff", "viewer-request").edgeFunction("cdn", "auth", "viewer-request", { cacheBehavior: "/api/*" }).diagram(),
    },
    { name: "10 KB of code", diagram: build().node("aws.cloudfront-function", "cff", null, { codeSizeKb: 10 }).diagram() },
  ],
  invalid: [
    {
      name: "a CloudFront Function on origin request",
      diagram: functions().label("cff", "rewrite").edgeFunction("cdn", "cff", "origin-request").diagram(),
      expect: [
        {
          messageId: "originEvent",
          message: "Distribution cdn runs CloudFront Function rewrite on origin-request; CloudFront Functions run on viewer request and viewer response only",
          nodeIds: ["cdn", "cff"],
          severity: "error",
          fixes: ["Remove the association"],
        },
      ],
    },
    {
      name: "two Lambda@Edge functions on origin request of the default behavior",
      diagram: functions().edgeFunction("cdn", "auth", "origin-request").edgeFunction("cdn", "resize", "origin-request").diagram(),
      expect: [{ messageId: "twoOnOneEvent", message: "runs auth, resize on origin-request of cache behavior *", nodeIds: ["cdn", "auth", "resize"], fixes: ["Keep only auth", "Keep only resize"] }],
    },
    {
      name: "a CloudFront Function on viewer request and Lambda@Edge on viewer response",
      diagram: functions().edgeFunction("cdn", "cff", "viewer-request").edgeFunction("cdn", "auth", "viewer-response").diagram(),
      expect: [
        {
          messageId: "mixedOnViewer",
          message: "mixes CloudFront Functions (cff) and Lambda@Edge (auth) on the viewer events of cache behavior *",
          nodeIds: ["cdn", "cff", "auth"],
          fixes: ["Remove the Lambda@Edge viewer associations", "Remove the CloudFront Functions associations"],
        },
      ],
    },
    {
      name: "a CloudFront Function and Lambda@Edge on the same viewer event",
      diagram: functions().edgeFunction("cdn", "cff", "viewer-request", { cacheBehavior: "/img/*" }).edgeFunction("cdn", "auth", "viewer-request", { cacheBehavior: "/img/*" }).diagram(),
      expect: [
        { messageId: "twoOnOneEvent", nodeIds: ["cdn", "cff", "auth"] },
        { messageId: "mixedOnViewer", message: "cache behavior /img/*", nodeIds: ["cdn", "cff", "auth"] },
      ],
    },
    {
      name: "11 KB of code",
      diagram: build().node("aws.cloudfront-function", "cff", null, { codeSizeKb: 11 }).diagram(),
      expect: [{ messageId: "codeSize", message: "CloudFront Function cff has 11 KB of code; CloudFront Functions allow at most 10 KB.", nodeIds: ["cff"], fixes: [] }],
    },
  ],
});
