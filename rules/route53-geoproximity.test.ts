import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./route53-geoproximity";

const NEAR = { name: "www.example.com", routingPolicy: "geoproximity", setIdentifier: "east" };

testRule(rule, {
  valid: [
    { name: "bias 99, the largest growth", diagram: build().record("east", { ...NEAR, bias: 99 }).diagram() },
    { name: "bias -99, the largest shrink", diagram: build().record("east", { ...NEAR, bias: -99 }).diagram() },
    { name: "bias 0 (no bias), which the notes' 1–99 range leaves out", diagram: build().record("east", { ...NEAR, bias: 0 }).diagram() },
    {
      name: "a geoproximity record in a private hosted zone: answered by the querying VPC's Region",
      diagram: build().record("east", { ...NEAR, zoneName: "internal.example", name: "app.internal.example", privateZone: true, bias: 10 }).diagram(),
    },
    {
      name: "a health check on a geoproximity record: the notes say unsupported, AWS supports it",
      diagram: build().record("east", NEAR).healthCheck("hc").edge("health-check", "east", "hc").diagram(),
    },
    { name: "a bias on another policy is not read", diagram: build().record("w", { name: "www.example.com", bias: 500 }).diagram() },
  ],
  invalid: [
    {
      name: "bias 100",
      diagram: build().record("east", { ...NEAR, bias: 100 }).diagram(),
      expect: [{ messageId: "biasRange", message: "Geoproximity record east has a bias of 100; a bias is a whole number from -99 to 99", nodeIds: ["east"], fixes: ["Set the bias to 99"] }],
    },
    {
      name: "bias -150",
      diagram: build().record("east", { ...NEAR, bias: -150 }).diagram(),
      expect: [{ messageId: "biasRange", nodeIds: ["east"], severity: "error", fixes: ["Set the bias to -99"] }],
    },
  ],
});
