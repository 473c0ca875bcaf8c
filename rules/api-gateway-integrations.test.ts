import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./api-gateway-integrations";

const integration = (api: Record<string, unknown>, props: Record<string, unknown>) => build().api("api", null, api).lambda("fn", null).edge("invocation", "api", "fn", props);

testRule(rule, {
  valid: [
    { name: "nothing known about the integration", diagram: integration({}, {}).diagram() },
    { name: "REST Lambda proxy", diagram: integration({}, { integrationType: "AWS_PROXY" }).diagram() },
    { name: "REST non-proxy with mapping templates", diagram: integration({}, { integrationType: "AWS", mappingTemplates: true }).diagram() },
    { name: "HTTP API Lambda proxy", diagram: integration({ apiType: "HTTP" }, { integrationType: "AWS_PROXY" }).diagram() },
    { name: "SQS → Lambda carries no integration", diagram: build().queue("q", null).lambda("fn", null).edge("invocation", "q", "fn").diagram() },
  ],
  invalid: [
    {
      name: "REST Lambda proxy with mapping templates",
      diagram: integration({}, { integrationType: "AWS_PROXY", mappingTemplates: true }).label("fn", "orders").diagram(),
      expect: [
        {
          messageId: "proxyTemplates",
          message: "API api integrates with orders as AWS_PROXY but has mapping templates",
          nodeIds: ["api", "fn"],
          severity: "warning",
          fixes: ["Remove the mapping templates", "Use a non-proxy integration"],
        },
      ],
    },
    {
      name: "HTTP API with a non-proxy Lambda integration and templates",
      diagram: integration({ apiType: "HTTP" }, { integrationType: "AWS", mappingTemplates: true }).diagram(),
      expect: [
        { messageId: "httpApiType", message: "HTTP API api integrates with fn as AWS; HTTP APIs have proxy integrations only", nodeIds: ["api", "fn"], fixes: ["Use a proxy integration"] },
        { messageId: "httpApiTemplates", nodeIds: ["api", "fn"], fixes: ["Remove the mapping templates"] },
      ],
    },
  ],
});
