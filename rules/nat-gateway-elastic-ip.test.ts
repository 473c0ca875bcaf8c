import { natLayout } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./nat-gateway-elastic-ip";

testRule(rule, {
  valid: [
    { name: "a public NAT gateway with an Elastic IP", diagram: natLayout().diagram() },
    { name: "a private NAT gateway without one", diagram: natLayout({ nat: { connectivityType: "private", elasticIp: false } }).diagram() },
    { name: "a regional NAT gateway allocates its own addresses", diagram: natLayout({ nat: { availabilityMode: "regional", elasticIp: false } }).diagram() },
  ],
  invalid: [
    {
      name: "a public zonal NAT gateway without an Elastic IP",
      diagram: natLayout({ nat: { elasticIp: false } }).diagram(),
      expect: [{ messageId: "publicWithoutEip", message: "Public NAT gateway nat-1 has no Elastic IP", nodeIds: ["nat-1"], severity: "error", fixes: ["Give it an Elastic IP"] }],
    },
    {
      name: "a private NAT gateway with an Elastic IP",
      diagram: natLayout({ nat: { connectivityType: "private", elasticIp: true } }).diagram(),
      expect: [{ messageId: "privateWithEip", nodeIds: ["nat-1"], fixes: ["Remove the Elastic IP", "Make it a public NAT gateway"] }],
    },
  ],
});
