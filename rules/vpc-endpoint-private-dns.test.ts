import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./vpc-endpoint-private-dns";

type Props = Record<string, unknown>;
const endpoint = (vpc: Props, props: Props) => build().vpc("vpc-1", null, vpc).endpoint("vpce", "vpc-1", { endpointType: "Interface", serviceName: "sqs", ...props }).diagram();
const DNS_ON = { enableDnsSupport: true, enableDnsHostnames: true };
const BOTH_FIXES = ["Turn on the VPC's DNS support and DNS hostnames", "Turn off private DNS on the endpoint"];

testRule(rule, {
  valid: [
    { name: "private DNS with both attributes on", diagram: endpoint(DNS_ON, {}) },
    { name: "private DNS off in a VPC with default attributes", diagram: endpoint({}, { privateDnsEnabled: false }) },
    { name: "a gateway endpoint needs neither", diagram: build().vpc("vpc-1", null).endpoint("vpce", "vpc-1").diagram() },
    // AWS turns both DNS attributes on in a default VPC.
    { name: "private DNS in a default VPC that leaves the attributes at their defaults", diagram: endpoint({ isDefault: true }, {}) },
  ],
  invalid: [
    {
      name: "a VPC with the default attributes: DNS hostnames off",
      diagram: endpoint({}, {}),
      expect: [{ messageId: "dnsOff", message: "VPC vpc-1 has enableDnsHostnames turned off", nodeIds: ["vpce", "vpc-1"], fixes: BOTH_FIXES }],
    },
    {
      name: "both attributes off, for an S3 interface endpoint",
      diagram: endpoint({ enableDnsSupport: false }, { serviceName: "s3" }),
      expect: [{ messageId: "dnsOff", message: "has enableDnsSupport, enableDnsHostnames turned off", nodeIds: ["vpce", "vpc-1"], fixes: BOTH_FIXES }],
    },
  ],
});
