import { build } from "../diagram/builder";
import type { Template } from "./types";

export const staticSiteCloudfront: Template = {
  id: "static-site-cloudfront",
  name: { en: "Static site with CloudFront and S3", ko: "CloudFront와 S3로 만든 정적 사이트" },
  description: {
    en: "A Route 53 alias record for the site's domain points at a CloudFront distribution that serves HTTPS and fetches from a private S3 bucket (Block Public Access stays on; CloudFront reads through origin access control). The certificate for a custom domain on CloudFront comes from ACM in us-east-1.",
    ko: "사이트 도메인의 Route 53 별칭 레코드가 CloudFront 배포를 가리키고, 배포는 HTTPS로 응답하며 비공개 S3 버킷에서 콘텐츠를 가져옵니다 (퍼블릭 액세스 차단은 켜 두고 CloudFront는 원본 액세스 제어로 읽습니다). CloudFront의 사용자 지정 도메인 인증서는 us-east-1의 ACM에서 발급합니다.",
  },
  teaches: null,
  findings: [],
  build: () =>
    build("Static site with CloudFront and S3")
      .node("ext.internet", "visitors", null)
      .label("visitors", "Visitors")
      .record("www", { name: "www.example.com", zoneName: "example.com", recordType: "A", alias: true })
      .label("www", "www.example.com")
      .node("aws.cloudfront-distribution", "cdn", null, {
        viewerProtocolPolicy: "redirect-to-https",
        aliases: ["www.example.com"],
        certificateRegion: "us-east-1",
      })
      .label("cdn", "site-cdn")
      .region("region", { regionCode: "us-east-1" })
      .label("region", "us-east-1")
      .bucket("site", "region", { bucketName: "www-example-com-site", blockPublicAccess: true })
      .label("site", "site-content")
      .edge("alias", "www", "cdn")
      .edge("origin", "cdn", "site")
      .edge("connection", "visitors", "cdn", { port: 443 })
      .diagram(),
};
