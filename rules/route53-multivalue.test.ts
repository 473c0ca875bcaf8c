import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./route53-multivalue";

/** `count` multivalue A records for www.example.com, ids `r-1` … */
function records(count: number, extra: Record<string, unknown> = {}) {
  const b = build();
  for (let i = 1; i <= count; i++) b.record(`r-${i}`, { name: "www.example.com", routingPolicy: "multivalue", setIdentifier: `r-${i}`, ...extra });
  return b;
}

testRule(rule, {
  valid: [
    { name: "eight records, the most one answer holds", diagram: records(8).diagram() },
    { name: "nine simple records are not multivalue", diagram: records(9, { routingPolicy: "simple" }).diagram() },
    { name: "eight A and one AAAA are two sets", diagram: records(8).record("v6", { name: "www.example.com", recordType: "AAAA", routingPolicy: "multivalue", setIdentifier: "v6" }).diagram() },
  ],
  invalid: [
    {
      name: "nine records",
      diagram: records(9).diagram(),
      expect: [{ messageId: "moreThanEight", message: "www.example.com has 9 multivalue records", nodeIds: Array.from({ length: 9 }, (_, i) => `r-${i + 1}`), severity: "info" }],
    },
  ],
});
