import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./api-gateway-endpoint-type";

const api = (props: Record<string, unknown>) => build().region("r").api("api", "r", props);

testRule(rule, {
  valid: [
    { name: "a Regional REST API", diagram: api({}).diagram() },
    { name: "an edge-optimized REST API", diagram: api({ endpointType: "EDGE" }).diagram() },
    { name: "a Regional HTTP API", diagram: api({ apiType: "HTTP" }).diagram() },
    {
      name: "a private REST API with an execute-api interface endpoint",
      diagram: api({ endpointType: "PRIVATE" }).vpc("vpc-1", "r").endpoint("vpce", "vpc-1", { endpointType: "Interface", serviceName: "execute-api" }).diagram(),
    },
  ],
  invalid: [
    {
      name: "an edge-optimized HTTP API",
      diagram: api({ apiType: "HTTP", endpointType: "EDGE" }).diagram(),
      expect: [{ messageId: "httpNotRegional", message: "HTTP API api has a EDGE endpoint", nodeIds: ["api"], fixes: ["Make the endpoint Regional"] }],
    },
    {
      name: "a private HTTP API",
      diagram: api({ apiType: "HTTP", endpointType: "PRIVATE" }).diagram(),
      expect: [{ messageId: "httpNotRegional", nodeIds: ["api"] }],
    },
    {
      name: "a private REST API with no endpoint and no VPC: nothing to offer",
      diagram: api({ endpointType: "PRIVATE" }).diagram(),
      expect: [{ messageId: "privateWithoutEndpoint", nodeIds: ["api"], fixes: [] }],
    },
    {
      name: "a private REST API whose VPC has only an S3 gateway endpoint and a Gateway-type execute-api",
      diagram: api({ endpointType: "PRIVATE" })
        .vpc("vpc-1", "r")
        .endpoint("s3", "vpc-1")
        .endpoint("wrong", "vpc-1", { endpointType: "Gateway", serviceName: "execute-api" })
        .vpc("vpc-2", "r", { cidrBlock: "10.1.0.0/16" })
        .diagram(),
      expect: [{ messageId: "privateWithoutEndpoint", message: "Private API api has no interface VPC endpoint for execute-api", nodeIds: ["api"], fixes: ["Add an execute-api interface endpoint to vpc-1", "Add an execute-api interface endpoint to vpc-2"] }],
    },
  ],
});
