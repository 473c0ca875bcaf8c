import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./api-gateway-custom-domain-certificate";

const api = (props: Record<string, unknown>, region = "eu-west-1") => build().region("r", { regionCode: region }).api("api", "r", props);

testRule(rule, {
  valid: [
    { name: "no custom domain", diagram: api({ endpointType: "EDGE" }).diagram() },
    { name: "edge-optimized with a us-east-1 certificate", diagram: api({ endpointType: "EDGE", customDomainCertificateRegion: "us-east-1" }).diagram() },
    { name: "Regional with a certificate from its Region", diagram: api({ endpointType: "REGIONAL", customDomainCertificateRegion: "eu-west-1" }).diagram() },
    { name: "HTTP API with a certificate from its Region", diagram: api({ apiType: "HTTP", customDomainCertificateRegion: "eu-west-1" }).diagram() },
    { name: "Regional outside any Region: its Region is not known", diagram: build().api("api", null, { customDomainCertificateRegion: "us-west-2" }).diagram() },
    { name: "private API: not checked", diagram: api({ endpointType: "PRIVATE", customDomainCertificateRegion: "us-east-1" }).diagram() },
  ],
  invalid: [
    {
      name: "edge-optimized with a certificate from the API's Region",
      diagram: api({ endpointType: "EDGE", customDomainCertificateRegion: "eu-west-1" }).label("api", "shop").diagram(),
      expect: [
        {
          messageId: "edgeOptimized",
          message: "Edge-optimized API shop uses a custom domain certificate from eu-west-1",
          nodeIds: ["api"],
          severity: "error",
          fixes: ["Use a certificate from us-east-1"],
        },
      ],
    },
    {
      name: "Regional with a us-east-1 certificate",
      diagram: api({ endpointType: "REGIONAL", customDomainCertificateRegion: "us-east-1" }).diagram(),
      expect: [{ messageId: "regional", message: "API api in eu-west-1 uses a custom domain certificate from us-east-1", nodeIds: ["api"], fixes: ["Use a certificate from eu-west-1"] }],
    },
    {
      name: "HTTP API with a certificate from another Region",
      diagram: api({ apiType: "HTTP", customDomainCertificateRegion: "us-east-1" }, "ap-northeast-2").diagram(),
      expect: [{ messageId: "regional", nodeIds: ["api"], fixes: ["Use a certificate from ap-northeast-2"] }],
    },
  ],
});
