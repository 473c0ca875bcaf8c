/**
 * What an EC2 instance type's name tells about its hardware. Only what is certain is answered,
 * so rules report nothing about a family they do not know rather than guess.
 */

/**
 * Families that run on the Xen hypervisor, not the Nitro System: every family that existed before
 * Nitro arrived with C5 (November 2017). AWS lists the Nitro families at
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-types.html#ec2-nitro-instances ;
 * its 2018 version named A1, C5, C5d, C5n, M5, M5a, M5d, p3dn.24xlarge, R5, R5a, R5d, T3, z1d and the
 * .metal sizes, and every other family then offered is the list below. Every family launched since is Nitro.
 * A bare-metal size (`i3.metal`) is Nitro even in a Xen family.
 */
const XEN_FAMILIES: ReadonlySet<string> = new Set([
  // current generation in 2018
  "t2", "m4", "c4", "r4", "x1", "x1e", "d2", "h1", "i3", "f1", "g3", "g3s", "p2", "p3",
  // previous generation
  "t1", "m1", "m2", "m3", "c1", "c3", "cc1", "cc2", "cg1", "cr1", "r3", "g2", "hi1", "hs1", "i2",
]);

/** `m5d.xlarge` → family `m5d`, size `xlarge`; undefined for text that is not an instance type. */
export function parseInstanceType(type: string): { family: string; size: string } | undefined {
  const match = /^([a-z0-9-]+)\.([a-z0-9]+)$/.exec(type);
  return match ? { family: match[1]!, size: match[2]! } : undefined;
}

/**
 * True only for a type known to be Xen-based (not on the Nitro System). Anything else, a Nitro family
 * or one this list does not know, is false: callers report only what is certain.
 */
export function isKnownXenBased(type: string): boolean {
  const parsed = parseInstanceType(type);
  return parsed !== undefined && XEN_FAMILIES.has(parsed.family) && parsed.size !== "metal";
}
