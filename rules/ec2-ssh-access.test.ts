import { natLayout } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./ec2-ssh-access";

const SSH_FROM_OFFICE = { ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, source: "203.0.113.0/24" }] };
const HTTPS_ONLY = { ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, source: "0.0.0.0/0" }] };
const PUBLIC = { associatePublicIp: true };

/** Instance `box` in `subnet` of the textbook layout, in group sg-box with `group` props. */
const box = (subnet: "public-a" | "private-a", props: Record<string, unknown>, group: Record<string, unknown> = SSH_FROM_OFFICE) =>
  natLayout().securityGroup("sg-box", "vpc-1", group).ec2("box", subnet, props).member("box", "sg-box");

testRule(rule, {
  valid: [
    { name: "SSH to a public instance with port 22 open to the office", diagram: box("public-a", { ...PUBLIC, remoteAccess: "ssh" }).diagram() },
    { name: "Instance Connect to a public Linux instance", diagram: box("public-a", { ...PUBLIC, remoteAccess: "instance-connect" }).diagram() },
    { name: "no remote access: nothing to check", diagram: box("private-a", {}, HTTPS_ONLY).diagram() },
    {
      name: "SSH to a private instance from a drawn bastion: connection-blocked checks that path",
      diagram: box("private-a", { remoteAccess: "ssh" }, HTTPS_ONLY).ec2("bastion", "public-a", PUBLIC).connect("bastion", "box", { application: "ssh" }).diagram(),
    },
    { name: "no group drawn: the default group's rules are not guessed", diagram: natLayout().ec2("box", "public-a", { ...PUBLIC, remoteAccess: "ssh" }).diagram() },
    {
      name: "SSH drawn on a custom port (2222) that the group opens: not held to port 22",
      diagram: box("public-a", { ...PUBLIC, remoteAccess: "ssh" }, { ingress: [{ protocol: "tcp", fromPort: 2222, toPort: 2222, source: "203.0.113.0/24" }] })
        .node("ext.internet", "office", null)
        .connect("office", "box", { application: "ssh", port: 2222 })
        .diagram(),
    },
  ],
  invalid: [
    {
      name: "Instance Connect on Windows",
      diagram: box("public-a", { ...PUBLIC, platform: "windows", remoteAccess: "instance-connect" }).diagram(),
      expect: [{ messageId: "windows", message: "Instance box runs Windows; EC2 Instance Connect works with Linux instances only", nodeIds: ["box"], severity: "error" }],
    },
    {
      name: "SSH with no inbound 22 rule",
      diagram: box("public-a", { ...PUBLIC, remoteAccess: "ssh" }, HTTPS_ONLY).diagram(),
      expect: [{ messageId: "noInbound22", message: "Instance box is reached over SSH, but its security groups sg-box have no inbound rule for TCP 22", nodeIds: ["box", "sg-box"], severity: "error" }],
    },
    {
      name: "SSH to an instance without a public address and no drawn client",
      diagram: box("public-a", { remoteAccess: "ssh" }).diagram(),
      expect: [{ messageId: "noPublicPath", message: "has no public IPv4 address or Elastic IP", nodeIds: ["box"], severity: "info" }],
    },
    {
      name: "Instance Connect to a private subnet",
      diagram: box("private-a", { ...PUBLIC, remoteAccess: "instance-connect" }).diagram(),
      expect: [{ messageId: "noPublicPath", message: "or use an EC2 Instance Connect Endpoint", nodeIds: ["box", "private-a"], severity: "info" }],
    },
  ],
});
