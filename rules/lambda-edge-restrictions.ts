import { defineRule, type Fix, type RuleContext } from "../lib/engine/types";
import type { DiagramIndex } from "../lib/diagram/graph";
import type { DiagramEdge, DiagramNode } from "../lib/diagram/types";
import type { Text } from "../lib/i18n/text";

const EDGE_REGION = "us-east-1";
/** Lambda@Edge quotas per event type (CloudFront quotas): memory in MB, timeout in seconds. */
const VIEWER = { memory: 128, timeout: 5 };
const ORIGIN = { timeout: 30 };
const MAX_EPHEMERAL_STORAGE = 512;

interface Unsupported {
  messageId: string;
  /** Whether the function uses the feature. */
  uses: (fn: DiagramNode, index: DiagramIndex) => boolean;
  /** The mechanical fix, when there is one. */
  fix?: (fn: DiagramNode, index: DiagramIndex) => Fix;
}

const set = (fn: DiagramNode, props: Record<string, unknown>, title: Text): Fix => ({ title, ops: [{ op: "updateNode", id: fn.id, props }] });

/** Lambda features Lambda@Edge does not support (CloudFront: Restrictions on Lambda@Edge › Lambda features). */
const UNSUPPORTED: readonly Unsupported[] = [
  { messageId: "vpc", uses: (fn, index) => index.subnetsOf(fn).length > 0 },
  {
    messageId: "environment",
    uses: (fn) => typeof fn.props.environmentSizeKb === "number" && fn.props.environmentSizeKb > 0,
    fix: (fn) => set(fn, { environmentSizeKb: 0 }, { en: "Remove the environment variables", ko: "환경 변수 제거" }),
  },
  {
    messageId: "layers",
    uses: (fn) => typeof fn.props.layers === "number" && fn.props.layers > 0,
    fix: (fn) => set(fn, { layers: 0 }, { en: "Remove the layers", ko: "계층 제거" }),
  },
  {
    messageId: "deadLetterQueue",
    uses: (fn, index) => index.edgesFrom(fn.id, "dead-letter-queue").length > 0,
    fix: (fn, index) => ({
      title: { en: "Remove the dead-letter queue", ko: "배달 못한 편지 대기열 제거" },
      ops: index.edgesFrom(fn.id, "dead-letter-queue").map((e) => ({ op: "removeEdge" as const, id: e.id })),
    }),
  },
  { messageId: "tracing", uses: (fn) => fn.props.tracing === true, fix: (fn) => set(fn, { tracing: false }, { en: "Turn X-Ray tracing off", ko: "X-Ray 추적 끄기" }) },
  {
    messageId: "reservedConcurrency",
    uses: (fn) => typeof fn.props.reservedConcurrency === "number",
    fix: (fn) => set(fn, { reservedConcurrency: undefined }, { en: "Remove the reserved concurrency", ko: "예약된 동시성 제거" }),
  },
  { messageId: "image", uses: (fn) => fn.props.packageType === "Image" },
  { messageId: "arm64", uses: (fn) => fn.props.architecture === "arm64", fix: (fn) => set(fn, { architecture: "x86_64" }, { en: "Use the x86_64 architecture", ko: "x86_64 아키텍처 사용" }) },
  {
    messageId: "ephemeralStorage",
    uses: (fn) => typeof fn.props.ephemeralStorage === "number" && fn.props.ephemeralStorage > MAX_EPHEMERAL_STORAGE,
    fix: (fn) => set(fn, { ephemeralStorage: MAX_EPHEMERAL_STORAGE }, { en: "Set /tmp to 512 MB", ko: "/tmp를 512MB로 설정" }),
  },
  { messageId: "runtime", uses: (fn) => !/^(nodejs|python)/.test(String(fn.props.runtime)) },
];

const feature = (en: string, ko: string): Text => ({
  en: `Function {function} runs as Lambda@Edge for {distributions} but ${en}; Lambda@Edge does not support it.`,
  ko: `함수 {function}은(는) {distributions}의 Lambda@Edge로 실행되지만 ${ko}. Lambda@Edge는 이를 지원하지 않습니다.`,
});

export default defineRule({
  meta: {
    id: "lambda-edge-restrictions",
    severity: "error",
    category: "dns-and-edge",
    title: { en: "Lambda@Edge: us-east-1, a numbered version, its limits and features", ko: "Lambda@Edge: us-east-1, 번호 버전, 한도와 기능" },
    explanation: {
      en: "A Lambda@Edge function is written in US East (N. Virginia), us-east-1, and CloudFront replicates it to its edge locations; the distribution must name a numbered version of it, not $LATEST or an alias. On viewer request and viewer response events it may use at most 128 MB of memory and run at most 5 seconds; on origin events up to 30 seconds and the usual Lambda memory. It runs on Node.js or Python only, and cannot use a VPC, environment variables, layers, a dead-letter queue, X-Ray, reserved or provisioned concurrency, a container image, the arm64 architecture or more than 512 MB of /tmp. The notes give the Region, the timeouts and the memory, but say the package limit is 50 MB; AWS documents 1 MB for viewer triggers and 50 MB for origin triggers (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html). The package limit counts the compressed package, which the diagram does not hold, so it is not checked.",
      ko: "Lambda@Edge 함수는 미국 동부(버지니아 북부) us-east-1에서 작성하며, CloudFront가 엣지 로케이션으로 복제합니다. 배포는 $LATEST나 별칭이 아닌 번호가 붙은 버전을 지정해야 합니다. 뷰어 요청과 뷰어 응답 이벤트에서는 메모리 최대 128MB, 실행 시간 최대 5초이고, 오리진 이벤트에서는 최대 30초와 일반 Lambda 메모리를 쓸 수 있습니다. 런타임은 Node.js와 Python뿐이며 VPC, 환경 변수, 계층, DLQ, X-Ray, 예약 또는 프로비저닝된 동시성, 컨테이너 이미지, arm64 아키텍처, 512MB를 넘는 /tmp를 쓸 수 없습니다. 노트는 리전, 제한 시간, 메모리를 맞게 설명하지만 패키지 한도를 50MB라고 합니다. AWS 문서에 따르면 뷰어 트리거는 1MB, 오리진 트리거는 50MB입니다 (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html). 패키지 한도는 다이어그램에 없는 압축된 패키지 크기 기준이므로 확인하지 않습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html",
    notesSection: "CloudFront + Lambda",
    facts: ["lambda_edge_region", "lambda_edge_limits", "lambda_edge_unsupported"],
    messages: {
      region: {
        en: "Function {function} runs as Lambda@Edge for {distributions} but is in {region}; Lambda@Edge functions must be created in us-east-1.",
        ko: "함수 {function}은(는) {distributions}의 Lambda@Edge로 실행되지만 {region}에 있습니다. Lambda@Edge 함수는 us-east-1에서 만들어야 합니다.",
      },
      qualifier: {
        en: "Distribution {distribution} associates function {function} as {qualifier}; Lambda@Edge needs a numbered version, not $LATEST or an alias.",
        ko: "배포 {distribution}이(가) 함수 {function}을(를) {qualifier}(으)로 연결합니다. Lambda@Edge에는 $LATEST나 별칭이 아닌 번호 버전이 필요합니다.",
      },
      viewerMemory: {
        en: "Function {function} runs on a viewer event of {distributions} with {value} MB of memory; viewer triggers allow at most 128 MB.",
        ko: "함수 {function}은(는) {distributions}의 뷰어 이벤트에서 메모리 {value}MB로 실행됩니다. 뷰어 트리거는 최대 128MB입니다.",
      },
      timeout: {
        en: "Function {function} runs on {eventKindEn} events of {distributions} with a timeout of {value} s; those triggers allow at most {max} s.",
        ko: "함수 {function}은(는) {distributions}의 {eventKindKo} 이벤트에서 제한 시간 {value}초로 실행됩니다. 이 트리거는 최대 {max}초입니다.",
      },
      vpc: feature("is attached to a VPC", "VPC에 연결되어 있습니다"),
      environment: feature("has environment variables", "환경 변수가 있습니다"),
      layers: feature("uses layers", "계층을 씁니다"),
      deadLetterQueue: feature("has a dead-letter queue", "DLQ가 있습니다"),
      tracing: feature("has X-Ray tracing on", "X-Ray 추적이 켜져 있습니다"),
      reservedConcurrency: feature("has reserved concurrency", "예약된 동시성이 있습니다"),
      image: feature("is a container image", "컨테이너 이미지입니다"),
      arm64: feature("uses the arm64 architecture", "arm64 아키텍처를 씁니다"),
      ephemeralStorage: feature("has more than 512 MB of /tmp", "/tmp가 512MB를 넘습니다"),
      runtime: {
        en: "Function {function} runs as Lambda@Edge for {distributions} on {runtime}; Lambda@Edge supports Node.js and Python runtimes only.",
        ko: "함수 {function}은(는) {distributions}의 Lambda@Edge로 {runtime}에서 실행됩니다. Lambda@Edge는 Node.js와 Python 런타임만 지원합니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.lambda"(fn) {
        const associations = index.edgesTo(fn.id, "edge-function");
        if (associations.length === 0) return;
        const distributionIds = [...new Set(associations.map((e) => e.source))];
        const nodeIds = [fn.id, ...distributionIds];
        const data = { function: index.label(fn.id), distributions: distributionIds.map((id) => index.label(id)).join(", ") };

        const region = index.ancestor(fn, "aws.region")?.props.regionCode;
        if (typeof region === "string" && region !== EDGE_REGION) context.report({ messageId: "region", nodeIds, data: { ...data, region } });

        for (const distribution of distributionIds) reportQualifiers((r) => context.report(r), index, fn, associations.filter((e) => e.source === distribution));

        const viewer = associations.some((e) => String(e.props.eventType).startsWith("viewer-"));
        const memory = fn.props.memorySize;
        if (viewer && typeof memory === "number" && memory > VIEWER.memory) {
          context.report({ messageId: "viewerMemory", nodeIds, data: { ...data, value: memory }, fixes: [set(fn, { memorySize: VIEWER.memory }, { en: "Set memory to 128 MB", ko: "메모리를 128MB로 설정" })] });
        }
        const timeout = fn.props.timeout;
        const max = viewer ? VIEWER.timeout : ORIGIN.timeout;
        if (typeof timeout === "number" && timeout > max) {
          context.report({
            messageId: "timeout",
            nodeIds,
            data: { ...data, value: timeout, max, eventKindEn: viewer ? "viewer" : "origin", eventKindKo: viewer ? "뷰어" : "오리진" },
            fixes: [set(fn, { timeout: max }, { en: `Set the timeout to ${max} s`, ko: `제한 시간을 ${max}초로 설정` })],
          });
        }

        for (const { messageId, uses, fix } of UNSUPPORTED) {
          if (!uses(fn, index)) continue;
          context.report({ messageId, nodeIds, data: { ...data, runtime: String(fn.props.runtime) }, fixes: fix ? [fix(fn, index)] : [] });
        }
      },
    };
  },
});

/** Associations of one distribution with the function that name $LATEST or an alias instead of a version number. */
function reportQualifiers(report: RuleContext["report"], index: DiagramIndex, fn: DiagramNode, edges: readonly DiagramEdge[]): void {
  const wrong = edges.filter((e) => !/^[1-9]\d*$/.test(String(e.props.qualifier)));
  if (wrong.length === 0) return;
  report({
    messageId: "qualifier",
    nodeIds: [wrong[0]!.source, fn.id],
    data: { distribution: index.label(wrong[0]!.source), function: index.label(fn.id), qualifier: [...new Set(wrong.map((e) => String(e.props.qualifier)))].join(", ") },
    fixes: [{ title: { en: "Associate version 1", ko: "버전 1 연결" }, ops: wrong.map((e) => ({ op: "updateEdge" as const, id: e.id, props: { qualifier: "1" } })) }],
  });
}
