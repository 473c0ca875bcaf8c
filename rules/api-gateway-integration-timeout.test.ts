import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./api-gateway-integration-timeout";

const api = (props: Record<string, unknown>) => build().api("api", null, props);

testRule(rule, {
  valid: [
    { name: "unset", diagram: api({}).diagram() },
    { name: "REST edge-optimized at 29,000 ms", diagram: api({ endpointType: "EDGE", integrationTimeoutMs: 29_000 }).diagram() },
    { name: "REST at 50 ms", diagram: api({ integrationTimeoutMs: 50 }).diagram() },
    { name: "HTTP at 30,000 ms", diagram: api({ apiType: "HTTP", integrationTimeoutMs: 30_000 }).diagram() },
  ],
  invalid: [
    {
      name: "49 ms",
      diagram: api({ integrationTimeoutMs: 49 }).label("api", "orders").diagram(),
      expect: [{ messageId: "tooShort", message: "API orders has an integration timeout of 49 ms; the shortest is 50 ms.", nodeIds: ["api"], severity: "error", fixes: ["Set the timeout to 50 ms"] }],
    },
    {
      name: "edge-optimized REST at 60,000 ms",
      diagram: api({ endpointType: "EDGE", integrationTimeoutMs: 60_000 }).diagram(),
      expect: [{ messageId: "edgeOptimized", nodeIds: ["api"], severity: "error", fixes: ["Set the timeout to 29000 ms"] }],
    },
    {
      name: "HTTP at 30,001 ms",
      diagram: api({ apiType: "HTTP", integrationTimeoutMs: 30_001 }).diagram(),
      expect: [{ messageId: "http", message: "HTTP API api has an integration timeout of 30001 ms", nodeIds: ["api"], fixes: ["Set the timeout to 30000 ms"] }],
    },
    {
      name: "Regional REST at 120,000 ms: allowed after a quota increase",
      diagram: api({ endpointType: "REGIONAL", integrationTimeoutMs: 120_000 }).diagram(),
      expect: [{ messageId: "aboveDefault", nodeIds: ["api"], severity: "info", fixes: [] }],
    },
    {
      name: "private REST at 29,001 ms",
      diagram: api({ endpointType: "PRIVATE", integrationTimeoutMs: 29_001 }).diagram(),
      expect: [{ messageId: "aboveDefault", nodeIds: ["api"], severity: "info" }],
    },
  ],
});
