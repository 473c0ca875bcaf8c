import { z } from "zod";
import { defineKind } from "../types";
import { regionCode } from "../schemas";

export const cloudfrontDistribution = defineKind({
  id: "aws.cloudfront-distribution",
  name: { en: "CloudFront distribution", ko: "CloudFront 배포" },
  summary: {
    en: "A global CDN in front of origins such as S3 buckets, load balancers and APIs. Its ACM certificate must be issued in us-east-1.",
    ko: "S3 버킷, 로드 밸런서, API 같은 오리진 앞에 두는 글로벌 CDN입니다. ACM 인증서는 us-east-1에서 발급해야 합니다.",
  },
  category: "edge-and-dns",
  container: false,
  // A global service, drawn outside every Region.
  parents: ["root"],
  props: z.object({
    priceClass: z.enum(["PriceClass_All", "PriceClass_200", "PriceClass_100"]).default("PriceClass_All"),
    // The default cache behaviour's ViewerProtocolPolicy.
    viewerProtocolPolicy: z.enum(["allow-all", "redirect-to-https", "https-only"]).default("redirect-to-https"),
    // Alternate domain names (CNAMEs); each needs a matching certificate.
    aliases: z.array(z.string().min(1)).default(() => []),
    // Where the viewer certificate was issued; unset means CloudFront's default certificate.
    certificateRegion: regionCode.optional(),
  }),
  cfnType: "AWS::CloudFront::Distribution",
  icon: "ArchitectureServiceAmazonCloudFront",
  size: { w: 72, h: 72 },
  labelPrefix: "cdn",
});
