import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./connection-target-port";

/** Instance `app` in s-1 connecting to `target`, drawn by `add`. */
const to = (add: (b: ReturnType<typeof build>) => ReturnType<typeof build>, props: Record<string, unknown>) =>
  add(build().vpc("vpc-1", null).az("az-a", "vpc-1").subnet("s-1", "az-a").ec2("app", "s-1")).connect("app", "target", props).diagram();

const rds = (props: Record<string, unknown> = {}) => (b: ReturnType<typeof build>) => b.rds("target", "s-1", props);
const efs = (b: ReturnType<typeof build>) => b.efs("target", "vpc-1").place("target", "s-1");
const alb = (b: ReturnType<typeof build>) => b.alb("target", "s-1").targetGroup("tg", null).edge("listener", "target", "tg", { protocol: "HTTPS", port: 443 });

testRule(rule, {
  valid: [
    { name: "MySQL on 3306", diagram: to(rds({ engine: "mysql" }), { port: 3306 }) },
    { name: "no port: the target's default is used", diagram: to(rds({ engine: "postgres" }), {}) },
    { name: "an RDS port setting", diagram: to(rds({ engine: "postgres", port: 6543 }), { port: 6543 }) },
    { name: "Db2, whose default port is not known here", diagram: to(rds({ engine: "db2-se" }), { port: 1 }) },
    { name: "EFS on 2049", diagram: to(efs, { port: 2049 }) },
    { name: "an HTTPS connection to a 443 listener", diagram: to(alb, { application: "https" }) },
    { name: "a load balancer with no listener drawn", diagram: to((b) => b.alb("target", "s-1"), { port: 8080 }) },
  ],
  invalid: [
    {
      name: "PostgreSQL's port to a MySQL database",
      diagram: to(rds({ engine: "mysql" }), { port: 5432 }),
      expect: [{ messageId: "wrongPort", message: "Connection app → target uses port 5432, but target listens on 3306 (the MySQL default)", nodeIds: ["app", "target"], fixes: ["Use port 3306"] }],
    },
    {
      name: "the engine default when the port was changed",
      diagram: to(rds({ engine: "sqlserver-se", port: 11433 }), { port: 1433 }),
      expect: [{ messageId: "wrongPort", message: "listens on 11433 (its port setting)", nodeIds: ["app", "target"] }],
    },
    {
      name: "an Oracle edition's default",
      diagram: to(rds({ engine: "oracle-se2" }), { port: 3306 }),
      expect: [{ messageId: "wrongPort", message: "listens on 1521 (the Oracle default)", nodeIds: ["app", "target"] }],
    },
    {
      name: "EFS on another port",
      diagram: to(efs, { port: 445 }),
      expect: [{ messageId: "wrongPort", message: "listens on 2049", nodeIds: ["app", "target"], fixes: ["Use port 2049"] }],
    },
    {
      name: "HTTP to a load balancer that listens only on 443",
      diagram: to(alb, { application: "http" }),
      expect: [{ messageId: "wrongPort", message: "uses port 80, but target listens on 443 (its listeners)", nodeIds: ["app", "target"] }],
    },
  ],
});
