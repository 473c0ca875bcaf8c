import { Address4, Address6 } from "ip-address";
import type { DiagramIndex } from "../diagram/graph";
import type { DiagramNode } from "../diagram/types";

/** An IPv4 CIDR block as the range of addresses it covers. */
export interface Cidr4 {
  /** First address (the network address), as a number. */
  start: bigint;
  /** Last address (the broadcast address), as a number. */
  end: bigint;
  prefix: number;
  /** The block in canonical form, host bits cleared: `10.0.1.0/24`. */
  network: string;
}

/** Parsed IPv4 blocks by text (frozen, shared): several rules read every subnet's CIDR on every run. */
const parsed4 = new Map<string, Readonly<Cidr4> | null>();
/** Texts naming an address inside their block (`10.0.1.5/24`). */
const withHostBits = new Map<string, boolean>();
const MAX_PARSED4 = 10_000;

/** Reads `a.b.c.d/n`; null for anything else, including an address without a prefix. */
export function parseCidr4(text: string): Cidr4 | null {
  if (typeof text !== "string" || !text.includes("/")) return null;
  const hit = parsed4.get(text);
  if (hit !== undefined) return hit;
  if (parsed4.size >= MAX_PARSED4) {
    parsed4.clear();
    withHostBits.clear();
  }
  const block = readCidr4(text);
  parsed4.set(text, block && Object.freeze(block));
  return block;
}

function readCidr4(text: string): Cidr4 | null {
  let address: Address4;
  try {
    address = new Address4(text);
  } catch {
    return null;
  }
  return {
    start: address.startAddress().bigInt(),
    end: address.endAddress().bigInt(),
    prefix: address.subnetMask,
    network: address.networkForm(),
  };
}

/** Whether every address of `inner` is in `outer` (a block contains itself). */
export function contains(outer: Cidr4, inner: Cidr4): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Whether the two blocks share at least one address. */
export function overlaps(a: Cidr4, b: Cidr4): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Whether the text names an address inside the block rather than the block itself: `10.0.1.5/24`. */
export function hostBitsSet(text: string): boolean {
  const block = parseCidr4(text);
  if (block === null) return false;
  let set = withHostBits.get(text);
  if (set === undefined) {
    set = new Address4(text).bigInt() !== block.start;
    withHostBits.set(text, set);
  }
  return set;
}

/** The block of the given prefix length that starts at `start`, in canonical form. */
export function cidrAt(start: bigint, prefix: number): Cidr4 | null {
  try {
    return parseCidr4(`${Address4.fromBigInt(start).correctForm()}/${prefix}`);
  } catch {
    return null;
  }
}

/** Most candidate blocks looked at per range, so a huge range cannot stall a rule. */
const MAX_CANDIDATES = 1 << 16;

/**
 * The first block of `prefix` length inside one of `within` that overlaps none of `taken`, in the
 * order the ranges are given; null when there is none (or none among the first candidates).
 */
export function firstFreeBlock(within: readonly Cidr4[], taken: readonly Cidr4[], prefix: number): Cidr4 | null {
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > 32) return null;
  const size = 2n ** BigInt(32 - prefix);
  for (const range of within) {
    if (range.prefix > prefix) continue;
    let start = range.start;
    for (let i = 0; i < MAX_CANDIDATES && start + size - 1n <= range.end; i++, start += size) {
      const candidate = cidrAt(start, prefix);
      if (candidate && !taken.some((t) => overlaps(t, candidate))) return candidate;
    }
  }
  return null;
}

/** A VPC's IPv4 blocks as written: the primary `cidrBlock`, then each of `secondaryCidrBlocks`. */
export function vpcCidrTexts(vpc: DiagramNode): unknown[] {
  const secondary = vpc.props.secondaryCidrBlocks;
  return [vpc.props.cidrBlock, ...(Array.isArray(secondary) ? (secondary as unknown[]) : [])];
}

/** A VPC's IPv4 blocks, primary first; unreadable ones are skipped. */
export function vpcCidrBlocks(vpc: DiagramNode): Cidr4[] {
  return vpcCidrTexts(vpc)
    .map((text) => (typeof text === "string" ? parseCidr4(text) : null))
    .filter((block) => block !== null);
}

/** A subnet's IPv4 block; null when it has none or it cannot be read. */
export function subnetCidrBlock(subnet: DiagramNode): Cidr4 | null {
  const text = subnet.props.cidrBlock;
  return typeof text === "string" ? parseCidr4(text) : null;
}

/** AWS's size bounds for VPC and subnet IPv4 blocks: /16 (largest) to /28 (smallest). */
export const AWS_MIN_PREFIX = 16;
export const AWS_MAX_PREFIX = 28;

/** The subnets drawn anywhere inside the VPC, in diagram order. */
export function subnetsOfVpc(index: DiagramIndex, vpc: DiagramNode): DiagramNode[] {
  return [...index.subnetsInVpc(vpc.id)];
}


/** The first subnet of each zone of `node`'s VPC that is not in `zones`: where a resource could be placed to span more AZs. */
export function firstSubnetPerOtherZone(index: DiagramIndex, node: DiagramNode, zones: ReadonlySet<string>): DiagramNode[] {
  const vpc = index.vpcOf(node);
  if (!vpc) return [];
  const picked = new Map<string, DiagramNode>();
  for (const subnet of subnetsOfVpc(index, vpc)) {
    const zone = index.zoneOf(subnet);
    if (zone === undefined || zones.has(zone) || picked.has(zone)) continue;
    picked.set(zone, subnet);
  }
  return [...picked.values()];
}
/**
 * A block for the subnet that lies in its VPC and overlaps none of the VPC's other subnets: `preferred`
 * when it qualifies, else the first free block of `prefix` length. What a CIDR quick fix proposes.
 */
export function freeSubnetCidr(index: DiagramIndex, subnet: DiagramNode, prefix: number, preferred?: Cidr4 | null): Cidr4 | null {
  const vpc = index.vpcOf(subnet);
  if (!vpc) return null;
  const within = vpcCidrBlocks(vpc);
  const taken: Cidr4[] = [];
  for (const other of subnetsOfVpc(index, vpc)) {
    const block = other.id === subnet.id ? null : subnetCidrBlock(other);
    if (block) taken.push(block);
  }
  if (preferred && within.some((r) => contains(r, preferred)) && !taken.some((t) => overlaps(t, preferred))) return preferred;
  return firstFreeBlock(within, taken, prefix);
}

/** An IPv4 or IPv6 block, for route destinations, ACL entries and security-group peers. */
export interface IpBlock {
  family: 4 | 6;
  start: bigint;
  end: bigint;
  prefix: number;
}

/** Parsed blocks by text: the same few CIDRs recur in every rule and route, and parsing is the analysis's hot spot. */
const parsed = new Map<string, IpBlock | null>();
const MAX_PARSED = 10_000;

/** Reads an IPv4 (`10.0.0.0/16`) or IPv6 (`2001:db8::/56`, `::/0`) block; null for anything else. */
export function parseIpBlock(text: unknown): IpBlock | null {
  if (typeof text !== "string") return null;
  const hit = parsed.get(text);
  if (hit !== undefined) return hit;
  if (parsed.size >= MAX_PARSED) parsed.clear();
  const block = readIpBlock(text);
  // Frozen: callers share one object per text.
  parsed.set(text, block && Object.freeze(block));
  return block;
}

function readIpBlock(text: string): IpBlock | null {
  if (!text.includes("/")) return null;
  if (!text.includes(":")) {
    const v4 = parseCidr4(text);
    return v4 ? { family: 4, start: v4.start, end: v4.end, prefix: v4.prefix } : null;
  }
  try {
    const address = new Address6(text);
    return { family: 6, start: address.startAddress().bigInt(), end: address.endAddress().bigInt(), prefix: address.subnetMask };
  } catch {
    return null;
  }
}

/** Whether every address of `inner` is in `outer`; blocks of different families never contain each other. */
export function blockContains(outer: IpBlock, inner: IpBlock): boolean {
  return outer.family === inner.family && outer.start <= inner.start && inner.end <= outer.end;
}

/** Whether the blocks share an address; blocks of different families never do. */
export function blocksOverlap(a: IpBlock, b: IpBlock): boolean {
  return a.family === b.family && a.start <= b.end && b.start <= a.end;
}

/** All IPv4 addresses: what "the internet" means to a route, an ACL entry or a security-group rule. */
export const ANY_IPV4: IpBlock = { family: 4, start: 0n, end: (1n << 32n) - 1n, prefix: 0 };
/** All IPv6 addresses. */
export const ANY_IPV6: IpBlock = { family: 6, start: 0n, end: (1n << 128n) - 1n, prefix: 0 };

/** A block as CIDR text, host bits cleared: `10.0.1.0/24`, `2001:db8::/56`, `0.0.0.0/0`. */
export function blockText(block: IpBlock): string {
  if (block.prefix === 0) return block.family === 4 ? "0.0.0.0/0" : "::/0";
  return `${block.family === 4 ? v4(block.start) : v6(block.start)}/${block.prefix}`;
}

function v4(n: bigint): string {
  return [24n, 16n, 8n, 0n].map((s) => String((n >> s) & 255n)).join(".");
}

/** RFC 5952 form: lower-case groups without leading zeros, the longest run of two or more zero groups as `::`. */
function v6(n: bigint): string {
  const groups = Array.from({ length: 8 }, (_, i) => ((n >> BigInt(112 - 16 * i)) & 0xffffn).toString(16));
  let best = { start: -1, length: 0 };
  for (let i = 0; i < 8; ) {
    if (groups[i] !== "0") {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === "0") j++;
    if (j - i > best.length && j - i > 1) best = { start: i, length: j - i };
    i = j;
  }
  if (best.start < 0) return groups.join(":");
  return `${groups.slice(0, best.start).join(":")}::${groups.slice(best.start + best.length).join(":")}`;
}
