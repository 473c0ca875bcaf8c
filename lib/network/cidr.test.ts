import { describe, expect, it } from "vitest";
import { blockText, cidrAt, contains, firstFreeBlock, hostBitsSet, overlaps, parseCidr4, parseIpBlock, vpcCidrBlocks, type Cidr4 } from "./cidr";
import type { DiagramNode } from "../diagram/types";

function cidr(text: string): Cidr4 {
  const block = parseCidr4(text);
  if (!block) throw new Error(`test CIDR ${text} did not parse`);
  return block;
}

describe("parseCidr4", () => {
  it("reads a block as its range", () => {
    expect(parseCidr4("10.0.0.0/16")).toEqual({ start: 167772160n, end: 167837695n, prefix: 16, network: "10.0.0.0/16" });
  });

  it("clears host bits in the network form", () => {
    expect(parseCidr4("10.0.1.5/24")).toMatchObject({ network: "10.0.1.0/24", start: cidr("10.0.1.0/24").start, prefix: 24 });
  });

  it("covers the whole space at /0 and one address at /32", () => {
    expect(parseCidr4("0.0.0.0/0")).toMatchObject({ start: 0n, end: 4294967295n, prefix: 0 });
    expect(parseCidr4("255.255.255.255/32")).toMatchObject({ start: 4294967295n, end: 4294967295n, prefix: 32 });
  });

  it.each(["", "10.0.0.0", "10.0.0.0/33", "10.0.0.0/-1", "10.0.0/8", "256.0.0.0/8", " 10.0.0.0/8", "010.0.0.0/8", "::/0", "2001:db8::/32", "abc", "10.0.0.0/1e1"])(
    "refuses %j",
    (text) => {
      expect(parseCidr4(text)).toBeNull();
    },
  );

  it("refuses a value that is not a string", () => {
    expect(parseCidr4(42 as unknown as string)).toBeNull();
  });
});

describe("contains", () => {
  it("holds for a block inside another and for the block itself", () => {
    expect(contains(cidr("10.0.0.0/16"), cidr("10.0.1.0/24"))).toBe(true);
    expect(contains(cidr("10.0.0.0/16"), cidr("10.0.0.0/16"))).toBe(true);
    expect(contains(cidr("10.0.0.0/16"), cidr("10.0.255.240/28"))).toBe(true);
  });

  it("fails for a wider block, a block outside and one straddling the edge", () => {
    expect(contains(cidr("10.0.0.0/16"), cidr("10.0.0.0/8"))).toBe(false);
    expect(contains(cidr("10.0.0.0/16"), cidr("10.1.0.0/24"))).toBe(false);
    expect(contains(cidr("10.0.0.0/24"), cidr("10.0.0.128/24"))).toBe(true); // same block written with host bits
    expect(contains(cidr("10.0.0.128/25"), cidr("10.0.0.0/24"))).toBe(false);
  });
});

describe("overlaps", () => {
  it("holds for identical, nested and partly shared blocks", () => {
    expect(overlaps(cidr("10.0.1.0/24"), cidr("10.0.1.0/24"))).toBe(true);
    expect(overlaps(cidr("10.0.0.0/16"), cidr("10.0.5.0/24"))).toBe(true);
    expect(overlaps(cidr("10.0.5.0/24"), cidr("10.0.0.0/16"))).toBe(true);
  });

  it("fails for adjacent blocks", () => {
    expect(overlaps(cidr("10.0.0.0/24"), cidr("10.0.1.0/24"))).toBe(false);
    expect(overlaps(cidr("10.0.0.0/25"), cidr("10.0.0.128/25"))).toBe(false);
    expect(overlaps(cidr("10.0.0.240/28"), cidr("10.0.1.0/28"))).toBe(false);
  });
});

describe("hostBitsSet", () => {
  it("tells an address in a block from the block", () => {
    expect(hostBitsSet("10.0.1.5/24")).toBe(true);
    expect(hostBitsSet("10.0.1.0/24")).toBe(false);
    expect(hostBitsSet("10.0.0.1/32")).toBe(false);
    expect(hostBitsSet("not a cidr")).toBe(false);
  });
});

describe("cidrAt and firstFreeBlock", () => {
  it("builds a canonical block from a start address", () => {
    expect(cidrAt(cidr("10.0.2.0/24").start, 24)?.network).toBe("10.0.2.0/24");
  });

  it("finds the first block that overlaps nothing taken", () => {
    const vpc = [cidr("10.0.0.0/16")];
    expect(firstFreeBlock(vpc, [], 24)?.network).toBe("10.0.0.0/24");
    expect(firstFreeBlock(vpc, [cidr("10.0.0.0/24"), cidr("10.0.1.0/25")], 24)?.network).toBe("10.0.2.0/24");
  });

  it("moves on to the next range when the first is full", () => {
    const ranges = [cidr("10.0.0.0/28"), cidr("10.1.0.0/16")];
    expect(firstFreeBlock(ranges, [cidr("10.0.0.0/28")], 28)?.network).toBe("10.1.0.0/28");
    expect(firstFreeBlock(ranges, [], 24)?.network).toBe("10.1.0.0/24"); // a /24 does not fit the /28
  });

  it("gives null when nothing fits", () => {
    expect(firstFreeBlock([cidr("10.0.0.0/28")], [cidr("10.0.0.0/28")], 28)).toBeNull();
    expect(firstFreeBlock([cidr("10.0.0.0/16")], [], 33)).toBeNull();
  });
});

describe("vpcCidrBlocks", () => {
  const vpc = (props: Record<string, unknown>): DiagramNode => ({ id: "v", kind: "aws.vpc", label: "v", parent: null, props, layout: { x: 0, y: 0, w: 1, h: 1 } });

  it("lists the primary block then the secondary ones", () => {
    const blocks = vpcCidrBlocks(vpc({ cidrBlock: "10.0.0.0/16", secondaryCidrBlocks: ["10.1.0.0/16", "100.64.0.0/16"] }));
    expect(blocks.map((b) => b.network)).toEqual(["10.0.0.0/16", "10.1.0.0/16", "100.64.0.0/16"]);
  });

  it("skips what it cannot read", () => {
    expect(vpcCidrBlocks(vpc({ cidrBlock: 7, secondaryCidrBlocks: ["nope", "10.1.0.0/16"] })).map((b) => b.network)).toEqual(["10.1.0.0/16"]);
    expect(vpcCidrBlocks(vpc({}))).toEqual([]);
  });
});

describe("blockText", () => {
  it("writes IPv4 blocks and the whole address spaces", () => {
    expect(blockText(parseIpBlock("10.0.1.7/24")!)).toBe("10.0.1.0/24");
    expect(blockText(parseIpBlock("0.0.0.0/0")!)).toBe("0.0.0.0/0");
    expect(blockText(parseIpBlock("::/0")!)).toBe("::/0");
  });

  it("writes IPv6 in RFC 5952 form: the longest run of zero groups becomes ::, a single zero group stays", () => {
    expect(blockText(parseIpBlock("2001:db8:0:0:1:0:0:0/80")!)).toBe("2001:db8:0:0:1::/80");
    expect(blockText(parseIpBlock("2001:0db8:0:1::/64")!)).toBe("2001:db8:0:1::/64");
    expect(blockText(parseIpBlock("2600:1f18:1::/56")!)).toBe("2600:1f18:1::/56");
  });
});
