import { defineRule, type Fix } from "../lib/engine/types";
import type { DiagramIndex } from "../lib/diagram/graph";
import type { DiagramEdge } from "../lib/diagram/types";

/** KB: the largest CloudFront Function code (CloudFront quotas). */
const MAX_CODE_KB = 10;
const VIEWER_EVENTS = new Set(["viewer-request", "viewer-response"]);

export default defineRule({
  meta: {
    id: "cloudfront-edge-functions",
    severity: "error",
    category: "dns-and-edge",
    title: { en: "CloudFront Functions and Lambda@Edge: events, combinations and code size", ko: "CloudFront Functions와 Lambda@Edge: 이벤트, 조합, 코드 크기" },
    explanation: {
      en: "CloudFront Functions are lightweight JavaScript functions that run in under a millisecond with 2 MB of memory, from at most 10 KB of code, with no network or file-system access and no request body; they run on viewer request and viewer response events only. Origin request and origin response events need Lambda@Edge. In one cache behavior each of the four events takes at most one function, and CloudFront Functions and Lambda@Edge cannot be mixed on the viewer events: a CloudFront Function on viewer request or viewer response rules out Lambda@Edge on both viewer events of that behavior, while Lambda@Edge on origin events may sit beside it. The notes give the same limits; their count of 218+ edge locations is dated.",
      ko: "CloudFront Functions는 최대 10KB의 코드로 2MB 메모리에서 1밀리초 안에 실행되는 가벼운 JavaScript 함수이며, 네트워크나 파일 시스템에 접근할 수 없고 요청 본문도 읽지 못합니다. 뷰어 요청과 뷰어 응답 이벤트에서만 실행됩니다. 오리진 요청과 오리진 응답 이벤트에는 Lambda@Edge가 필요합니다. 한 캐시 동작에서 네 가지 이벤트마다 함수는 최대 하나이고, 뷰어 이벤트에서는 CloudFront Functions와 Lambda@Edge를 섞을 수 없습니다. 뷰어 요청이나 뷰어 응답에 CloudFront Functions 함수가 있으면 그 캐시 동작의 두 뷰어 이벤트 모두에 Lambda@Edge를 둘 수 없지만, 오리진 이벤트의 Lambda@Edge는 함께 둘 수 있습니다. 노트의 한도는 같고, 엣지 로케이션 218개 이상이라는 숫자는 오래되었습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/edge-function-restrictions-all.html",
    notesSection: "CloudFront + Lambda",
    facts: ["cf_functions_limits", "edge_function_combination"],
    messages: {
      originEvent: {
        en: "Distribution {distribution} runs CloudFront Function {function} on {eventType}; CloudFront Functions run on viewer request and viewer response only (use Lambda@Edge for origin events).",
        ko: "배포 {distribution}이(가) CloudFront Functions 함수 {function}을(를) {eventType}에서 실행합니다. CloudFront Functions는 뷰어 요청과 뷰어 응답에서만 실행됩니다 (오리진 이벤트에는 Lambda@Edge 사용).",
      },
      twoOnOneEvent: {
        en: "Distribution {distribution} runs {functions} on {eventType} of cache behavior {behavior}; each event of a cache behavior takes one function.",
        ko: "배포 {distribution}이(가) 캐시 동작 {behavior}의 {eventType}에서 {functions}을(를) 실행합니다. 캐시 동작의 각 이벤트에는 함수 하나만 둘 수 있습니다.",
      },
      mixedOnViewer: {
        en: "Distribution {distribution} mixes CloudFront Functions ({cloudfrontFunctions}) and Lambda@Edge ({lambdaFunctions}) on the viewer events of cache behavior {behavior}; CloudFront does not allow that.",
        ko: "배포 {distribution}이(가) 캐시 동작 {behavior}의 뷰어 이벤트에서 CloudFront Functions({cloudfrontFunctions})와 Lambda@Edge({lambdaFunctions})를 섞어 씁니다. CloudFront는 이를 허용하지 않습니다.",
      },
      codeSize: {
        en: "CloudFront Function {function} has {value} KB of code; CloudFront Functions allow at most 10 KB.",
        ko: "CloudFront Functions 함수 {function}의 코드가 {value}KB입니다. CloudFront Functions는 최대 10KB입니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.cloudfront-function"(fn) {
        const size = fn.props.codeSizeKb;
        if (typeof size === "number" && size > MAX_CODE_KB) context.report({ messageId: "codeSize", nodeIds: [fn.id], data: { function: index.label(fn.id), value: size } });
      },
      "aws.cloudfront-distribution"(distribution) {
        const label = index.label(distribution.id);
        const associations = index.edgesFrom(distribution.id, "edge-function").filter((e) => index.node(e.target) !== undefined);
        const isCloudFrontFunction = (e: DiagramEdge) => index.node(e.target)!.kind === "aws.cloudfront-function";

        for (const e of associations) {
          if (!isCloudFrontFunction(e) || VIEWER_EVENTS.has(String(e.props.eventType))) continue;
          context.report({
            messageId: "originEvent",
            nodeIds: [distribution.id, e.target],
            data: { distribution: label, function: index.label(e.target), eventType: String(e.props.eventType) },
            fixes: [removeAll([e], { en: "Remove the association", ko: "연결 제거" })],
          });
        }

        const behaviors = groupBy(associations, (e) => String(e.props.cacheBehavior));
        for (const [behavior, edges] of behaviors) {
          for (const [eventType, same] of groupBy(edges, (e) => String(e.props.eventType))) {
            if (same.length < 2) continue;
            context.report({
              messageId: "twoOnOneEvent",
              nodeIds: [distribution.id, ...same.map((e) => e.target)],
              data: { distribution: label, functions: names(index, same), eventType, behavior },
              fixes: same.map((keep) => removeAll(same.filter((e) => e !== keep), { en: `Keep only ${index.label(keep.target)}`, ko: `${index.label(keep.target)}만 남기기` })),
            });
          }
          const viewer = edges.filter((e) => VIEWER_EVENTS.has(String(e.props.eventType)));
          const cloudfrontFunctions = viewer.filter(isCloudFrontFunction);
          const lambdaFunctions = viewer.filter((e) => !isCloudFrontFunction(e));
          if (cloudfrontFunctions.length === 0 || lambdaFunctions.length === 0) continue;
          context.report({
            messageId: "mixedOnViewer",
            nodeIds: [distribution.id, ...viewer.map((e) => e.target)],
            data: { distribution: label, cloudfrontFunctions: names(index, cloudfrontFunctions), lambdaFunctions: names(index, lambdaFunctions), behavior },
            fixes: [
              removeAll(lambdaFunctions, { en: "Remove the Lambda@Edge viewer associations", ko: "Lambda@Edge 뷰어 연결 제거" }),
              removeAll(cloudfrontFunctions, { en: "Remove the CloudFront Functions associations", ko: "CloudFront Functions 연결 제거" }),
            ],
          });
        }
      },
    };
  },
});

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function names(index: DiagramIndex, edges: readonly DiagramEdge[]): string {
  return [...new Set(edges.map((e) => index.label(e.target)))].join(", ");
}

function removeAll(edges: readonly DiagramEdge[], title: Fix["title"]): Fix {
  return { title, ops: edges.map((e) => ({ op: "removeEdge" as const, id: e.id })) };
}
