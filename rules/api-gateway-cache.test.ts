import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./api-gateway-cache";

const api = (props: Record<string, unknown>) => build().api("api", null, props).diagram();

testRule(rule, {
  valid: [
    { name: "no cache", diagram: api({}) },
    { name: "an HTTP API without a cache", diagram: api({ apiType: "HTTP" }) },
    { name: "a REST cache with the default TTL", diagram: api({ cacheEnabled: true, cacheSizeGb: "0.5" }) },
    { name: "a REST cache with a TTL of 3,600 s", diagram: api({ cacheEnabled: true, cacheTtlSeconds: 3600, cacheSizeGb: "237" }) },
    { name: "a TTL set while the cache is off", diagram: api({ cacheTtlSeconds: 7200 }) },
  ],
  invalid: [
    {
      name: "a TTL of 3,601 s",
      diagram: api({ cacheEnabled: true, cacheTtlSeconds: 3601 }),
      expect: [{ messageId: "ttlTooLong", message: "API api caches responses for 3601 s", nodeIds: ["api"], severity: "error", fixes: ["Set the TTL to 3,600 s"] }],
    },
    {
      name: "a TTL of 0 caches nothing",
      diagram: api({ cacheEnabled: true, cacheTtlSeconds: 0 }),
      expect: [{ messageId: "ttlZero", nodeIds: ["api"], severity: "info", fixes: ["Turn the cache off"] }],
    },
    {
      name: "a cache on an HTTP API",
      diagram: api({ apiType: "HTTP", cacheEnabled: true }),
      expect: [{ messageId: "notRest", message: "API api is a HTTP API with caching on", nodeIds: ["api"], fixes: ["Turn the cache off"] }],
    },
    {
      name: "a cache on a WebSocket API",
      diagram: api({ apiType: "WEBSOCKET", cacheEnabled: true, cacheTtlSeconds: 9000 }),
      expect: [{ messageId: "notRest", nodeIds: ["api"] }],
    },
  ],
});
