import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./s3-replication-versioning";

const replicated = (sourceVersioning: boolean, destinationVersioning: boolean) =>
  build()
    .bucket("src", null, { versioning: sourceVersioning })
    .bucket("dst", null, { versioning: destinationVersioning })
    .edge("replication", "src", "dst")
    .diagram();

testRule(rule, {
  valid: [
    { name: "both buckets versioned", diagram: replicated(true, true) },
    { name: "unversioned buckets that do not replicate", diagram: build().bucket("a", null).bucket("b", null).diagram() },
  ],
  invalid: [
    {
      name: "neither bucket versioned: one fix turns on both",
      diagram: replicated(false, false),
      expect: [
        { messageId: "sourceUnversioned", message: "Bucket src replicates to dst but has versioning off", nodeIds: ["src", "dst"], severity: "error", fixes: ["Enable versioning on both buckets"] },
        { messageId: "destinationUnversioned", message: "Bucket dst receives replication from src", nodeIds: ["dst", "src"], fixes: ["Enable versioning on both buckets"] },
      ],
    },
    {
      name: "only the source versioned: the notes' wording misses the destination",
      diagram: replicated(true, false),
      expect: [{ messageId: "destinationUnversioned", nodeIds: ["dst", "src"], fixes: ["Enable versioning"] }],
    },
    {
      name: "only the destination versioned",
      diagram: replicated(false, true),
      expect: [{ messageId: "sourceUnversioned", nodeIds: ["src", "dst"], fixes: ["Enable versioning"] }],
    },
  ],
});
