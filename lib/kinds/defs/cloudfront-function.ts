import { z } from "zod";
import { defineKind } from "../types";

export const cloudfrontFunction = defineKind({
  id: "aws.cloudfront-function",
  name: { en: "CloudFront Function", ko: "CloudFront Functions 함수" },
  summary: {
    en: "A lightweight JavaScript function CloudFront runs at its edge locations on viewer requests and responses, in under a millisecond.",
    ko: "CloudFront가 엣지 로케이션에서 뷰어 요청과 응답에 1밀리초 안에 실행하는 가벼운 JavaScript 함수입니다.",
  },
  category: "edge-and-dns",
  container: false,
  // A global resource of CloudFront, drawn outside every Region like the distribution.
  parents: ["root"],
  props: z.object({
    runtime: z.enum(["cloudfront-js-1.0", "cloudfront-js-2.0"]).default("cloudfront-js-2.0"),
    // KB; the function code. Unset: not known.
    codeSizeKb: z.number().positive().optional(),
  }),
  cfnType: "AWS::CloudFront::Function",
  icon: "ResourceAmazonCloudFrontFunctions",
  size: { w: 72, h: 72 },
  labelPrefix: "cff",
});
