import { build, natLayout } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./connection-blocked";

/** Function fn-1 (group sg-app) in private-a connecting to MySQL db-1 (group sg-db, admitting `dbIngress`) in db-a. */
const appAndDb = (dbIngress: unknown[]) =>
  natLayout()
    .subnet("db-a", "az-a", { cidrBlock: "10.0.2.0/24" })
    .securityGroup("sg-app", "vpc-1")
    .securityGroup("sg-db", "vpc-1", { ingress: dbIngress })
    .lambda("fn-1", "private-a")
    .member("fn-1", "sg-app")
    .rds("db-1", "db-a", { engine: "mysql" })
    .member("db-1", "sg-db")
    .connect("fn-1", "db-1");

const MYSQL_FROM_APP = { protocol: "tcp", fromPort: 3306, toPort: 3306, source: "sg:sg-app" };

testRule(rule, {
  valid: [
    { name: "the database's group admits 3306 from the function's group", diagram: appAndDb([MYSQL_FROM_APP]).diagram() },
    { name: "a function with no VPC writing to DynamoDB", diagram: build().lambda("fn-1", null).table("orders", null).connect("fn-1", "orders").diagram() },
    {
      name: "unknown (the database on the VPC's default group) gives no finding",
      diagram: natLayout().subnet("db-a", "az-a", { cidrBlock: "10.0.2.0/24" }).securityGroup("sg-app", "vpc-1").lambda("fn-1", "private-a").member("fn-1", "sg-app").rds("db-1", "db-a").connect("fn-1", "db-1").diagram(),
    },
    { name: "a function behind a NAT gateway calling the internet", diagram: natLayout().lambda("fn-1", "private-a").node("ext.internet", "web", null).connect("fn-1", "web").diagram() },
  ],
  invalid: [
    {
      name: "the database's group opens 5432, MySQL is on 3306",
      diagram: appAndDb([{ ...MYSQL_FROM_APP, fromPort: 5432, toPort: 5432 }]).diagram(),
      expect: [
        {
          messageId: "blocked",
          message: "Connection fn-1 → db-1 on TCP 3306 is blocked at sg-db: Security group sg-db of db-1 allows no inbound TCP 3306 from fn-1",
          nodeIds: ["fn-1", "db-1", "sg-db"],
          severity: "error",
          fixes: [],
        },
      ],
    },
    {
      name: "a function with no VPC cannot reach a database in a private subnet",
      diagram: natLayout().subnet("db-a", "az-a", { cidrBlock: "10.0.2.0/24" }).lambda("fn-1", null).rds("db-1", "db-a", { engine: "mysql" }).connect("fn-1", "db-1").diagram(),
      expect: [{ messageId: "blocked", message: "is blocked at fn-1: Function fn-1 is not connected to a VPC", nodeIds: ["fn-1", "db-1"] }],
    },
    {
      name: "a function in a private and a public subnet calling the internet: works from one only, warning",
      diagram: natLayout().lambda("fn-1", "private-a").place("fn-1", "public-a").node("ext.internet", "web", null).connect("fn-1", "web").diagram(),
      expect: [{ messageId: "someSubnets", message: "Connection fn-1 → web on TCP 443 works from private-a but is blocked from public-a at fn-1", nodeIds: ["fn-1", "web"], severity: "warning" }],
    },
    {
      name: "the internet to an instance in a private subnet",
      diagram: natLayout().ec2("app", "private-a", { associatePublicIp: true }).node("ext.internet", "users", null).connect("users", "app", { port: 443 }).diagram(),
      expect: [{ messageId: "blocked", message: "Connection users → app on TCP 443 is blocked at private-a", nodeIds: ["users", "app", "private-a"] }],
    },
    {
      name: "no port on the edge and none by default: info",
      diagram: natLayout().ec2("a", "private-a").ec2("b", "private-a").connect("a", "b").diagram(),
      expect: [{ messageId: "noPort", message: "Connection a → b names no port", nodeIds: ["a", "b"], severity: "info" }],
    },
  ],
});
