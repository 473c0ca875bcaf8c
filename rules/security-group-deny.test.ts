import { expect, it } from "vitest";
import { applyOps } from "../lib/diagram/ops";
import { runRules } from "../lib/engine/validate";
import { natLayout } from "../tests/fixtures/build";
import { assertValid, testRule } from "../tests/unit/rule-tester";
import connectionBlocked from "./connection-blocked";
import rule from "./security-group-deny";

const ALLOW_ALL = { ruleNumber: 100, protocol: "-1", fromPort: -1, toPort: -1, cidrBlock: "0.0.0.0/0", action: "allow" };
const OPEN_ACL = { inbound: [ALLOW_ALL], outbound: [ALLOW_ALL] };
const DENIED = { port: 3306, expected: "denied" };

/** `app` in public-a, `db` in `dbSubnet` in group sg-db with `ingress`; a connection app → db that must be denied. */
const layout = (ingress: unknown[], dbSubnet: "public-a" | "private-a" = "private-a") =>
  natLayout()
    .securityGroup("sg-db", "vpc-1", { ingress })
    .ec2("app", "public-a")
    .ec2("db", dbSubnet)
    .member("db", "sg-db")
    .connect("app", "db", DENIED);

const FROM_VPC = [{ protocol: "tcp", fromPort: 3306, toPort: 3306, source: "10.0.0.0/16" }];
const FROM_PRIVATE = [{ protocol: "tcp", fromPort: 3306, toPort: 3306, source: "10.0.1.0/24" }];

testRule(rule, {
  valid: [
    { name: "a denied connection the security group does not allow", diagram: layout(FROM_PRIVATE).diagram() },
    { name: "the internet to a bucket: no security group or ACL decides it", diagram: natLayout().node("ext.internet", "internet", null).bucket("logs", null).connect("internet", "logs", { expected: "denied" }).diagram() },
    {
      name: "a connection not marked denied that gets through",
      diagram: natLayout().securityGroup("sg-db", "vpc-1", { ingress: FROM_VPC }).ec2("app", "public-a").ec2("db", "private-a").member("db", "sg-db").connect("app", "db", { port: 3306 }).diagram(),
    },
  ],
  invalid: [
    {
      name: "the group allows the whole VPC, and no ACL is drawn",
      diagram: layout(FROM_VPC).diagram(),
      expect: [{ messageId: "allowed", message: "Connection app → db on TCP 3306 must be denied but gets through. Security groups only allow, so they cannot deny it: narrow the allow rules of db's security groups, or add a DENY entry to the network ACL of private-a.", nodeIds: ["app", "db"], fixes: [] }],
    },
    {
      name: "with the subnet's ACL drawn: a DENY entry below its ALLOW rule",
      diagram: layout(FROM_VPC).networkAcl("acl-private", "vpc-1", OPEN_ACL).associate("acl-private", "private-a").diagram(),
      expect: [{ messageId: "allowed", message: "add a DENY entry to network ACL acl-private of private-a", nodeIds: ["app", "db", "acl-private"], fixes: ["Deny 10.0.0.0/24 on TCP 3306 in acl-private"] }],
    },
    {
      name: "to an AWS service: only the source's side filters it",
      diagram: natLayout().ec2("app", "private-a").bucket("logs", null).connect("app", "logs", { expected: "denied" }).diagram(),
      expect: [{ messageId: "outbound", message: "narrow the outbound rules of app's security groups, or add an outbound DENY entry to the network ACL of private-a", nodeIds: ["app", "logs"] }],
    },
    {
      name: "both in one subnet: no ACL between them",
      diagram: layout(FROM_VPC, "public-a").diagram(),
      expect: [{ messageId: "sameSubnet", message: "Both are in subnet public-a, where no network ACL applies", nodeIds: ["app", "db"] }],
    },
  ],
});

it("connection-blocked does not report a connection that is meant to be denied", () => {
  assertValid(connectionBlocked, layout(FROM_PRIVATE).diagram());
});

it("the DENY entry is numbered below the ACL's ALLOW entry and names the source subnet", () => {
  const diagram = layout(FROM_VPC).networkAcl("acl-private", "vpc-1", OPEN_ACL).associate("acl-private", "private-a").diagram();
  const [finding] = runRules(diagram, [rule]);
  const fixed = applyOps(diagram, finding!.fixes[0]!.ops);
  expect(fixed.nodes.find((n) => n.id === "acl-private")!.props.inbound).toEqual([
    { ruleNumber: 99, protocol: "tcp", fromPort: 3306, toPort: 3306, cidrBlock: "10.0.0.0/24", action: "deny" },
    ALLOW_ALL,
  ]);
});
