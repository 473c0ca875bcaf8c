import { defineRule, type Fix } from "../lib/engine/types";
import type { DiagramIndex } from "../lib/diagram/graph";
import type { DiagramNode } from "../lib/diagram/types";

const MAX_NAME = 63;

export default defineRule({
  meta: {
    id: "s3-bucket-unique-name",
    severity: "error",
    category: "storage",
    title: { en: "S3 bucket names are unique in their partition", ko: "S3 버킷 이름은 파티션 안에서 고유함" },
    explanation: {
      en: "The notes say bucket names are globally unique and a name is free again only once its bucket is deleted. AWS documents the scope more precisely: a general purpose bucket name is unique across all accounts and Regions of one partition (aws, aws-cn, aws-us-gov and aws-eusc), so the same name can exist once in the standard Regions and once in the China Regions. Buckets created in an account regional namespace are still part of that namespace. Two buckets of one diagram with the same name in the same partition can never both be created; the second one fails with BucketAlreadyExists or BucketAlreadyOwnedByYou. Names that are free elsewhere in AWS cannot be checked in a diagram.",
      ko: "노트는 버킷 이름이 전역에서 고유하고 버킷을 삭제해야 그 이름을 다시 쓸 수 있다고 합니다. AWS 문서는 범위를 더 정확히 말합니다. 범용 버킷 이름은 한 파티션(aws, aws-cn, aws-us-gov, aws-eusc)의 모든 계정과 리전에서 고유하므로, 같은 이름이 표준 리전에 하나, 중국 리전에 하나 있을 수 있습니다. 계정 리전 네임스페이스에 만든 버킷도 이 네임스페이스에 속합니다. 한 다이어그램에서 같은 파티션에 같은 이름의 버킷 두 개는 결코 함께 만들 수 없으며, 두 번째 버킷은 BucketAlreadyExists 또는 BucketAlreadyOwnedByYou로 실패합니다. AWS의 다른 곳에서 이미 쓰는 이름인지는 다이어그램으로 확인할 수 없습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/gpbucketnamespaces.html",
    notesSection: "S3 › bucket",
    facts: ["s3_bucket_uniqueness"],
    messages: {
      duplicate: {
        en: "Buckets {buckets} are all named \"{name}\"; a bucket name is unique in its partition ({partition}), so only one of them can be created.",
        ko: "버킷 {buckets}의 이름이 모두 \"{name}\"입니다. 버킷 이름은 파티션({partition}) 안에서 고유하므로 이 중 하나만 만들 수 있습니다.",
      },
      duplicateNoRegion: {
        en: "Buckets {buckets}, drawn outside any Region, are all named \"{name}\"; a bucket name is unique in its partition, so only one of them can be created.",
        ko: "리전 밖에 그린 버킷 {buckets}의 이름이 모두 \"{name}\"입니다. 버킷 이름은 파티션 안에서 고유하므로 이 중 하나만 만들 수 있습니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    const groups = new Map<string, DiagramNode[]>();
    return {
      "aws.s3-bucket"(bucket) {
        const name = bucket.props.bucketName;
        // Empty: not set, and CloudFormation generates a unique one.
        if (typeof name !== "string" || name === "") return;
        const partition = partitionOf(index, bucket);
        if (partition === undefined) return;
        const key = `${partition}\n${name}`;
        const group = groups.get(key);
        if (group) group.push(bucket);
        else groups.set(key, [bucket]);
      },
      diagram() {
        const taken = new Set(index.ofKind("aws.s3-bucket").map((b) => b.props.bucketName));
        for (const [key, buckets] of groups) {
          if (buckets.length < 2) continue;
          const [partition, name] = key.split("\n") as [string, string];
          context.report({
            messageId: partition === NO_REGION ? "duplicateNoRegion" : "duplicate",
            nodeIds: buckets.map((b) => b.id),
            data: { buckets: buckets.map((b) => index.label(b.id)).join(", "), name, ...(partition === NO_REGION ? {} : { partition }) },
            fixes: renameOthers(buckets, name, taken),
          });
        }
      },
    };
  },
});

/** Buckets drawn outside any Region are compared with each other only: their partition is not known. */
const NO_REGION = "(no Region)";

/** The partition of the bucket's Region; undefined for a partition S3's documentation does not list. */
function partitionOf(index: DiagramIndex, bucket: DiagramNode): string | undefined {
  const code = index.ancestor(bucket, "aws.region")?.props.regionCode;
  if (typeof code !== "string") return NO_REGION;
  if (code.startsWith("cn-")) return "aws-cn";
  if (code.startsWith("us-gov-")) return "aws-us-gov";
  if (code.startsWith("eusc-")) return "aws-eusc";
  if (code.startsWith("us-iso")) return undefined;
  return "aws";
}

/** Keeps the first bucket's name and gives the others `<name>-2`, `<name>-3`… when those are free and short enough. */
function renameOthers(buckets: readonly DiagramNode[], name: string, taken: ReadonlySet<unknown>): Fix[] {
  const renames: Array<{ id: string; name: string }> = [];
  let n = 2;
  for (const bucket of buckets.slice(1)) {
    while (taken.has(`${name}-${n}`)) n++;
    const next = `${name}-${n++}`;
    if (next.length > MAX_NAME) return [];
    renames.push({ id: bucket.id, name: next });
  }
  const list = renames.map((r) => r.name).join(", ");
  return [
    {
      title: { en: `Rename the others to ${list}`, ko: `나머지 이름을 ${list}(으)로 바꾸기` },
      ops: renames.map((r) => ({ op: "updateNode" as const, id: r.id, props: { bucketName: r.name } })),
    },
  ];
}
