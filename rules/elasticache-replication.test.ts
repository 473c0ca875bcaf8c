import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./elasticache-replication";

const base = () => build().vpc("vpc-1", null).az("az-a", "vpc-1").subnet("s-1", "az-a");
const cluster = (props: Record<string, unknown>) => base().cache("c", "s-1", props).diagram();

testRule(rule, {
  valid: [
    { name: "the default Redis OSS cluster: one shard, no replicas", diagram: cluster({}) },
    { name: "5 replicas per shard, the limit", diagram: cluster({ engine: "valkey", replicasPerShard: 5 }) },
    { name: "Multi-AZ with one replica", diagram: cluster({ replicasPerShard: 1, multiAz: true }) },
    { name: "500 shards in cluster mode", diagram: cluster({ clusterMode: true, numShards: 500, replicasPerShard: 2 }) },
    { name: "Memcached with several nodes", diagram: cluster({ engine: "memcached", numShards: 20 }) },
    { name: "a Redis OSS global datastore replica", diagram: base().cache("c", "s-1").cache("c2", "s-1").replicate("c", "c2").diagram() },
  ],
  invalid: [
    {
      name: "6 replicas per shard",
      diagram: cluster({ replicasPerShard: 6 }),
      expect: [{ messageId: "tooManyReplicas", message: "Cluster c has 6 replicas per shard", nodeIds: ["c"], fixes: ["Set replicas per shard to 5"] }],
    },
    {
      name: "Memcached with replicas and Multi-AZ",
      diagram: cluster({ engine: "memcached", replicasPerShard: 1, multiAz: true }),
      expect: [
        { messageId: "memcachedReplicas", message: "Memcached has no replication", nodeIds: ["c"], fixes: ["Set replicas per shard to 0"] },
        { messageId: "memcachedMultiAz", nodeIds: ["c"], fixes: ["Turn off Multi-AZ failover"] },
      ],
    },
    {
      name: "a Memcached cluster replicating to another",
      diagram: base().cache("c", "s-1", { engine: "memcached" }).cache("c2", "s-1").replicate("c2", "c").diagram(),
      expect: [{ messageId: "memcachedReplication", message: "Memcached cluster c is drawn replicating with c2", nodeIds: ["c", "c2"], fixes: ["Remove the replication"] }],
    },
    {
      name: "two shards without cluster mode",
      diagram: cluster({ numShards: 2 }),
      expect: [{ messageId: "shardsWithoutClusterMode", message: "has 2 shards with cluster mode disabled", nodeIds: ["c"], fixes: ["Enable cluster mode"] }],
    },
    {
      name: "501 shards",
      diagram: cluster({ clusterMode: true, numShards: 501 }),
      expect: [{ messageId: "tooManyShards", nodeIds: ["c"], fixes: ["Set the shard count to 500"] }],
    },
    {
      name: "Multi-AZ without a replica",
      diagram: cluster({ multiAz: true }),
      expect: [{ messageId: "multiAzWithoutReplica", nodeIds: ["c"], fixes: ["Add one replica per shard", "Turn off Multi-AZ failover"] }],
    },
  ],
});
