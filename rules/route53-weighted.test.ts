import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./route53-weighted";

const W = { name: "www.example.com", routingPolicy: "weighted" };

testRule(rule, {
  valid: [
    { name: "two weighted records", diagram: build().record("a", { ...W, weight: 70, setIdentifier: "blue" }).record("b", { ...W, weight: 30, setIdentifier: "green" }).diagram() },
    { name: "weights 0 and 255, the bounds", diagram: build().record("a", { ...W, weight: 0, setIdentifier: "a" }).record("b", { ...W, weight: 255, setIdentifier: "b" }).diagram() },
    {
      name: "the same identifier under another type is another set",
      diagram: build().record("a", { ...W, weight: 1, setIdentifier: "x" }).record("b", { ...W, recordType: "AAAA", weight: 1, setIdentifier: "x" }).diagram(),
    },
    { name: "a simple record needs no weight", diagram: build().record("a", { name: "www.example.com" }).diagram() },
  ],
  invalid: [
    {
      name: "weight 256",
      diagram: build().record("a", { ...W, weight: 256, setIdentifier: "a" }).diagram(),
      expect: [{ messageId: "weightRange", message: "Weighted record a has weight 256; a weight is 0 to 255", nodeIds: ["a"], severity: "error", fixes: ["Set the weight to 255"] }],
    },
    {
      name: "no weight and no set identifier",
      diagram: build().record("a", W).diagram(),
      expect: [
        { messageId: "noWeight", nodeIds: ["a"] },
        { messageId: "noSetIdentifier", nodeIds: ["a"] },
      ],
    },
    {
      name: "the same set identifier twice (the notes' \"same ID\")",
      diagram: build().record("a", { ...W, weight: 1, setIdentifier: "web" }).record("b", { ...W, name: "WWW.example.com.", weight: 2, setIdentifier: "web" }).diagram(),
      expect: [{ messageId: "duplicateSetIdentifier", message: "Records a, b of www.example.com share the set identifier web", nodeIds: ["a", "b"] }],
    },
    {
      name: "every weight 0: traffic is split equally",
      diagram: build().record("a", { ...W, weight: 0, setIdentifier: "a" }).record("b", { ...W, weight: 0, setIdentifier: "b" }).diagram(),
      expect: [{ messageId: "allZero", message: "splits traffic among them equally", nodeIds: ["a", "b"], severity: "info" }],
    },
  ],
});
