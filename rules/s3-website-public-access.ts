import { defineRule } from "../lib/engine/types";

export default defineRule({
  meta: {
    id: "s3-website-public-access",
    severity: "warning",
    category: "storage",
    title: { en: "An S3 website endpoint serves only public objects", ko: "S3 웹 사이트 엔드포인트는 퍼블릭 객체만 제공함" },
    explanation: {
      en: "Everything in S3 is private by default, and a bucket policy is attached to a bucket, as the notes say. Since April 2023 AWS also turns S3 Block Public Access on (and ACLs off) for every new bucket. A static website endpoint answers anonymous requests, so it can serve an object only when a bucket policy makes it publicly readable; with Block Public Access on, such a policy is refused and visitors get 403 Access Denied. Either turn Block Public Access off for the website bucket and allow public s3:GetObject in its bucket policy, or keep the bucket private and serve it through CloudFront with origin access control (the REST endpoint, without website hosting). A bucket that only redirects every request to another host does not read its objects and is not affected.",
      ko: "노트 말대로 S3의 모든 것은 기본적으로 비공개이며 버킷 정책은 버킷에 붙습니다. 또한 AWS는 2023년 4월부터 모든 새 버킷에 S3 퍼블릭 액세스 차단을 켜고 ACL을 끕니다. 정적 웹 사이트 엔드포인트는 익명 요청에 응답하므로, 버킷 정책이 객체를 퍼블릭으로 읽을 수 있게 해야만 그 객체를 제공할 수 있습니다. 퍼블릭 액세스 차단이 켜져 있으면 그런 정책이 거부되어 방문자는 403 Access Denied를 받습니다. 웹 사이트 버킷의 퍼블릭 액세스 차단을 끄고 버킷 정책에서 퍼블릭 s3:GetObject를 허용하거나, 버킷을 비공개로 두고 원본 액세스 제어(OAC)를 쓰는 CloudFront로 제공하세요(웹 사이트 호스팅 없이 REST 엔드포인트 사용). 모든 요청을 다른 호스트로 리디렉션하기만 하는 버킷은 객체를 읽지 않으므로 해당하지 않습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/WebsiteAccessPermissionsReqd.html",
    notesSection: "S3 › bucket policy",
    facts: ["s3_access_defaults"],
    messages: {
      blocked: {
        en: "Bucket {bucket} hosts a static website but blocks all public access, so its website endpoint answers 403 Access Denied for its objects.",
        ko: "버킷 {bucket}은(는) 정적 웹 사이트를 호스팅하지만 모든 퍼블릭 액세스를 차단하므로, 웹 사이트 엔드포인트가 객체 요청에 403 Access Denied로 응답합니다.",
      },
    },
  },
  create(context) {
    return {
      "aws.s3-bucket"(bucket) {
        if (bucket.props.websiteHosting !== true || bucket.props.blockPublicAccess !== true) return;
        context.report({
          messageId: "blocked",
          nodeIds: [bucket.id],
          data: { bucket: context.index.label(bucket.id) },
          fixes: [
            {
              title: { en: "Turn off Block Public Access (then allow public reads in the bucket policy)", ko: "퍼블릭 액세스 차단 끄기 (이후 버킷 정책에서 퍼블릭 읽기 허용)" },
              ops: [{ op: "updateNode", id: bucket.id, props: { blockPublicAccess: false } }],
            },
            {
              title: { en: "Turn off website hosting (serve it through CloudFront)", ko: "웹 사이트 호스팅 끄기 (CloudFront로 제공)" },
              ops: [{ op: "updateNode", id: bucket.id, props: { websiteHosting: false } }],
            },
          ],
        });
      },
    };
  },
});
