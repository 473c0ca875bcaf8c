import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./aurora-replicas";

const cluster = (props: Record<string, unknown>) => build().vpc("vpc-1", null).aurora("db", "vpc-1", props).diagram();

testRule(rule, {
  valid: [
    { name: "no replicas", diagram: cluster({ replicaCount: 0 }) },
    { name: "the default single replica", diagram: cluster({}) },
    { name: "15 replicas on Aurora MySQL (not 5)", diagram: cluster({ engine: "aurora-mysql", replicaCount: 15 }) },
    { name: "15 replicas on Aurora PostgreSQL", diagram: cluster({ engine: "aurora-postgresql", replicaCount: 15 }) },
  ],
  invalid: [
    {
      name: "16 replicas",
      diagram: cluster({ replicaCount: 16 }),
      expect: [{ messageId: "tooMany", message: "Aurora cluster db has 16 Aurora Replicas; a cluster can have at most 15", nodeIds: ["db"], fixes: ["Set the replica count to 15"] }],
    },
  ],
});
