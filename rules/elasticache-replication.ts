import { defineRule, type Fix } from "../lib/engine/types";
import type { DiagramNode } from "../lib/diagram/types";

const MAX_REPLICAS_PER_SHARD = 5;
const MAX_SHARDS = 500;

export default defineRule({
  meta: {
    id: "elasticache-replication",
    severity: "error",
    category: "database",
    scope: "component",
    title: { en: "ElastiCache replicas, shards and Multi-AZ per engine", ko: "ElastiCache 엔진별 복제본·샤드·다중 AZ" },
    explanation: {
      en: "ElastiCache for Memcached only shards data across nodes: it has no replication, no read replicas and no automatic failover. Valkey and Redis OSS replicate: each shard is one primary plus up to 5 read replicas. With cluster mode disabled there is exactly one shard; with cluster mode enabled there can be up to 500. Multi-AZ automatic failover needs at least one replica, in an AZ other than the primary's, in every shard. The notes describe Memcached and the 5-replica limit correctly, but say Redis gets durability from AOF; AWS documents that AOF is not supported on current Redis OSS versions and never on Multi-AZ groups, so use replicas with Multi-AZ and backups. Valkey is now offered alongside Redis OSS.",
      ko: "ElastiCache for Memcached는 여러 노드에 데이터를 샤딩할 뿐, 복제·읽기 전용 복제본·자동 장애 조치가 없습니다. Valkey와 Redis OSS는 복제를 합니다. 샤드 하나는 기본 노드 하나와 읽기 전용 복제본 최대 5개입니다. 클러스터 모드가 꺼져 있으면 샤드가 정확히 하나이고, 켜져 있으면 최대 500개까지 둘 수 있습니다. 다중 AZ 자동 장애 조치에는 모든 샤드에 기본 노드와 다른 AZ의 복제본이 하나 이상 있어야 합니다. 노트의 Memcached 설명과 복제본 5개 한도는 맞지만, Redis가 AOF로 내구성을 얻는다는 설명은 맞지 않습니다. AWS 문서에 따르면 현재 Redis OSS 버전은 AOF를 지원하지 않고 다중 AZ 그룹에서는 절대 쓸 수 없으므로, 다중 AZ 복제본과 백업을 쓰세요. 이제 Redis OSS와 함께 Valkey도 제공됩니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Replication.Redis.Groups.html",
    notesSection: "ElastiCache",
    facts: ["elasticache_redis_replicas", "elasticache_engines", "elasticache_multi_az_replica", "elasticache_aof"],
    messages: {
      memcachedReplicas: {
        en: "Memcached cluster {cluster} has {count} replicas per shard; Memcached has no replication, only Valkey and Redis OSS do.",
        ko: "Memcached 클러스터 {cluster}의 샤드당 복제본이 {count}개입니다. Memcached에는 복제가 없고, Valkey와 Redis OSS만 복제합니다.",
      },
      memcachedReplication: {
        en: "Memcached cluster {cluster} is drawn replicating with {other}; Memcached has no replication.",
        ko: "Memcached 클러스터 {cluster}이(가) {other}와(과) 복제하도록 그려져 있습니다. Memcached에는 복제가 없습니다.",
      },
      memcachedMultiAz: {
        en: "Memcached cluster {cluster} has Multi-AZ failover on; Memcached has no replicas to fail over to.",
        ko: "Memcached 클러스터 {cluster}에 다중 AZ 장애 조치가 켜져 있습니다. Memcached에는 장애 조치할 복제본이 없습니다.",
      },
      tooManyReplicas: {
        en: "Cluster {cluster} has {count} replicas per shard; a shard has one primary and at most 5 replicas.",
        ko: "클러스터 {cluster}의 샤드당 복제본이 {count}개입니다. 샤드는 기본 노드 하나와 복제본 최대 5개로 이루어집니다.",
      },
      shardsWithoutClusterMode: {
        en: "Cluster {cluster} has {count} shards with cluster mode disabled; without cluster mode there is exactly one shard.",
        ko: "클러스터 {cluster}은(는) 클러스터 모드가 꺼진 채 샤드가 {count}개입니다. 클러스터 모드가 꺼져 있으면 샤드는 정확히 하나입니다.",
      },
      tooManyShards: {
        en: "Cluster {cluster} has {count} shards; cluster mode allows at most 500.",
        ko: "클러스터 {cluster}의 샤드가 {count}개입니다. 클러스터 모드는 최대 500개까지 허용합니다.",
      },
      multiAzWithoutReplica: {
        en: "Cluster {cluster} has Multi-AZ failover on but no replicas; every shard needs a replica in another AZ to fail over to.",
        ko: "클러스터 {cluster}에 다중 AZ 장애 조치가 켜져 있지만 복제본이 없습니다. 모든 샤드에 장애 조치할 다른 AZ의 복제본이 있어야 합니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    const set = (cluster: DiagramNode, props: Record<string, unknown>, en: string, ko: string): Fix => ({
      title: { en, ko },
      ops: [{ op: "updateNode", id: cluster.id, props }],
    });
    return {
      "aws.elasticache-cluster"(cluster) {
        const label = index.label(cluster.id);
        const replicas = typeof cluster.props.replicasPerShard === "number" ? cluster.props.replicasPerShard : 0;
        const shards = typeof cluster.props.numShards === "number" ? cluster.props.numShards : 1;
        if (cluster.props.engine === "memcached") {
          if (replicas > 0) {
            context.report({
              messageId: "memcachedReplicas",
              nodeIds: [cluster.id],
              data: { cluster: label, count: replicas },
              fixes: [set(cluster, { replicasPerShard: 0 }, "Set replicas per shard to 0", "샤드당 복제본을 0으로 설정")],
            });
          }
          if (cluster.props.multiAz === true) {
            context.report({
              messageId: "memcachedMultiAz",
              nodeIds: [cluster.id],
              data: { cluster: label },
              fixes: [set(cluster, { multiAz: false }, "Turn off Multi-AZ failover", "다중 AZ 장애 조치 끄기")],
            });
          }
          const edges = [...index.edgesFrom(cluster.id, "replication"), ...index.edgesTo(cluster.id, "replication")];
          for (const edge of edges) {
            const other = edge.source === cluster.id ? edge.target : edge.source;
            context.report({
              messageId: "memcachedReplication",
              nodeIds: [cluster.id, other],
              data: { cluster: label, other: index.label(other) },
              fixes: [{ title: { en: "Remove the replication", ko: "복제 연결 제거" }, ops: [{ op: "removeEdge", id: edge.id }] }],
            });
          }
          return;
        }
        if (replicas > MAX_REPLICAS_PER_SHARD) {
          context.report({
            messageId: "tooManyReplicas",
            nodeIds: [cluster.id],
            data: { cluster: label, count: replicas },
            fixes: [set(cluster, { replicasPerShard: MAX_REPLICAS_PER_SHARD }, "Set replicas per shard to 5", "샤드당 복제본을 5로 설정")],
          });
        }
        if (cluster.props.clusterMode !== true && shards > 1) {
          context.report({
            messageId: "shardsWithoutClusterMode",
            nodeIds: [cluster.id],
            data: { cluster: label, count: shards },
            fixes: shards <= MAX_SHARDS ? [set(cluster, { clusterMode: true }, "Enable cluster mode", "클러스터 모드 켜기")] : [],
          });
        }
        if (shards > MAX_SHARDS) {
          context.report({
            messageId: "tooManyShards",
            nodeIds: [cluster.id],
            data: { cluster: label, count: shards },
            fixes: [set(cluster, { numShards: MAX_SHARDS }, "Set the shard count to 500", "샤드 수를 500으로 설정")],
          });
        }
        if (cluster.props.multiAz === true && replicas === 0) {
          context.report({
            messageId: "multiAzWithoutReplica",
            nodeIds: [cluster.id],
            data: { cluster: label },
            fixes: [
              set(cluster, { replicasPerShard: 1 }, "Add one replica per shard", "샤드마다 복제본 하나 추가"),
              set(cluster, { multiAz: false }, "Turn off Multi-AZ failover", "다중 AZ 장애 조치 끄기"),
            ],
          });
        }
      },
    };
  },
});
