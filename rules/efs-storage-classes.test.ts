import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./efs-storage-classes";

const fs = (props: Record<string, unknown>) => build().vpc("vpc-1", null).efs("shared", "vpc-1", props).diagram();
const ELASTIC = { throughputMode: "elastic" };

testRule(rule, {
  valid: [
    { name: "no lifecycle policy", diagram: fs({}) },
    { name: "IA only, with Bursting throughput", diagram: fs({ transitionToIa: "AFTER_30_DAYS" }) },
    { name: "IA after 30 days, Archive after 90, Elastic throughput", diagram: fs({ ...ELASTIC, transitionToIa: "AFTER_30_DAYS", transitionToArchive: "AFTER_90_DAYS" }) },
    { name: "Archive without an IA transition, Elastic throughput", diagram: fs({ ...ELASTIC, transitionToArchive: "AFTER_180_DAYS" }) },
  ],
  invalid: [
    {
      name: "Archive with Bursting throughput: switch to Elastic or stop archiving",
      diagram: fs({ transitionToArchive: "AFTER_90_DAYS" }),
      expect: [{ messageId: "archiveThroughput", message: "moves files to Archive but uses bursting throughput", nodeIds: ["shared"], fixes: ["Switch to Elastic throughput", "Stop moving files to Archive"] }],
    },
    {
      name: "Archive with Provisioned throughput",
      diagram: fs({ throughputMode: "provisioned", transitionToArchive: "AFTER_90_DAYS" }),
      expect: [{ messageId: "archiveThroughput", message: "uses provisioned throughput", nodeIds: ["shared"] }],
    },
    {
      name: "Archive with Max I/O: no Elastic fix, the performance mode is fixed at creation",
      diagram: fs({ performanceMode: "maxIO", transitionToArchive: "AFTER_90_DAYS" }),
      expect: [
        { messageId: "archiveThroughput", nodeIds: ["shared"], fixes: ["Stop moving files to Archive"] },
        { messageId: "archiveMaxIo", nodeIds: ["shared"], fixes: ["Stop moving files to Archive"] },
      ],
    },
    {
      name: "Archive no later than IA",
      diagram: fs({ ...ELASTIC, transitionToIa: "AFTER_90_DAYS", transitionToArchive: "AFTER_90_DAYS" }),
      expect: [{ messageId: "archiveBeforeIa", message: "moves files to Archive AFTER_90_DAYS but to Infrequent Access only AFTER_90_DAYS", nodeIds: ["shared"] }],
    },
    {
      name: "Archive after one day, IA after seven",
      diagram: fs({ ...ELASTIC, transitionToIa: "AFTER_7_DAYS", transitionToArchive: "AFTER_1_DAY" }),
      expect: [{ messageId: "archiveBeforeIa", message: "Archive AFTER_1_DAY but to Infrequent Access only AFTER_7_DAYS", nodeIds: ["shared"] }],
    },
  ],
});
