import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./route53-failover";

const F = { name: "app.example.com", routingPolicy: "failover" };
const PRIMARY = { ...F, failoverRole: "PRIMARY", setIdentifier: "primary" };
const SECONDARY = { ...F, failoverRole: "SECONDARY", setIdentifier: "secondary" };

/** A primary `p` with health check `hc`, and a secondary `s`. */
const pair = () => build().record("p", PRIMARY).record("s", SECONDARY).node("aws.route53-health-check", "hc", null).edge("health-check", "p", "hc");

testRule(rule, {
  valid: [
    { name: "a primary with a health check and a secondary", diagram: pair().diagram() },
    {
      name: "an alias primary that evaluates its target's health",
      diagram: build().record("p", { ...PRIMARY, alias: true, evaluateTargetHealth: true }).record("s", SECONDARY).diagram(),
    },
    { name: "the same name under another type is another set", diagram: pair().record("txt", { name: "app.example.com", recordType: "TXT" }).diagram() },
  ],
  invalid: [
    {
      name: "a primary with no health check: the notes say it cannot be saved; it can, and never fails over",
      diagram: build().record("p", PRIMARY).record("s", SECONDARY).diagram(),
      expect: [
        {
          messageId: "primaryNoHealthCheck",
          message: "Primary failover record p has no health check, so Route 53 always considers it healthy",
          nodeIds: ["p"],
          severity: "warning",
          fixes: ["Add a health check"],
        },
      ],
    },
    {
      name: "an alias primary without Evaluate Target Health: two fixes",
      diagram: build().record("p", { ...PRIMARY, alias: true }).record("s", SECONDARY).diagram(),
      expect: [{ messageId: "primaryNoHealthCheck", nodeIds: ["p"], fixes: ["Turn on Evaluate Target Health", "Add a health check"] }],
    },
    {
      name: "a failover record with no role",
      diagram: pair().record("x", { ...F, setIdentifier: "x" }).diagram(),
      expect: [{ messageId: "noRole", nodeIds: ["x"], severity: "error" }],
    },
    {
      name: "two primaries",
      diagram: pair().record("p2", { ...PRIMARY, setIdentifier: "p2" }).node("aws.route53-health-check", "hc2", null).edge("health-check", "p2", "hc2").diagram(),
      expect: [{ messageId: "duplicateRole", message: "app.example.com has 2 PRIMARY failover records (p, p2)", nodeIds: ["p", "p2"] }],
    },
    {
      name: "a primary alone",
      diagram: build().record("p", PRIMARY).node("aws.route53-health-check", "hc", null).edge("health-check", "p", "hc").diagram(),
      expect: [{ messageId: "missingRole", message: "Failover record p for app.example.com has no SECONDARY partner", nodeIds: ["p"], severity: "warning" }],
    },
    {
      name: "a failover set mixed with a simple record",
      diagram: pair().record("plain", { name: "app.example.com" }).diagram(),
      expect: [{ messageId: "mixedPolicies", message: "failover records (p, s) and records of other routing policies (plain)", nodeIds: ["p", "s", "plain"] }],
    },
  ],
});
