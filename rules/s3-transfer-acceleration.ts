import { defineRule, type Fix } from "../lib/engine/types";

/** A DNS-compliant bucket name without periods; the other naming rules are s3-bucket-name's. */
const WITHOUT_PERIODS = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;

export default defineRule({
  meta: {
    id: "s3-transfer-acceleration",
    severity: "error",
    category: "storage",
    title: { en: "Transfer Acceleration needs a bucket name without periods", ko: "Transfer Acceleration은 점 없는 버킷 이름이 필요함" },
    explanation: {
      en: "S3 Transfer Acceleration sends uploads and downloads through CloudFront's edge locations to the bucket's accelerate endpoint (bucket-name.s3-accelerate.amazonaws.com). AWS allows it only on a bucket whose name is DNS-compliant and contains no periods. The notes do not mention this; it is added from AWS's documentation.",
      ko: "S3 Transfer Acceleration은 업로드와 다운로드를 CloudFront 엣지 로케이션을 거쳐 버킷의 가속 엔드포인트(버킷이름.s3-accelerate.amazonaws.com)로 보냅니다. AWS는 이름이 DNS 규칙을 따르고 점(.)이 없는 버킷에만 이 기능을 허용합니다. 노트에는 없는 내용으로, AWS 문서에서 추가했습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/transfer-acceleration.html",
    facts: ["s3_transfer_accel_name"],
    messages: {
      periods: {
        en: "Bucket {bucket} has Transfer Acceleration on but is named \"{name}\", with periods; Transfer Acceleration needs a bucket name without periods.",
        ko: "버킷 {bucket}은(는) Transfer Acceleration이 켜져 있지만 이름 \"{name}\"에 점이 있습니다. Transfer Acceleration은 점이 없는 버킷 이름이 필요합니다.",
      },
    },
  },
  create(context) {
    return {
      "aws.s3-bucket"(bucket) {
        const name = bucket.props.bucketName;
        if (bucket.props.transferAcceleration !== true || typeof name !== "string" || !name.includes(".")) return;
        const renamed = name.replaceAll(".", "-");
        const fixes: Fix[] = [];
        if (WITHOUT_PERIODS.test(renamed)) {
          fixes.push({ title: { en: `Rename to ${renamed}`, ko: `${renamed}(으)로 이름 바꾸기` }, ops: [{ op: "updateNode", id: bucket.id, props: { bucketName: renamed } }] });
        }
        fixes.push({ title: { en: "Turn off Transfer Acceleration", ko: "Transfer Acceleration 끄기" }, ops: [{ op: "updateNode", id: bucket.id, props: { transferAcceleration: false } }] });
        context.report({ messageId: "periods", nodeIds: [bucket.id], data: { bucket: context.index.label(bucket.id), name }, fixes });
      },
    };
  },
});
