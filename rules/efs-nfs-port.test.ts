import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./efs-nfs-port";

const NFS_FROM_WEB = { protocol: "tcp", fromPort: 2049, toPort: 2049, source: "sg:web-sg" };
const HTTPS_ONLY_OUT = { protocol: "tcp", fromPort: 443, toPort: 443, destination: "0.0.0.0/0" };

/**
 * VPC `vpc-1` with zones az-a (subnets `s-a` 10.0.1.0/24 and `s-c` 10.0.3.0/24) and az-b (`s-b`
 * 10.0.2.0/24). Instance `web` (group `web-sg`, egress as given) in `s-a` mounts `shared`, whose mount
 * target in `targetSubnet` has group `efs-sg` (ingress as given).
 */
function mounted(efsIngress: unknown[], options: { webEgress?: unknown[]; targetSubnet?: string } = {}) {
  return build()
    .vpc("vpc-1", null, { cidrBlock: "10.0.0.0/16" })
    .az("az-a", "vpc-1", { zoneName: "us-east-1a" })
    .az("az-b", "vpc-1", { zoneName: "us-east-1b" })
    .subnet("s-a", "az-a", { cidrBlock: "10.0.1.0/24" })
    .subnet("s-c", "az-a", { cidrBlock: "10.0.3.0/24" })
    .subnet("s-b", "az-b", { cidrBlock: "10.0.2.0/24" })
    .securityGroup("web-sg", "vpc-1", options.webEgress ? { egress: options.webEgress } : {})
    .securityGroup("efs-sg", "vpc-1", { ingress: efsIngress })
    .ec2("web", "s-a")
    .member("web", "web-sg")
    .efs("shared", "vpc-1")
    .place("shared", options.targetSubnet ?? "s-a")
    .member("shared", "efs-sg")
    .edge("mount", "web", "shared");
}

/** Network ACL `acl-nfs` on `subnet`: allows everything but inbound TCP 2049. */
function withAcl(b: ReturnType<typeof mounted>, subnet: string) {
  const all = { protocol: "-1", fromPort: -1, toPort: -1, cidrBlock: "0.0.0.0/0", action: "allow" };
  return b
    .networkAcl("acl-nfs", "vpc-1", {
      inbound: [{ ruleNumber: 100, protocol: "tcp", fromPort: 2049, toPort: 2049, cidrBlock: "0.0.0.0/0", action: "deny" }, { ruleNumber: 200, ...all }],
      outbound: [{ ruleNumber: 100, ...all }],
    })
    .associate("acl-nfs", subnet);
}

testRule(rule, {
  valid: [
    { name: "the mount target's group allows 2049 from the client's group", diagram: mounted([NFS_FROM_WEB]).diagram() },
    {
      name: "the mount target's group allows 2049 from the VPC's CIDR",
      diagram: mounted([{ protocol: "tcp", fromPort: 2049, toPort: 2049, source: "10.0.0.0/16" }], { targetSubnet: "s-c" }).diagram(),
    },
    {
      name: "no security groups drawn: the default group's rules are unknown, so no verdict",
      diagram: build().vpc("vpc-1", null).az("az-a", "vpc-1").subnet("s-a", "az-a").ec2("web", "s-a").efs("shared", "vpc-1").place("shared", "s-a").edge("mount", "web", "shared").diagram(),
    },
    {
      name: "a connection drawn along the mount is left to connection-blocked",
      diagram: mounted([]).connect("web", "shared").diagram(),
    },
    {
      name: "a function outside any VPC is efs-mount-targets' finding",
      diagram: mounted([NFS_FROM_WEB]).lambda("fn", null).edge("mount", "fn", "shared").diagram(),
    },
    {
      name: "a network ACL on a subnet without mount target or client does not matter",
      diagram: withAcl(mounted([NFS_FROM_WEB], { targetSubnet: "s-c" }), "s-b").diagram(),
    },
  ],
  invalid: [
    {
      name: "the mount target's group has no 2049 rule: add one from the client's group",
      diagram: mounted([{ protocol: "tcp", fromPort: 443, toPort: 443, source: "sg:web-sg" }]).diagram(),
      expect: [
        {
          messageId: "blocked",
          message: "web cannot mount EFS file system shared: NFS (TCP 2049) is blocked at efs-sg: Security group efs-sg of shared allows no inbound TCP 2049",
          nodeIds: ["web", "shared", "efs-sg"],
          fixes: ["Allow inbound TCP 2049 on efs-sg from web-sg"],
        },
      ],
    },
    {
      name: "the client's group allows only HTTPS out: add 2049 to the mount target's group",
      diagram: mounted([NFS_FROM_WEB], { webEgress: [HTTPS_ONLY_OUT] }).diagram(),
      expect: [{ messageId: "blocked", message: "blocked at web-sg: Security group web-sg of web allows no outbound TCP 2049", nodeIds: ["web", "shared", "web-sg"], fixes: ["Allow outbound TCP 2049 on web-sg to efs-sg"] }],
    },
    {
      name: "a connection drawn on another port does not stand for the NFS mount",
      diagram: mounted([]).connect("web", "shared", { port: 443 }).diagram(),
      expect: [{ messageId: "blocked", message: "blocked at efs-sg", nodeIds: ["web", "shared", "efs-sg"], fixes: ["Allow inbound TCP 2049 on efs-sg from web-sg"] }],
    },
    {
      name: "the mount target's subnet ACL denies 2049",
      diagram: withAcl(mounted([NFS_FROM_WEB], { targetSubnet: "s-c" }), "s-c").diagram(),
      expect: [{ messageId: "blocked", message: "blocked at acl-nfs", nodeIds: ["web", "shared", "acl-nfs"], fixes: [] }],
    },
    {
      name: "a client in two zones is blocked only in the zone whose mount target's subnet denies 2049",
      diagram: withAcl(mounted([NFS_FROM_WEB], { targetSubnet: "s-c" }).place("shared", "s-b").subnet("s-d", "az-b", { cidrBlock: "10.0.4.0/24" }).asg("fleet", "s-a").place("fleet", "s-d").member("fleet", "web-sg").edge("mount", "fleet", "shared"), "s-b").diagram(),
      expect: [{ messageId: "someSubnets", message: "fleet can mount EFS file system shared from s-a but not from s-d", nodeIds: ["fleet", "shared", "acl-nfs"], severity: "warning" }],
    },
  ],
});
