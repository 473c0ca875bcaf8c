import { getKind } from "../kinds";
import { describe, expect, it } from "vitest";
import { parseDiagram, restoreDiagram, type ParseResult } from "./parse";
import { FORMAT_NAME, LIMITS } from "./types";
import { currentVersion } from "./migrations";
import { build } from "../../tests/fixtures/build";

type Doc = Record<string, unknown>;

function doc(nodes: unknown[], edges: unknown[] = [], extra: Doc = {}): string {
  return JSON.stringify({ format: FORMAT_NAME, version: currentVersion(), name: "t", nodes, edges, ...extra });
}

/** The errors of a refused parse, as `path: english` lines; fails if the parse succeeded. */
function errorsOf(result: ParseResult): Array<{ path: string; en: string; ko: string }> {
  if (result.ok) throw new Error("expected the parser to refuse the document");
  return result.errors.map((e) => ({ path: e.path, en: e.message.en, ko: e.message.ko }));
}

/** Asserts one error at `path` whose English sentence holds every one of `words`, with a Korean sentence beside it. */
function expectError(result: ParseResult, path: string, ...words: string[]): void {
  const errors = errorsOf(result);
  const hit = errors.find((e) => e.path === path && words.every((w) => e.en.includes(w)));
  expect(hit, `no error at ${path} with ${JSON.stringify(words)}; got ${JSON.stringify(errors, null, 1)}`).toBeDefined();
  expect(hit!.ko).toMatch(/[\uac00-\ud7a3]/);
}

const vpc = { id: "vpc-1", kind: "aws.vpc" };

describe("parseDiagram accepts", () => {
  it("a valid diagram, filling defaults", () => {
    const result = parseDiagram(
      JSON.stringify({
        format: FORMAT_NAME,
        version: currentVersion(),
        nodes: [
          { id: "r", kind: "aws.region", label: "Seoul", props: { regionCode: "ap-northeast-2" }, layout: { x: 10, y: 20 } },
          { id: "vpc-1", kind: "aws.vpc", parent: "r" },
          { id: "fn", kind: "aws.lambda", parent: "r", props: { memorySize: 512 }, layout: { x: 5, y: 6, w: 80, h: 90 } },
        ],
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.migratedFrom).toBeNull();
    const { diagram } = result;
    expect(diagram).toMatchObject({ format: FORMAT_NAME, version: currentVersion(), name: "Untitled diagram", edges: [], metadata: {} });
    expect(diagram.nodes[0]).toEqual({
      id: "r",
      kind: "aws.region",
      label: "Seoul",
      parent: null,
      props: { regionCode: "ap-northeast-2" },
      // A missing size is filled from the kind's default size.
      layout: { x: 10, y: 20, w: getKind("aws.region")!.size.w, h: getKind("aws.region")!.size.h },
    });
    expect(diagram.nodes[1]).toMatchObject({
      label: "",
      parent: "r",
      props: { cidrBlock: "10.0.0.0/16", secondaryCidrBlocks: [], enableDnsSupport: true, enableDnsHostnames: false },
      layout: { x: 0, y: 0, w: getKind("aws.vpc")!.size.w, h: getKind("aws.vpc")!.size.h },
    });
    expect(diagram.nodes[2]).toMatchObject({ props: { memorySize: 512, timeout: 3, runtime: "nodejs22.x" }, layout: { x: 5, y: 6, w: 80, h: 90 } });
  });

  it("edges, filling their props", () => {
    const text = JSON.stringify(
      build().vpc("vpc-1", null).az("az-a", "vpc-1").subnet("s-1", "az-a").lambda("fn", "s-1").ec2("web", "s-1").edge("connection", "fn", "web").json(),
    );
    const result = parseDiagram(text);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.diagram.edges).toEqual([{ id: "e-connection-fn-web", kind: "connection", source: "fn", target: "web", props: { protocol: "tcp" } }]);
  });

  it("a file starting with a byte-order mark", () => {
    expect(parseDiagram(`\ufeff${doc([vpc])}`).ok).toBe(true);
  });

  it("exactly the node limit", () => {
    const nodes = Array.from({ length: LIMITS.maxNodes }, (_, i) => ({ id: `n${i}`, kind: "aws.region" }));
    expect(parseDiagram(doc(nodes)).ok).toBe(true);
  });
});

describe("parseDiagram refuses, naming where and why", () => {
  it("text that is not JSON", () => {
    expectError(parseDiagram("{nodes: ["), "$", "not valid JSON");
  });

  it("an empty file", () => {
    expectError(parseDiagram(""), "$", "empty");
    expectError(parseDiagram("  \n\t "), "$", "empty");
  });

  it("another format's file", () => {
    expectError(parseDiagram(JSON.stringify({ format: "excalidraw", version: 1, nodes: [] })), "$.format", `"format" should be "${FORMAT_NAME}"`, '"excalidraw"');
    expectError(parseDiagram(JSON.stringify({ type: "excalidraw", elements: [] })), "$.format", "is missing");
  });

  it("a version that is not a whole number", () => {
    expectError(parseDiagram(JSON.stringify({ format: FORMAT_NAME, version: "1", nodes: [] })), "$.version", "whole number");
  });

  it("a newer format version", () => {
    expectError(parseDiagram(JSON.stringify({ format: FORMAT_NAME, version: currentVersion() + 1, nodes: [] })), "$.version", "newer Archlint", `version ${currentVersion() + 1}`);
  });

  it("a node of an unknown kind", () => {
    expectError(parseDiagram(doc([vpc, { id: "x", kind: "aws.teleporter" }])), "$.nodes[1].kind", '"aws.teleporter"', "does not know");
  });

  it("an edge of an unknown kind", () => {
    expectError(parseDiagram(doc([vpc], [{ id: "e1", kind: "wormhole", source: "vpc-1", target: "vpc-1" }])), "$.edges[0].kind", '"wormhole"', "does not know");
  });

  it("two nodes with one id", () => {
    expectError(parseDiagram(doc([vpc, { id: "vpc-1", kind: "aws.region" }])), "$.nodes[1].id", 'share the id "vpc-1"', "nodes[0] and nodes[1]");
  });

  it("an edge id used by a node", () => {
    const nodes = [{ id: "fn", kind: "aws.lambda" }, { id: "fn2", kind: "aws.lambda" }];
    expectError(parseDiagram(doc(nodes, [{ id: "fn", kind: "invocation", source: "fn", target: "fn2" }])), "$.edges[0].id", '"fn"', "already used");
  });

  it("two edges with one id", () => {
    const nodes = [{ id: "a", kind: "aws.lambda" }, { id: "b", kind: "aws.s3-bucket" }];
    const edge = { id: "e", kind: "connection", source: "a", target: "b" };
    expectError(parseDiagram(doc(nodes, [edge, edge])), "$.edges[1].id", "already used");
  });

  it("a parent that is not in the diagram", () => {
    expectError(parseDiagram(doc([vpc, { id: "az", kind: "aws.availability-zone", parent: "vpc-9" }])), "$.nodes[1].parent", '"vpc-9"', "not in the diagram");
  });

  it("an edge whose source or target is not in the diagram", () => {
    const result = parseDiagram(doc([{ id: "fn", kind: "aws.lambda" }], [{ id: "e1", kind: "connection", source: "ghost", target: "nobody" }]));
    expectError(result, "$.edges[0].source", 'source "ghost"', "not in the diagram");
    expectError(result, "$.edges[0].target", 'target "nobody"', "not in the diagram");
  });

  it("a Lambda function straight in a VPC", () => {
    expectError(parseDiagram(doc([vpc, { id: "fn", kind: "aws.lambda", parent: "vpc-1" }])), "$.nodes[1].parent", 'Lambda function "fn" cannot sit inside VPC "vpc-1"', "Subnet");
  });

  it("an EC2 instance on the bare canvas", () => {
    expectError(parseDiagram(doc([{ id: "web", kind: "aws.ec2-instance", label: "Web" }])), "$.nodes[0].parent", 'EC2 instance "Web"', "not on the bare canvas");
  });

  it("nodes that contain each other", () => {
    const twoCycle = parseDiagram(
      doc([
        { id: "a", kind: "aws.vpc", parent: "b" },
        { id: "b", kind: "aws.availability-zone", parent: "a" },
      ]),
    );
    expectError(twoCycle, "$.nodes[0].parent", "in a loop", '"a" → "b" → "a"');
    const threeCycle = parseDiagram(
      doc([
        { id: "top", kind: "aws.region" },
        { id: "v", kind: "aws.vpc", parent: "s" },
        { id: "z", kind: "aws.availability-zone", parent: "v" },
        { id: "s", kind: "aws.subnet", parent: "z" },
      ]),
    );
    expectError(threeCycle, "$.nodes[1].parent", "in a loop", '"v" → "s" → "z" → "v"');
    expect(errorsOf(threeCycle).filter((e) => e.en.includes("loop"))).toHaveLength(1);
  });

  it("an edge between kinds its kind does not join", () => {
    const nodes = [vpc, { id: "fn", kind: "aws.lambda" }];
    expectError(parseDiagram(doc(nodes, [{ id: "e1", kind: "placement", source: "fn", target: "vpc-1" }])), "$.edges[0]", "cannot go from Lambda function", 'VPC "vpc-1"');
  });

  it("properties of the wrong type", () => {
    expectError(parseDiagram(doc([{ id: "fn", kind: "aws.lambda", props: { memorySize: "big" } }])), "$.nodes[0].props.memorySize", 'Lambda function "fn"', "expected number", "found string");
    expectError(parseDiagram(doc([{ id: "v", kind: "aws.vpc", props: { cidrBlock: "10.0.0.0/99" } }])), "$.nodes[0].props.cidrBlock", "not an IPv4 CIDR block");
  });

  it("a node that is not an object, or has no id", () => {
    const result = parseDiagram(doc([7, { kind: "aws.vpc" }]));
    expectError(result, "$.nodes[0]", "expected object", "found number");
    expectError(result, "$.nodes[1].id", "expected string", "found nothing");
  });

  it("more than 20,000 nodes", () => {
    const nodes = Array.from({ length: LIMITS.maxNodes + 1 }, (_, i) => ({ id: `n${i}`, kind: "aws.region" }));
    expectError(parseDiagram(doc(nodes)), "$.nodes", `${LIMITS.maxNodes + 1} nodes`, `at most ${LIMITS.maxNodes}`);
  });

  it("more than 10 MB of text", () => {
    const padding = " ".repeat(LIMITS.maxBytes);
    expectError(parseDiagram(`${doc([])}${padding}`), "$", "larger than 10 MB");
    // Multi-byte characters count by their UTF-8 size, not their UTF-16 length.
    const wide = "가".repeat(Math.ceil(LIMITS.maxBytes / 3) + 1);
    expectError(parseDiagram(doc([], [], { name: wide })), "$", "larger than 10 MB");
  });

  it("caps the list of problems", () => {
    const nodes = Array.from({ length: 200 }, (_, i) => ({ id: `n${i}`, kind: "aws.nothing" }));
    const errors = errorsOf(parseDiagram(doc(nodes)));
    expect(errors).toHaveLength(LIMITS.maxErrorsReported + 1);
    expect(errors.at(-1)!.en).toContain(`${200 - LIMITS.maxErrorsReported} more problems`);
  });
});

describe("parseDiagram on garbage", () => {
  const deep = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;
  const deepObject = (n: number) => `${'{"a":'.repeat(n)}1${"}".repeat(n)}`;
  const inputs: string[] = [
    "null",
    "[]",
    "{}",
    '"x"',
    "0",
    "true",
    "NaN",
    "undefined",
    "\u0000",
    "{",
    "]",
    "\ufeff",
    deep(10_000),
    deepObject(10_000),
    doc([{ id: "n", kind: "aws.lambda", props: JSON.parse(deepObject(1_000)) as Doc }]),
    '{"__proto__":{"polluted":true}}',
    `{"format":"${FORMAT_NAME}","version":1,"nodes":[],"__proto__":{"polluted":true}}`,
    `{"format":"${FORMAT_NAME}","version":1,"nodes":[{"id":"__proto__","kind":"aws.vpc","props":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}}]}`,
    doc([{ id: "n", kind: "aws.vpc", props: JSON.parse('{"__proto__":{"polluted":true}}') as Doc }]),
    doc([{ id: "constructor", kind: "aws.vpc", parent: "__proto__" }], [{ id: "toString", kind: "hasOwnProperty", source: "constructor", target: "valueOf" }]),
    JSON.stringify({ format: FORMAT_NAME, version: 1e308, nodes: [] }),
    JSON.stringify({ format: FORMAT_NAME, version: -1, nodes: [] }),
    JSON.stringify({ format: FORMAT_NAME, version: 1, nodes: {} }),
    JSON.stringify({ format: FORMAT_NAME, version: 1, nodes: null, edges: "x" }),
    JSON.stringify({ format: FORMAT_NAME, version: 1, nodes: [{ id: "v", kind: "aws.vpc", layout: { x: "1", y: null, w: -5 } }] }),
    JSON.stringify({ format: FORMAT_NAME, version: 1, nodes: [{ id: "v", kind: "aws.vpc", label: "x".repeat(1000), props: [] }] }),
    JSON.stringify({ format: FORMAT_NAME, version: 1, nodes: [{ id: "", kind: "" }], metadata: 5 }),
  ];

  it.each(inputs.map((text, i) => [i, text.length > 60 ? `${text.slice(0, 57)}...` : text, text] as const))("#%i %j: refused or read, never thrown", (_, __, text) => {
    let result: ParseResult | undefined;
    expect(() => {
      result = parseDiagram(text);
    }).not.toThrow();
    if (result && !result.ok) {
      expect(result.errors.length).toBeGreaterThan(0);
      for (const e of result.errors) {
        expect(e.path).toMatch(/^\$/);
        expect(e.message.en.length).toBeGreaterThan(0);
        expect(e.message.ko.length).toBeGreaterThan(0);
      }
    }
  });

  it("values that are not text, handed to parseDiagram and restoreDiagram", () => {
    for (const value of [undefined, null, 42, {}, [], Symbol("s"), () => 1]) {
      expect(() => parseDiagram(value as unknown as string)).not.toThrow();
      expect(() => restoreDiagram(value)).not.toThrow();
      expect(restoreDiagram(value).ok).toBe(false);
    }
  });

  it("leaves Object.prototype alone", () => {
    for (const text of inputs) parseDiagram(text);
    const probe: Doc = {};
    expect(probe.polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(({} as Doc).constructor).toBe(Object);
  });

  it("does not give a node an inherited property as its props", () => {
    const result = parseDiagram(doc([{ id: "n", kind: "aws.vpc", props: JSON.parse('{"__proto__":{"cidrBlock":"1.2.3.0/24"}}') as Doc }]));
    if (!result.ok) return; // refusing it is fine too
    expect(result.diagram.nodes[0]!.props.cidrBlock).toBe("10.0.0.0/16");
  });
});
