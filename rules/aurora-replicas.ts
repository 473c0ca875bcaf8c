import { defineRule } from "../lib/engine/types";

const MAX_REPLICAS = 15;

export default defineRule({
  meta: {
    id: "aurora-replicas",
    severity: "error",
    category: "database",
    scope: "component",
    title: { en: "An Aurora cluster has at most 15 Aurora Replicas", ko: "Aurora 클러스터의 Aurora 복제본은 최대 15개" },
    explanation: {
      en: "An Aurora DB cluster has one writer and up to 15 Aurora Replicas (readers) sharing the cluster volume; the reader endpoint balances connections across them. The notes add \"MySQL: 5\", which is about RDS for MySQL read replicas, and that limit is now 15 as well; Aurora MySQL and Aurora PostgreSQL both allow 15 Aurora Replicas.",
      ko: "Aurora DB 클러스터는 라이터 하나와 클러스터 볼륨을 공유하는 Aurora 복제본(리더) 최대 15개로 이루어지며, 리더 엔드포인트가 연결을 복제본들에 분산합니다. 노트의 \"MySQL은 최대 5개\"는 RDS for MySQL 읽기 전용 복제본에 관한 내용이고 그 한도도 이제 15개입니다. Aurora MySQL과 Aurora PostgreSQL 모두 Aurora 복제본을 15개까지 허용합니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Replication.html",
    notesSection: "Aurora",
    facts: ["aurora_replicas_endpoints"],
    messages: {
      tooMany: {
        en: "Aurora cluster {cluster} has {count} Aurora Replicas; a cluster can have at most 15.",
        ko: "Aurora 클러스터 {cluster}에 Aurora 복제본이 {count}개 있습니다. 클러스터에는 최대 15개까지 둘 수 있습니다.",
      },
    },
  },
  create(context) {
    return {
      "aws.aurora-cluster"(cluster) {
        const count = cluster.props.replicaCount;
        if (typeof count !== "number" || count <= MAX_REPLICAS) return;
        context.report({
          messageId: "tooMany",
          nodeIds: [cluster.id],
          data: { cluster: context.index.label(cluster.id), count },
          fixes: [
            {
              title: { en: `Set the replica count to ${MAX_REPLICAS}`, ko: `복제본 수를 ${MAX_REPLICAS}(으)로 설정` },
              ops: [{ op: "updateNode", id: cluster.id, props: { replicaCount: MAX_REPLICAS } }],
            },
          ],
        });
      },
    };
  },
});
