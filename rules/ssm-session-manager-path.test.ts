import { build, natLayout } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./ssm-session-manager-path";

const SSM = { remoteAccess: "session-manager", instanceProfile: true };

/** The textbook layout plus subnet `isolated-a` whose table `rtb-isolated` has no route out. */
const isolated = (vpc: Record<string, unknown> = {}) =>
  natLayout({ vpc }).subnet("isolated-a", "az-a", { cidrBlock: "10.0.2.0/24" }).routeTable("rtb-isolated", "vpc-1").associate("rtb-isolated", "isolated-a");

const withEndpoints = (...services: string[]) => {
  const b = isolated({ enableDnsHostnames: true });
  for (const service of services) b.endpoint(`vpce-${service}`, "vpc-1", { endpointType: "Interface", serviceName: service }).place(`vpce-${service}`, "isolated-a");
  return b;
};

testRule(rule, {
  valid: [
    { name: "a private subnet with a NAT path", diagram: natLayout().ec2("box", "private-a", SSM).diagram() },
    { name: "an isolated subnet with ssm and ssmmessages endpoints", diagram: withEndpoints("ssm", "ssmmessages").ec2("box", "isolated-a", SSM).diagram() },
    { name: "an isolated instance not reached through Session Manager", diagram: isolated().ec2("box", "isolated-a").diagram() },
    { name: "no subnet drawn: nothing to say about the path", diagram: build().ec2("box", null, SSM).unchecked() },
  ],
  invalid: [
    {
      name: "no instance profile",
      diagram: natLayout().ec2("box", "private-a", { remoteAccess: "session-manager" }).diagram(),
      expect: [
        {
          messageId: "noProfile",
          message: "Instance box is reached through Session Manager but has no instance profile",
          nodeIds: ["box"],
          // Not an error: Default Host Management Configuration lets the agent register with no profile.
          severity: "warning",
          fixes: ["Give it an instance profile"],
        },
      ],
    },
    {
      name: "an isolated subnet with no endpoints",
      diagram: isolated().ec2("box", "isolated-a", SSM).diagram(),
      expect: [{ messageId: "noPath", message: "from subnet isolated-a it cannot reach the ssm, ssmmessages endpoints over HTTPS: Route table rtb-isolated", nodeIds: ["box", "rtb-isolated"] }],
    },
    {
      name: "a NAT path, but the instance's group allows no outbound HTTPS",
      diagram: natLayout()
        .securityGroup("sg-box", "vpc-1", { egress: [{ protocol: "tcp", fromPort: 3306, toPort: 3306, destination: "10.0.0.0/16" }] })
        .ec2("box", "private-a", SSM)
        .member("box", "sg-box")
        .diagram(),
      expect: [{ messageId: "noPath", message: "cannot reach the ssm, ssmmessages endpoints over HTTPS: Security group sg-box of box allows no outbound TCP 443", nodeIds: ["box", "sg-box"] }],
    },
    {
      name: "an ssm endpoint but none for ssmmessages",
      diagram: withEndpoints("ssm").ec2("box", "isolated-a", SSM).diagram(),
      expect: [{ messageId: "noPath", message: "cannot reach the ssmmessages endpoints over HTTPS", nodeIds: ["box", "rtb-isolated"] }],
    },
  ],
});
