import { defineRule } from "../lib/engine/types";

/** Milliseconds. */
const MIN = 50;
const REST_DEFAULT_MAX = 29_000;
const HTTP_MAX = 30_000;

export default defineRule({
  meta: {
    id: "api-gateway-integration-timeout",
    severity: "error",
    category: "integration",
    title: { en: "API Gateway integration timeout: 50 ms to 29 s (REST) or 30 s (HTTP)", ko: "API Gateway 통합 제한 시간: 50ms~29초(REST) 또는 30초(HTTP)" },
    explanation: {
      en: "API Gateway waits at most the integration timeout for a backend to answer. For REST APIs it is 50 milliseconds to 29 seconds by default; since June 2024 a Regional or private REST API can go above 29 seconds after a Service Quotas increase, which may lower the account's throttle quota, but an edge-optimized REST API cannot. HTTP APIs allow at most 30 seconds. A longer backend task (a Lambda function may run 15 minutes) needs an asynchronous pattern instead. Payloads are limited to 10 MB, which a diagram does not show. The notes do not cover integration timeouts.",
      ko: "API Gateway는 통합 제한 시간까지만 백엔드의 응답을 기다립니다. REST API는 기본적으로 50밀리초~29초이며, 2024년 6월부터 리전 또는 프라이빗 REST API는 Service Quotas 증가를 받으면 29초를 넘길 수 있지만(계정의 스로틀 할당량이 줄어들 수 있음) 엣지 최적화 REST API는 안 됩니다. HTTP API는 최대 30초입니다. 더 오래 걸리는 백엔드 작업(Lambda 함수는 15분까지 실행 가능)에는 비동기 패턴이 필요합니다. 페이로드는 10MB로 제한되지만 다이어그램에는 나타나지 않습니다. 노트에는 통합 제한 시간 내용이 없습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html",
    facts: ["apigw_timeout_payload"],
    messages: {
      tooShort: {
        en: "API {api} has an integration timeout of {value} ms; the shortest is 50 ms.",
        ko: "API {api}의 통합 제한 시간이 {value}ms입니다. 최소값은 50ms입니다.",
      },
      edgeOptimized: {
        en: "Edge-optimized API {api} has an integration timeout of {value} ms; edge-optimized REST APIs allow at most 29,000 ms.",
        ko: "엣지 최적화 API {api}의 통합 제한 시간이 {value}ms입니다. 엣지 최적화 REST API는 최대 29,000ms입니다.",
      },
      http: {
        en: "HTTP API {api} has an integration timeout of {value} ms; HTTP APIs allow at most 30,000 ms.",
        ko: "HTTP API {api}의 통합 제한 시간이 {value}ms입니다. HTTP API는 최대 30,000ms입니다.",
      },
      aboveDefault: {
        en: "API {api} has an integration timeout of {value} ms, above the 29,000 ms default; this needs a Service Quotas increase, which may lower the account's throttle quota.",
        ko: "API {api}의 통합 제한 시간이 기본 최대값 29,000ms를 넘는 {value}ms입니다. Service Quotas 증가가 필요하며, 계정의 스로틀 할당량이 줄어들 수 있습니다.",
      },
    },
  },
  create(context) {
    return {
      "aws.api-gateway"(api) {
        const value = api.props.integrationTimeoutMs;
        if (typeof value !== "number") return;
        const data = { api: context.index.label(api.id), value };
        const setTo = (ms: number) => [
          { title: { en: `Set the timeout to ${ms} ms`, ko: `제한 시간을 ${ms}ms로 설정` }, ops: [{ op: "updateNode" as const, id: api.id, props: { integrationTimeoutMs: ms } }] },
        ];
        if (value < MIN) {
          context.report({ messageId: "tooShort", nodeIds: [api.id], data, fixes: setTo(MIN) });
          return;
        }
        if (api.props.apiType === "HTTP") {
          if (value > HTTP_MAX) context.report({ messageId: "http", nodeIds: [api.id], data, fixes: setTo(HTTP_MAX) });
          return;
        }
        // WebSocket APIs are not part of the checked fact.
        if (api.props.apiType !== "REST" || value <= REST_DEFAULT_MAX) return;
        if (api.props.endpointType === "EDGE") context.report({ messageId: "edgeOptimized", nodeIds: [api.id], data, fixes: setTo(REST_DEFAULT_MAX) });
        else context.report({ messageId: "aboveDefault", nodeIds: [api.id], data, severity: "info" });
      },
    };
  },
});
