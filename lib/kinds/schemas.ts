import "../zod-setup";
import { z } from "zod";

/**
 * Property shapes shared by several kinds. Types only: AWS quotas (rules per group, rule-number range…)
 * are reported by rules, so a file that breaks one still loads.
 */

/** `-1` is AWS's "all": every ICMP type or code, or any port when the protocol is `-1`. */
export const port = z.number().int().min(-1).max(65535);

/** `-1` means all protocols, as in the EC2 API. */
export const ipProtocol = z.enum(["tcp", "udp", "icmp", "-1"]);

export const cidr = z.union([z.cidrv4(), z.cidrv6()]);

/** Another security-group node of the same diagram, written `sg:<nodeId>`. */
export const securityGroupRef = z.string().regex(/^sg:.+$/, "a security group reference such as sg:sg-1");

/** A managed or customer prefix list, e.g. the S3 gateway endpoint's `pl-63a5400a`. */
export const prefixListId = z.string().regex(/^pl-[0-9a-f]+$/, "a prefix list id such as pl-63a5400a");

/** Where a security-group rule's traffic comes from or goes to. */
export const peer = z.union([cidr, securityGroupRef, prefixListId]);

const sgRuleBase = {
  protocol: ipProtocol.default("tcp"),
  fromPort: port,
  toPort: port,
  description: z.string().optional(),
};

export const securityGroupIngressRule = z.object({ ...sgRuleBase, source: peer });
export const securityGroupEgressRule = z.object({ ...sgRuleBase, destination: peer });

export type SecurityGroupIngressRule = z.output<typeof securityGroupIngressRule>;
export type SecurityGroupEgressRule = z.output<typeof securityGroupEgressRule>;

/** The one outbound rule AWS adds to every security group you create. */
export const ALLOW_ALL_EGRESS: SecurityGroupEgressRule = {
  protocol: "-1",
  fromPort: -1,
  toPort: -1,
  destination: "0.0.0.0/0",
};

/** One network ACL entry. Rules are evaluated lowest number first; the first match wins. */
export const networkAclEntry = z.object({
  ruleNumber: z.number().int(),
  protocol: ipProtocol.default("-1"),
  fromPort: port.default(-1),
  toPort: port.default(-1),
  cidrBlock: cidr,
  action: z.enum(["allow", "deny"]),
});

export type NetworkAclEntry = z.output<typeof networkAclEntry>;

/** Rule 100 of a VPC's default network ACL, in each direction: it allows all IPv4 traffic. */
export const DEFAULT_NACL_ALLOW_ALL: NetworkAclEntry = {
  ruleNumber: 100,
  protocol: "-1",
  fromPort: -1,
  toPort: -1,
  cidrBlock: "0.0.0.0/0",
  action: "allow",
};

/** An instance type such as `t3.micro` (EC2, Auto Scaling). */
export const instanceType = z
  .string()
  .regex(/^[a-z0-9-]+\.[a-z0-9]+$/, "an instance type such as t3.micro");

/** A Region code such as `us-east-1`. */
export const regionCode = z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "a Region code such as us-east-1");
