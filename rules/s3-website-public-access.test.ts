import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./s3-website-public-access";

const bucket = (props: Record<string, unknown>) => build().bucket("site", null, props).diagram();

testRule(rule, {
  valid: [
    { name: "a private bucket without website hosting (the default)", diagram: bucket({}) },
    { name: "a website bucket with Block Public Access off", diagram: bucket({ websiteHosting: true, blockPublicAccess: false }) },
    { name: "a private bucket behind CloudFront", diagram: build().bucket("site", null, { blockPublicAccess: true }).distribution("cdn").edge("origin", "cdn", "site").diagram() },
  ],
  invalid: [
    {
      name: "website hosting with Block Public Access on (the default for new buckets)",
      diagram: bucket({ websiteHosting: true }),
      expect: [
        {
          messageId: "blocked",
          message: "Bucket site hosts a static website but blocks all public access",
          nodeIds: ["site"],
          severity: "warning",
          fixes: ["Turn off Block Public Access (then allow public reads in the bucket policy)", "Turn off website hosting (serve it through CloudFront)"],
        },
      ],
    },
  ],
});
