// The example diagrams shown on each rule's page (/rules/<id>) must keep showing what they claim:
// the invalid one trips its rule, the valid one does not.
import { describe, expect, it } from "vitest";
import { layOut } from "../diagram/builder";
import { RULES, runRules } from "./index";
import { exampleFor, ruleIdsWithExamples } from "./rule-examples";

const withExamples = RULES.filter((rule) => exampleFor(rule.meta.id) !== undefined);

describe("rule examples", () => {
  it("belong to registered rules", () => {
    const ids = new Set(RULES.map((r) => r.meta.id));
    expect(ruleIdsWithExamples().filter((id) => !ids.has(id))).toEqual([]);
  });

  it("exist for every rule, so every rule page shows a broken and a fixed diagram", () => {
    expect(RULES.map((r) => r.meta.id).filter((id) => exampleFor(id) === undefined)).toEqual([]);
  });

  it("are undefined for an unknown rule", () => {
    expect(exampleFor("no-such-rule")).toBeUndefined();
    expect(exampleFor("constructor")).toBeUndefined();
  });

  describe.each(withExamples.map((rule) => [rule.meta.id, rule] as const))("%s", (id, rule) => {
    const example = exampleFor(id)!;

    it("the invalid example gives a finding of the rule", () => {
      expect(runRules(example.invalid, [rule]).length).toBeGreaterThan(0);
    });

    it("the valid example gives none", () => {
      expect(runRules(example.valid, [rule]).map((f) => f.message.en)).toEqual([]);
    });
  });
});

describe("layOut", () => {
  it("grows containers around their contents and keeps siblings apart", () => {
    const nodes = [
      { id: "vpc", kind: "aws.vpc", parent: null },
      { id: "az-a", kind: "aws.availability-zone", parent: "vpc" },
      { id: "az-b", kind: "aws.availability-zone", parent: "vpc" },
      { id: "s-1", kind: "aws.subnet", parent: "az-a" },
      { id: "i-1", kind: "aws.ec2-instance", parent: "s-1" },
      { id: "i-2", kind: "aws.ec2-instance", parent: "s-1" },
    ];
    const at = layOut(nodes);
    const box = (id: string) => at.get(id)!;
    // Children are positioned relative to their parent and fit inside it.
    for (const node of nodes.filter((n) => n.parent)) {
      const child = box(node.id);
      const parent = box(node.parent!);
      expect(child.x).toBeGreaterThanOrEqual(0);
      expect(child.y).toBeGreaterThanOrEqual(0);
      expect(child.x + child.w).toBeLessThanOrEqual(parent.w);
      expect(child.y + child.h).toBeLessThanOrEqual(parent.h);
    }
    // Siblings do not overlap.
    for (const a of nodes) {
      for (const b of nodes) {
        if (a.id >= b.id || a.parent !== b.parent) continue;
        const [p, q] = [box(a.id), box(b.id)];
        const apart = p.x + p.w <= q.x || q.x + q.w <= p.x || p.y + p.h <= q.y || q.y + q.h <= p.y;
        expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
      }
    }
  });

  it("places every node of a parent cycle", () => {
    const at = layOut([
      { id: "a", kind: "aws.vpc", parent: "b" },
      { id: "b", kind: "aws.vpc", parent: "a" },
    ]);
    expect([...at.keys()].sort()).toEqual(["a", "b"]);
  });
});
