import { defineRule } from "../lib/engine/types";

const MAX_TTL = 3600;

export default defineRule({
  meta: {
    id: "api-gateway-cache",
    severity: "error",
    category: "integration",
    scope: "component",
    title: { en: "API Gateway cache: REST APIs only, TTL 0 to 3,600 s", ko: "API Gateway 캐시: REST API 전용, TTL 0~3,600초" },
    explanation: {
      en: "API Gateway caches responses per stage, for REST APIs only: HTTP and WebSocket APIs have no cache. The TTL is 0 to 3,600 seconds (default 300), and 0 turns caching off; the cache size is one of 0.5, 1.6, 6.1, 13.5, 28.4, 58.2, 118 or 237 GB. The notes give these numbers correctly, but say a `Cache-Control: max-age=0` header flushes the whole cache and needs IAM authorization. AWS documents that the header invalidates only that request's cache entry, that it needs `execute-api:InvalidateCache` only when \"Require authorization\" is on, and that flushing the whole cache is a stage action.",
      ko: "API Gateway는 스테이지별로 응답을 캐시하며, REST API에서만 가능합니다. HTTP API와 WebSocket API에는 캐시가 없습니다. TTL은 0~3,600초(기본값 300초)이고 0이면 캐시가 꺼집니다. 캐시 크기는 0.5, 1.6, 6.1, 13.5, 28.4, 58.2, 118, 237GB 중 하나입니다. 노트의 숫자는 맞지만, `Cache-Control: max-age=0` 헤더가 캐시 전체를 비우고 IAM 권한 부여가 필요하다는 설명은 틀립니다. AWS 문서에 따르면 이 헤더는 그 요청의 캐시 항목만 무효화하고, \"권한 부여 필요\"가 켜져 있을 때만 `execute-api:InvalidateCache` 권한이 필요하며, 캐시 전체 비우기는 스테이지 작업입니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html",
    notesSection: "API Gateway › cache",
    facts: ["apigw_cache", "apigw_cache_invalidate", "apigw_http_vs_rest"],
    messages: {
      notRest: {
        en: "API {api} is a {apiType} API with caching on; only REST APIs have an API Gateway cache.",
        ko: "API {api}은(는) 캐시가 켜진 {apiType} API입니다. API Gateway 캐시는 REST API에만 있습니다.",
      },
      ttlTooLong: {
        en: "API {api} caches responses for {ttl} s; the cache TTL is at most 3,600 s (1 hour).",
        ko: "API {api}의 캐시 TTL이 {ttl}초입니다. 캐시 TTL은 최대 3,600초(1시간)입니다.",
      },
      ttlZero: {
        en: "API {api} has caching on with a TTL of 0 s, which caches nothing; turn the cache off or set a TTL.",
        ko: "API {api}은(는) 캐시가 켜져 있지만 TTL이 0초여서 아무것도 캐시하지 않습니다. 캐시를 끄거나 TTL을 설정하세요.",
      },
    },
  },
  create(context) {
    return {
      "aws.api-gateway"(api) {
        if (api.props.cacheEnabled !== true) return;
        const label = context.index.label(api.id);
        const apiType = String(api.props.apiType);
        if (apiType !== "REST") {
          context.report({
            messageId: "notRest",
            nodeIds: [api.id],
            data: { api: label, apiType },
            fixes: [{ title: { en: "Turn the cache off", ko: "캐시 끄기" }, ops: [{ op: "updateNode", id: api.id, props: { cacheEnabled: false } }] }],
          });
          return;
        }
        const ttl = api.props.cacheTtlSeconds;
        if (typeof ttl !== "number") return;
        if (ttl > MAX_TTL) {
          context.report({
            messageId: "ttlTooLong",
            nodeIds: [api.id],
            data: { api: label, ttl },
            fixes: [{ title: { en: "Set the TTL to 3,600 s", ko: "TTL을 3,600초로 설정" }, ops: [{ op: "updateNode", id: api.id, props: { cacheTtlSeconds: MAX_TTL } }] }],
          });
        } else if (ttl === 0) {
          context.report({
            messageId: "ttlZero",
            nodeIds: [api.id],
            data: { api: label },
            severity: "info",
            fixes: [{ title: { en: "Turn the cache off", ko: "캐시 끄기" }, ops: [{ op: "updateNode", id: api.id, props: { cacheEnabled: false } }] }],
          });
        }
      },
    };
  },
});
