import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./api-gateway-custom-domain-certificate";

const api = (props: Record<string, unknown>, region = "eu-west-1") => build().region("r", { regionCode: region }).api("api", "r", props);

testRule(rule, {
  valid: [
    { name: "no custom domain", diagram: api({ endpointType: "EDGE" }).diagram() },
    { name: "edge-optimized with a us-east-1 certificate", diagram: api({ endpointType: "EDGE", customDomainCertificateRegion: "us-east-1" }).diagram() },
    { name: "Regional with a certificate from its Region", diagram: api({ endpointType: "REGIONAL", customDomainCertificateRegion: "eu-west-1" }).diagram() },
    // A REST API's custom domain name has its own endpoint type: these are a Regional and an edge-optimized custom domain.
    { name: "edge-optimized REST API with a certificate from its Region (a Regional custom domain)", diagram: api({ endpointType: "EDGE", customDomainCertificateRegion: "eu-west-1" }).diagram() },
    { name: "Regional REST API with a us-east-1 certificate (an edge-optimized custom domain)", diagram: api({ endpointType: "REGIONAL", customDomainCertificateRegion: "us-east-1" }).diagram() },
    { name: "HTTP API with a certificate from its Region", diagram: api({ apiType: "HTTP", customDomainCertificateRegion: "eu-west-1" }).diagram() },
    { name: "Regional outside any Region: its Region is not known", diagram: build().api("api", null, { customDomainCertificateRegion: "us-west-2" }).diagram() },
    { name: "edge-optimized outside any Region: the certificate may be from its Region", diagram: build().api("api", null, { endpointType: "EDGE", customDomainCertificateRegion: "us-west-2" }).diagram() },
    { name: "private API: not checked", diagram: api({ endpointType: "PRIVATE", customDomainCertificateRegion: "us-east-1" }).diagram() },
  ],
  invalid: [
    {
      name: "edge-optimized REST API with a certificate from a third Region",
      diagram: api({ endpointType: "EDGE", customDomainCertificateRegion: "ap-northeast-2" }).label("api", "shop").diagram(),
      expect: [
        {
          messageId: "restApi",
          message: "REST API shop in eu-west-1 uses a custom domain certificate from ap-northeast-2; an edge-optimized custom domain needs an ACM certificate from us-east-1",
          nodeIds: ["api"],
          severity: "error",
          fixes: ["Use a certificate from us-east-1", "Use a certificate from eu-west-1"],
        },
      ],
    },
    {
      name: "Regional REST API with a certificate from a third Region",
      diagram: api({ endpointType: "REGIONAL", customDomainCertificateRegion: "us-west-2" }).diagram(),
      expect: [{ messageId: "restApi", message: "REST API api in eu-west-1 uses a custom domain certificate from us-west-2", nodeIds: ["api"] }],
    },
    {
      name: "HTTP API with a us-east-1 certificate: HTTP APIs have no edge-optimized custom domains",
      diagram: api({ apiType: "HTTP", customDomainCertificateRegion: "us-east-1" }, "ap-northeast-2").diagram(),
      expect: [{ messageId: "regional", message: "HTTP API api in ap-northeast-2 uses a custom domain certificate from us-east-1", nodeIds: ["api"], fixes: ["Use a certificate from ap-northeast-2"] }],
    },
    {
      name: "WebSocket API with a certificate from another Region",
      diagram: api({ apiType: "WEBSOCKET", customDomainCertificateRegion: "us-west-2" }).diagram(),
      expect: [{ messageId: "regional", message: "WebSocket API api in eu-west-1", nodeIds: ["api"], fixes: ["Use a certificate from eu-west-1"] }],
    },
  ],
});
