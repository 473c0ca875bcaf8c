import { z } from "zod";
import { defineKind } from "../types";

export const elasticacheCluster = defineKind({
  id: "aws.elasticache-cluster",
  name: { en: "ElastiCache cluster", ko: "ElastiCache 클러스터" },
  summary: {
    en: "A managed in-memory cache (Valkey, Redis OSS or Memcached) in the VPC. Memcached has no replicas or failover.",
    ko: "VPC 안의 관리형 인메모리 캐시(Valkey, Redis OSS 또는 Memcached)입니다. Memcached에는 복제본과 장애 조치가 없습니다.",
  },
  category: "database",
  container: false,
  // The subnet group's other subnets are placement edges.
  parents: ["aws.vpc", "aws.subnet"],
  props: z.object({
    engine: z.enum(["redis", "valkey", "memcached"]).default("redis"),
    nodeType: z
      .string()
      .regex(/^cache\.[a-z0-9-]+\.[a-z0-9]+$/, "a node type such as cache.t3.micro")
      .default("cache.t3.micro"),
    // For Memcached: the number of nodes.
    numShards: z.number().int().min(0).default(1),
    // Each shard is one primary plus this many replicas (Valkey and Redis OSS only).
    replicasPerShard: z.number().int().min(0).default(0),
    clusterMode: z.boolean().default(false),
    // Automatic failover across AZs; needs a replica in another AZ in every shard.
    multiAz: z.boolean().default(false),
  }),
  // Valkey and Redis OSS map to a replication group; a Memcached cluster maps to AWS::ElastiCache::CacheCluster.
  cfnType: "AWS::ElastiCache::ReplicationGroup",
  icon: "ArchitectureServiceAmazonElastiCache",
  size: { w: 72, h: 72 },
  labelPrefix: "cache",
});
