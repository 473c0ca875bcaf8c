import { defineRule } from "../lib/engine/types";
import type { DiagramNode } from "../lib/diagram/types";

export default defineRule({
  meta: {
    id: "s3-replication-versioning",
    severity: "error",
    category: "storage",
    scope: "component",
    title: { en: "S3 replication needs versioning on both buckets", ko: "S3 복제는 두 버킷 모두 버전 관리 필요" },
    explanation: {
      en: "S3 replication (CRR or SRR) copies object versions, so versioning must be enabled on the source bucket and on the destination bucket; S3 refuses a replication rule otherwise. The notes say replication needs versioning; AWS documents that both buckets need it. Replication also needs an IAM role, and objects that existed before the rule need S3 Batch Replication.",
      ko: "S3 복제(CRR, SRR)는 객체 버전을 복사하므로 원본 버킷과 대상 버킷 모두에 버전 관리가 활성화되어 있어야 하며, 그렇지 않으면 S3가 복제 규칙을 거부합니다. 노트는 복제에 버전 관리가 필요하다고만 하지만, AWS 문서에 따르면 두 버킷 모두 필요합니다. 복제에는 IAM 역할도 필요하고, 규칙 이전부터 있던 객체는 S3 배치 복제로 복제해야 합니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-requirements.html",
    notesSection: "S3 › replication",
    facts: ["s3_replication"],
    messages: {
      sourceUnversioned: {
        en: "Bucket {source} replicates to {destination} but has versioning off; replication needs versioning on both buckets.",
        ko: "버킷 {source}이(가) {destination}(으)로 복제하지만 버전 관리가 꺼져 있습니다. 복제에는 두 버킷 모두 버전 관리가 필요합니다.",
      },
      destinationUnversioned: {
        en: "Bucket {destination} receives replication from {source} but has versioning off; replication needs versioning on both buckets.",
        ko: "버킷 {destination}이(가) {source}에서 복제를 받지만 버전 관리가 꺼져 있습니다. 복제에는 두 버킷 모두 버전 관리가 필요합니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.s3-bucket"(source) {
        for (const edge of index.edgesFrom(source.id, "replication")) {
          const destination = index.node(edge.target);
          if (destination?.kind !== "aws.s3-bucket") continue;
          const unversioned = [source, destination].filter((b) => b.props.versioning !== true);
          if (unversioned.length === 0) continue;
          const data = { source: index.label(source.id), destination: index.label(destination.id) };
          const fixes = [enableVersioning(unversioned)];
          for (const bucket of unversioned) {
            context.report({
              messageId: bucket === source ? "sourceUnversioned" : "destinationUnversioned",
              nodeIds: bucket === source ? [source.id, destination.id] : [destination.id, source.id],
              data,
              fixes,
            });
          }
        }
      },
    };
  },
});

function enableVersioning(buckets: readonly DiagramNode[]) {
  const both = buckets.length > 1;
  return {
    title: both
      ? { en: "Enable versioning on both buckets", ko: "두 버킷 모두 버전 관리 켜기" }
      : { en: "Enable versioning", ko: "버전 관리 켜기" },
    ops: buckets.map((b) => ({ op: "updateNode" as const, id: b.id, props: { versioning: true } })),
  };
}
