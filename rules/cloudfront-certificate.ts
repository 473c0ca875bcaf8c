import { defineRule } from "../lib/engine/types";

const CERTIFICATE_REGION = "us-east-1";

export default defineRule({
  meta: {
    id: "cloudfront-certificate",
    severity: "error",
    category: "dns-and-edge",
    scope: "component",
    title: { en: "CloudFront certificates come from ACM in us-east-1", ko: "CloudFront 인증서는 us-east-1의 ACM에서 발급" },
    explanation: {
      en: "CloudFront is a global service that reads viewer certificates from AWS Certificate Manager in US East (N. Virginia), us-east-1, only, whatever Region the origin is in. A distribution with alternate domain names (CNAMEs) must have a certificate that covers them; the default *.cloudfront.net certificate does not. The notes do not cover this.",
      ko: "CloudFront는 글로벌 서비스로, 오리진이 어느 리전에 있든 뷰어 인증서를 미국 동부(버지니아 북부) us-east-1의 AWS Certificate Manager에서만 가져옵니다. 대체 도메인 이름(CNAME)이 있는 배포에는 그 이름을 포함하는 인증서가 있어야 하며, 기본 *.cloudfront.net 인증서로는 안 됩니다. 노트에는 이 내용이 없습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cnames-and-https-requirements.html",
    facts: ["cloudfront_acm_us_east_1"],
    messages: {
      wrongRegion: {
        en: "Distribution {distribution} uses a certificate from {region}; CloudFront uses ACM certificates from us-east-1 only.",
        ko: "배포 {distribution}이(가) {region}의 인증서를 씁니다. CloudFront는 us-east-1의 ACM 인증서만 씁니다.",
      },
      aliasesWithoutCertificate: {
        en: "Distribution {distribution} has alternate domain names ({aliases}) but no certificate of its own; they need an ACM certificate from us-east-1 that covers them.",
        ko: "배포 {distribution}에 대체 도메인 이름({aliases})이 있지만 자체 인증서가 없습니다. 이 이름들을 포함하는 us-east-1의 ACM 인증서가 필요합니다.",
      },
    },
  },
  create(context) {
    return {
      "aws.cloudfront-distribution"(distribution) {
        const label = context.index.label(distribution.id);
        const region = distribution.props.certificateRegion;
        const fixes = [
          {
            title: { en: "Use a certificate from us-east-1", ko: "us-east-1의 인증서 사용" },
            ops: [{ op: "updateNode" as const, id: distribution.id, props: { certificateRegion: CERTIFICATE_REGION } }],
          },
        ];
        if (typeof region === "string") {
          if (region === CERTIFICATE_REGION) return;
          context.report({ messageId: "wrongRegion", nodeIds: [distribution.id], data: { distribution: label, region }, fixes });
          return;
        }
        const aliases = Array.isArray(distribution.props.aliases) ? distribution.props.aliases : [];
        if (aliases.length === 0) return;
        context.report({ messageId: "aliasesWithoutCertificate", nodeIds: [distribution.id], data: { distribution: label, aliases: aliases.join(", ") }, fixes });
      },
    };
  },
});
