import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./route53-simple-routing";

const WWW = { name: "www.example.com" };
const ALIAS = { ...WWW, alias: true };
/** VPC `vpc-1` with subnet `s-1`, holding ALBs `alb-1` and `alb-2`. */
const albs = () => build().vpc("vpc-1", null).az("az-a", "vpc-1").subnet("s-1", "az-a").alb("alb-1", "s-1").alb("alb-2", "s-1");

testRule(rule, {
  valid: [
    { name: "one simple record with several values", diagram: build().record("www", { ...WWW, values: ["192.0.2.10", "192.0.2.11"] }).diagram() },
    { name: "a simple alias to one load balancer", diagram: albs().record("www", ALIAS).edge("alias", "www", "alb-1").diagram() },
    { name: "the same name with another type is another record", diagram: build().record("a", WWW).record("aaaa", { ...WWW, recordType: "AAAA" }).diagram() },
    {
      name: "a health check on a weighted record is not this rule's business",
      diagram: build().record("w", { ...WWW, routingPolicy: "weighted", weight: 1, setIdentifier: "w" }).healthCheck("hc").edge("health-check", "w", "hc").diagram(),
    },
  ],
  invalid: [
    {
      name: "two simple records of one name and type",
      diagram: build().record("www-1", { ...WWW, values: ["192.0.2.10"] }).record("www-2", { ...WWW, values: ["192.0.2.11"] }).diagram(),
      expect: [{ messageId: "severalSimple", message: "www.example.com has 2 simple records (www-1, www-2)", nodeIds: ["www-1", "www-2"] }],
    },
    {
      name: "a simple record next to weighted ones",
      diagram: build().record("plain", WWW).record("w", { ...WWW, routingPolicy: "weighted", weight: 1, setIdentifier: "w" }).diagram(),
      expect: [{ messageId: "mixed", message: "a simple record (plain) and records of other routing policies (w)", nodeIds: ["plain", "w"] }],
    },
    {
      name: "an alias to two load balancers",
      diagram: albs().record("www", ALIAS).edge("alias", "www", "alb-1").edge("alias", "www", "alb-2").diagram(),
      expect: [{ messageId: "aliasTargets", message: "Alias record www points to 2 targets (alb-1, alb-2)", nodeIds: ["www", "alb-1", "alb-2"] }],
    },
    {
      name: "an alias that also lists values",
      diagram: albs().record("www", { ...ALIAS, values: ["192.0.2.10"] }).edge("alias", "www", "alb-1").diagram(),
      expect: [{ messageId: "aliasValues", nodeIds: ["www"], fixes: ["Remove the values"] }],
    },
    {
      name: "a health check on a simple record changes nothing",
      diagram: build().record("www", WWW).healthCheck("hc", { type: "HTTPS", fullyQualifiedDomainName: "www.example.com" }).edge("health-check", "www", "hc").diagram(),
      expect: [{ messageId: "healthCheck", message: "Simple record www has health check hc", nodeIds: ["www", "hc"], severity: "warning", fixes: ["Remove the health check from the record"] }],
    },
  ],
});
