import { describe, expect, it } from "vitest";
import { deflateSync } from "fflate";
import { readFileSync } from "node:fs";
import { decodeShare, encodeShare, fromBase64Url, SHARE_MAX_CHARS, shareFragmentPayload, toBase64Url } from "./share";
import { parseDiagram } from "./diagram/parse";
import { LIMITS, type Diagram } from "./diagram/types";
import { DIAGRAM } from "./report/testing";

function example(name: string): Diagram {
  const result = parseDiagram(readFileSync(new URL(`../examples/${name}.json`, import.meta.url), "utf8"));
  if (!result.ok) throw new Error(`example ${name} does not parse`);
  return result.diagram;
}

function payloadOf(diagram: Diagram): string {
  const encoded = encodeShare(diagram);
  if (!encoded.ok) throw new Error("expected the diagram to fit in a link");
  return encoded.payload;
}

function messagesOf(payload: string): string[] {
  const result = decodeShare(payload);
  if (result.ok) throw new Error("expected the link to be refused");
  return result.errors.map((e) => e.message.en);
}

describe("encodeShare and decodeShare", () => {
  it("round-trips a diagram through a URL-safe payload", () => {
    const diagram = example("broken-subnets");
    const payload = payloadOf(diagram);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    const back = decodeShare(payload);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.diagram.name).toBe(diagram.name);
    expect(back.diagram.nodes).toEqual(diagram.nodes);
    expect(back.diagram.edges).toEqual(diagram.edges);
  });

  it("keeps non-ASCII labels", () => {
    const diagram: Diagram = { ...DIAGRAM, name: "결제 시스템 ✓", nodes: DIAGRAM.nodes.map((n) => ({ ...n, label: `${n.label}-서울` })) };
    const back = decodeShare(payloadOf(diagram));
    expect(back.ok && back.diagram.name).toBe("결제 시스템 ✓");
    expect(back.ok && back.diagram.nodes[1]!.label).toBe("main-서울");
  });

  it("refuses a diagram whose link would be too long, saying how long", () => {
    const nodes = Array.from({ length: 3000 }, (_, i) => ({
      id: `r-${i}`, kind: "aws.region", label: `${Math.random().toString(36)}${i}`, parent: null, props: {}, layout: { x: i * 997, y: i * 31, w: 300, h: 200 },
    }));
    const result = encodeShare({ ...DIAGRAM, nodes, edges: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.max).toBe(SHARE_MAX_CHARS);
    expect(result.length).toBeGreaterThan(SHARE_MAX_CHARS);
  });

  it("refuses a truncated link", () => {
    const payload = payloadOf(example("broken-subnets"));
    for (const cut of [payload.length - 5, Math.floor(payload.length / 2), 10]) {
      const messages = messagesOf(payload.slice(0, cut));
      expect(messages.join(" ")).toMatch(/truncated or damaged|damaged|not valid JSON/);
    }
  });

  it("refuses garbage: foreign characters, an empty payload, bytes that are not deflate", () => {
    expect(messagesOf("not a link!")[0]).toContain("characters");
    expect(messagesOf("")[0]).toContain("truncated or damaged");
    expect(messagesOf(toBase64Url(new TextEncoder().encode("hello world, not compressed")))[0]).toContain("truncated or damaged");
  });

  it("refuses a well-packed payload that is not a diagram, with the parser's errors", () => {
    const payload = toBase64Url(deflateSync(new TextEncoder().encode(JSON.stringify({ format: "other" }))));
    expect(messagesOf(payload).join(" ")).toMatch(/format/i);
  });

  it("stops unpacking a decompression bomb at the size limit", () => {
    const bomb = toBase64Url(deflateSync(new Uint8Array(LIMITS.maxBytes * 3), { level: 9 }));
    expect(bomb.length).toBeLessThan(60_000);
    const started = performance.now();
    expect(messagesOf(bomb)[0]).toContain("larger than 10 MB");
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("reads the payload out of a fragment", () => {
    expect(shareFragmentPayload("#d=abc_-")).toBe("abc_-");
    expect(shareFragmentPayload("d=xyz")).toBe("xyz");
    expect(shareFragmentPayload("#other=1")).toBeNull();
    expect(shareFragmentPayload("")).toBeNull();
  });
});

describe("base64url", () => {
  it("round-trips every byte value and tolerates padding", () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = toBase64Url(bytes);
    expect(text).not.toMatch(/[+/=]/);
    expect(fromBase64Url(text)).toEqual(bytes);
    expect(fromBase64Url("YQ==")).toEqual(new Uint8Array([97]));
    expect(fromBase64Url("a")).toBeNull();
    expect(fromBase64Url("a+b/")).toBeNull();
  });
});
