import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./route53-cname-apex";

const cname = (name: string, zoneName?: string) => build().record("r", { recordType: "CNAME", name, ...(zoneName ? { zoneName } : {}) });

testRule(rule, {
  valid: [
    { name: "a CNAME below the apex", diagram: cname("www.example.com", "example.com").diagram() },
    { name: "an alias A record at the apex", diagram: build().record("r", { recordType: "A", alias: true, name: "example.com", zoneName: "example.com" }).diagram() },
    { name: "zone unknown: not guessed at", diagram: cname("example.com").diagram() },
  ],
  invalid: [
    {
      name: "a CNAME at the apex with no target drawn",
      diagram: cname("example.com", "example.com").label("r", "root").diagram(),
      expect: [{ messageId: "cnameAtApex", message: "Record root is a CNAME for example.com, the apex of zone example.com", nodeIds: ["r"], severity: "error", fixes: [] }],
    },
    {
      name: "case and the final dot do not matter; a load balancer target can be an alias",
      diagram: cname("Example.COM.", "example.com").vpc("vpc-1", null).alb("alb", "vpc-1").edge("alias", "r", "alb").diagram(),
      expect: [{ messageId: "cnameAtApex", nodeIds: ["r"], fixes: ["Make it an alias A record"] }],
    },
    {
      name: "an EC2 target cannot be an alias: no fix",
      diagram: cname("example.com", "example.com").vpc("vpc-1", null).az("az-a", "vpc-1").subnet("s-1", "az-a").ec2("i-1", "s-1").edge("alias", "r", "i-1").diagram(),
      expect: [{ messageId: "cnameAtApex", nodeIds: ["r"], fixes: [] }],
    },
  ],
});
