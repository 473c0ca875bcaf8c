import { defineRule, type Fix } from "../lib/engine/types";

const RESERVED_PREFIXES = ["xn--", "sthree-", "amzn-s3-demo-"];
const RESERVED_SUFFIXES = ["-s3alias", "--ol-s3", ".mrap", "--x-s3"];

/** Each naming rule S3 enforces, as a test that is true when the name breaks it. */
const CHECKS: ReadonlyArray<{ messageId: string; broken: (name: string) => string | false }> = [
  { messageId: "length", broken: (n) => (n.length < 3 || n.length > 63) && String(n.length) },
  { messageId: "characters", broken: (n) => /[^a-z0-9.-]/.test(n) && [...new Set(n.replace(/[a-z0-9.-]/g, ""))].map((c) => JSON.stringify(c)).join(", ") },
  // Case-blind: an uppercase first letter is the characters rule's finding, not this one's.
  { messageId: "ends", broken: (n) => !/^[a-z0-9](.*[a-z0-9])?$/i.test(n) && n },
  { messageId: "adjacentPeriods", broken: (n) => n.includes("..") && n },
  { messageId: "ipAddress", broken: (n) => /^\d{1,3}(\.\d{1,3}){3}$/.test(n) && n },
  { messageId: "reservedPrefix", broken: (n) => RESERVED_PREFIXES.find((p) => n.startsWith(p)) ?? false },
  { messageId: "reservedSuffix", broken: (n) => RESERVED_SUFFIXES.find((s) => n.endsWith(s)) ?? false },
];

export default defineRule({
  meta: {
    id: "s3-bucket-name",
    severity: "error",
    category: "storage",
    scope: "component",
    title: { en: "S3 bucket names follow the naming rules", ko: "S3 버킷 이름 규칙" },
    explanation: {
      en: "A bucket name must be 3 to 63 characters of lowercase letters, digits, periods and hyphens, start and end with a letter or digit, and not look like an IP address. The notes list those rules; AWS also forbids two adjacent periods, the prefixes xn--, sthree- and amzn-s3-demo-, and the suffixes -s3alias, --ol-s3, .mrap and --x-s3, which S3 keeps for access points and directory buckets.",
      ko: "버킷 이름은 3~63자의 소문자, 숫자, 점(.), 하이픈(-)으로만 구성되고, 문자나 숫자로 시작하고 끝나야 하며, IP 주소 형식이면 안 됩니다. 노트는 여기까지 나열하지만, AWS는 점 두 개를 연달아 쓰는 것과 접두사 xn--, sthree-, amzn-s3-demo-, 접미사 -s3alias, --ol-s3, .mrap, --x-s3도 금지합니다. 이들은 S3가 액세스 포인트와 디렉터리 버킷용으로 남겨 둔 것입니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html",
    notesSection: "S3 › bucket",
    facts: ["s3_bucket_naming"],
    messages: {
      length: {
        en: "Bucket {bucket} is named \"{name}\", {detail} characters long; a bucket name has 3 to 63.",
        ko: "버킷 {bucket}의 이름 \"{name}\"은(는) {detail}자입니다. 버킷 이름은 3~63자여야 합니다.",
      },
      characters: {
        en: "Bucket {bucket} is named \"{name}\", which uses {detail}; only lowercase letters, digits, periods and hyphens are allowed.",
        ko: "버킷 {bucket}의 이름 \"{name}\"에 {detail}이(가) 쓰였습니다. 소문자, 숫자, 점, 하이픈만 쓸 수 있습니다.",
      },
      ends: {
        en: "Bucket {bucket} is named \"{name}\"; a bucket name must start and end with a letter or digit.",
        ko: "버킷 {bucket}의 이름이 \"{name}\"입니다. 버킷 이름은 문자나 숫자로 시작하고 끝나야 합니다.",
      },
      adjacentPeriods: {
        en: "Bucket {bucket} is named \"{name}\", which has two adjacent periods; S3 does not allow them.",
        ko: "버킷 {bucket}의 이름 \"{name}\"에 점 두 개가 연달아 있습니다. S3는 이를 허용하지 않습니다.",
      },
      ipAddress: {
        en: "Bucket {bucket} is named \"{name}\", which is formatted as an IP address; S3 does not allow that.",
        ko: "버킷 {bucket}의 이름 \"{name}\"은(는) IP 주소 형식입니다. S3는 이를 허용하지 않습니다.",
      },
      reservedPrefix: {
        en: "Bucket {bucket} is named \"{name}\", which starts with the reserved prefix {detail}.",
        ko: "버킷 {bucket}의 이름 \"{name}\"이(가) 예약된 접두사 {detail}(으)로 시작합니다.",
      },
      reservedSuffix: {
        en: "Bucket {bucket} is named \"{name}\", which ends with the reserved suffix {detail}.",
        ko: "버킷 {bucket}의 이름 \"{name}\"이(가) 예약된 접미사 {detail}(으)로 끝납니다.",
      },
    },
  },
  create(context) {
    return {
      "aws.s3-bucket"(bucket) {
        const name = bucket.props.bucketName;
        // Empty: not set, and CloudFormation generates a valid one.
        if (typeof name !== "string" || name === "") return;
        const lower = name.toLowerCase();
        const fixes: Fix[] =
          lower !== name && isValidBucketName(lower)
            ? [{ title: { en: `Rename to ${lower}`, ko: `${lower}(으)로 이름 바꾸기` }, ops: [{ op: "updateNode", id: bucket.id, props: { bucketName: lower } }] }]
            : [];
        for (const { messageId, broken } of CHECKS) {
          const detail = broken(name);
          if (detail === false) continue;
          context.report({ messageId, nodeIds: [bucket.id], data: { bucket: context.index.label(bucket.id), name, detail }, fixes });
        }
      },
    };
  },
});

function isValidBucketName(name: string): boolean {
  return CHECKS.every(({ broken }) => broken(name) === false);
}
