/**
 * The incremental analyzer must return exactly what a full run returns (findings in the same order,
 * with the same fixes, and the same reachability report) after any edit or run of edits. Iterates the
 * registry and the rule examples, so rules added later are covered without touching this file.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateDiagram } from "@/bench/generate";
import { DiagramIndex } from "@/lib/diagram/graph";
import { applyOps, type DiagramOp } from "@/lib/diagram/ops";
import type { Diagram, DiagramNode } from "@/lib/diagram/types";
import { EDGE_KINDS } from "@/lib/kinds";
import { analyzeReachability } from "@/lib/network/reachability";
import { params } from "@/tests/fuzz/harness";
import { RULES } from "@/rules";
import { createAnalyzer, partitionDiagram } from "./incremental";
import { exampleFor, ruleIdsWithExamples } from "./rule-examples";
import type { RuleModule } from "./types";
import { runRules } from "./validate";

function fullRun(diagram: Diagram) {
  const index = new DiagramIndex(diagram);
  return { findings: runRules(diagram, RULES, index), reach: analyzeReachability(index) };
}

/** An analyzer that fails the test if a component rule reports outside the component it visits. */
function strictAnalyzer(rules: readonly RuleModule[] = RULES) {
  return createAnalyzer(rules, { onDemote: (ruleId) => expect.fail(`rule ${ruleId} is declared scope "component" but reported outside its component`) });
}

/** One edit, as numbers read against the current diagram, so fast-check can shrink it. */
type Pick = { type: number; a: number; b: number; c: number };
const pick: fc.Arbitrary<Pick> = fc.record({ type: fc.nat(11), a: fc.nat(10_000), b: fc.nat(10_000), c: fc.nat(10_000) });

const LABELS = ["public-a", "private-b", "web", "Public subnet", "db"];

/** Turns a pick into one op that makes sense for the diagram (or none when the diagram is too small for it). */
function opFor(diagram: Diagram, p: Pick, serial: number): DiagramOp | undefined {
  const { nodes, edges } = diagram;
  const node = nodes.length ? nodes[p.a % nodes.length]! : undefined;
  const other = nodes.length ? nodes[p.b % nodes.length]! : undefined;
  switch (p.type) {
    case 0: // a prop takes the value another node of the kind has, or another node's id
    case 1: {
      if (!node || !other) return undefined;
      const keys = Object.keys(node.props);
      if (keys.length === 0) return { op: "updateNode", id: node.id, label: `${node.label}-x` };
      const key = keys[p.c % keys.length]!;
      const donor = nodes.find((n, i) => i >= p.b % nodes.length && n.kind === node.kind && n.id !== node.id);
      const value = p.type === 0 && donor ? donor.props[key] : typeof node.props[key] === "string" ? (p.c % 2 ? `sg:${other.id}` : other.id) : mutate(node.props[key], p.c);
      return { op: "updateNode", id: node.id, props: { [key]: value } };
    }
    case 2:
      return node ? { op: "updateNode", id: node.id, label: LABELS[p.c % LABELS.length]! } : undefined;
    case 3: // a copy of a node, somewhere
      if (!node) return undefined;
      return { op: "addNode", node: { ...node, id: `new-${serial}`, label: `new-${serial}`, parent: p.c % 3 === 0 ? null : (other?.id ?? null) } };
    case 4:
      return node ? { op: "removeNode", id: node.id } : undefined;
    case 5: // a new edge of any kind between two nodes, props copied from one of its kind if any
    case 6: {
      if (!node || !other) return undefined;
      const kind = EDGE_KINDS[p.c % EDGE_KINDS.length]!.id;
      const like = edges.find((e) => e.kind === kind);
      return { op: "addEdge", edge: { id: `e-new-${serial}`, kind, source: node.id, target: other.id, props: like ? { ...like.props } : {} } };
    }
    case 7:
      return edges.length ? { op: "removeEdge", id: edges[p.a % edges.length]!.id } : undefined;
    case 8: // re-parent, also onto the canvas and into a Region
      if (!node) return undefined;
      return { op: "updateNode", id: node.id, parent: p.c % 4 === 0 ? null : (other?.id ?? null) };
    case 9: {
      if (!edges.length) return undefined;
      const edge = edges[p.a % edges.length]!;
      const like = edges.filter((e) => e.kind === edge.kind);
      return { op: "updateEdge", id: edge.id, props: { ...like[p.b % like.length]!.props } };
    }
    case 10: // a Region around some top-level nodes (the analyzer splits components at Regions)
      return { op: "addNode", node: regionNode(`region-${serial}`) };
    default: // move a node into an existing Region
      if (!node) return undefined;
      return { op: "updateNode", id: node.id, parent: nodes.find((n) => n.kind === "aws.region")?.id ?? null, layout: { x: p.c % 50, y: 40 } };
  }
}

function mutate(value: unknown, c: number): unknown {
  if (typeof value === "number") return [0, 1, value * 2, -1, 65535][c % 5];
  if (typeof value === "boolean") return !value;
  if (Array.isArray(value)) return c % 2 ? [] : [...value, ...value];
  return c % 2 ? undefined : "x";
}

function regionNode(id: string): DiagramNode {
  return { id, kind: "aws.region", label: id, parent: null, props: { regionCode: "us-east-1" }, layout: { x: 0, y: 0, w: 800, h: 600 } };
}

/** Puts every top-level node of the diagram in a Region, as the editor's templates do. */
function inRegion(diagram: Diagram): Diagram {
  const region = regionNode("region-0");
  return { ...diagram, nodes: [region, ...diagram.nodes.map((n) => (n.parent === null ? { ...n, parent: region.id } : n))] };
}

/** Applies the picks in groups (`perCheck` ops between checks), comparing the analyzer with a full run after each group. */
function checkEdits(start: Diagram, picks: readonly Pick[], perCheck = 1): void {
  const analyzer = strictAnalyzer();
  let diagram = start;
  expect(analyzer.analyze(diagram)).toEqual(fullRun(diagram));
  for (let i = 0; i < picks.length; i += perCheck) {
    const ops = picks.slice(i, i + perCheck).flatMap((p, j) => opFor(diagram, p, i + j) ?? []);
    diagram = applyOps(diagram, ops);
    expect(analyzer.analyze(diagram)).toEqual(fullRun(diagram));
  }
}

const EXAMPLE_IDS = ruleIdsWithExamples();
const EXAMPLE_DIAGRAMS = EXAMPLE_IDS.flatMap((id) => {
  const example = exampleFor(id)!;
  return [example.invalid, example.valid];
});

describe("incremental analyzer", () => {
  it("covers every registered rule's examples, and some rules are component-scoped", () => {
    expect(EXAMPLE_IDS.length).toBeGreaterThan(0);
    expect(RULES.some((r) => r.meta.scope === "component")).toBe(true);
  });

  it("equals a full run on every rule example, and from each example to its fix and back", () => {
    for (const id of EXAMPLE_IDS) {
      const { invalid, valid } = exampleFor(id)!;
      const analyzer = strictAnalyzer();
      for (const diagram of [invalid, valid, invalid, inRegion(invalid), inRegion(valid)]) {
        expect(analyzer.analyze(diagram), id).toEqual(fullRun(diagram));
      }
    }
  }, 120_000);

  it("equals a full run after random single edits to the rule examples", () => {
    fc.assert(
      fc.property(fc.nat(EXAMPLE_DIAGRAMS.length - 1), fc.boolean(), fc.array(pick, { minLength: 1, maxLength: 6 }), (i, region, picks) => {
        const diagram = EXAMPLE_DIAGRAMS[i]!;
        checkEdits(region ? inRegion(diagram) : diagram, picks);
      }),
      params(300),
    );
  }, 120_000);

  it("equals a full run after several edits at once", () => {
    fc.assert(
      fc.property(fc.nat(EXAMPLE_DIAGRAMS.length - 1), fc.array(pick, { minLength: 2, maxLength: 9 }), (i, picks) => {
        checkEdits(inRegion(EXAMPLE_DIAGRAMS[i]!), picks, 3);
      }),
      params(100),
    );
  }, 120_000);

  it("equals a full run after random edits to a generated multi-VPC diagram", () => {
    const generated = generateDiagram(150);
    fc.assert(
      fc.property(fc.array(pick, { minLength: 1, maxLength: 5 }), (picks) => checkEdits(generated, picks)),
      params(25),
    );
  }, 120_000);

  it("follows a security-group rule that names a group of another VPC", () => {
    const analyzer = strictAnalyzer();
    let diagram = generateDiagram(150);
    analyzer.analyze(diagram);
    const steps: DiagramOp[][] = [
      // vpc-0's database now admits only vpc-1's app group: vpc-0's function is blocked, naming that group.
      [{ op: "updateNode", id: "sg-db-0", props: { ingress: [{ protocol: "tcp", fromPort: 5432, toPort: 5432, source: "sg:sg-app-1" }] } }],
      [{ op: "updateNode", id: "sg-app-1", label: "App tier (VPC 1)" }],
      [{ op: "updateNode", id: "sg-app-1", props: { egress: [] } }],
      [{ op: "removeNode", id: "sg-app-1" }],
    ];
    for (const ops of steps) {
      diagram = applyOps(diagram, ops);
      expect(analyzer.analyze(diagram)).toEqual(fullRun(diagram));
    }
  });

  it("re-checks only the VPC an edit lands in, yet sees a change to the Region around it", () => {
    const generated = generateDiagram(150);
    const partition = partitionDiagram(generated, new Map(generated.nodes.map((n) => [n.id, n])));
    // One component per VPC (each with the Region around it), plus the Region itself.
    const vpcs = generated.nodes.filter((n) => n.kind === "aws.vpc");
    expect(partition.components.length).toBe(vpcs.length + 1);
    for (const vpc of vpcs) expect(partition.ofNode.get(vpc.id)!.around.map((n) => n.id)).toEqual(["region-1"]);

    // A rule that counts its visits shows what is re-run.
    let visits = 0;
    const counting: RuleModule = {
      meta: { ...RULES[0]!.meta, id: "count-visits", scope: "component" },
      create: () => ({
        "aws.lambda": () => {
          visits++;
        },
      }),
    };
    const analyzer = createAnalyzer([counting]);
    analyzer.analyze(generated);
    const lambdas = generated.nodes.filter((n) => n.kind === "aws.lambda").length;
    expect(visits).toBe(lambdas);
    visits = 0;
    analyzer.analyze(applyOps(generated, [{ op: "updateNode", id: "fn-0-0-0", label: "edited" }]));
    expect(visits).toBe(lambdas / vpcs.length);
    visits = 0;
    analyzer.analyze(applyOps(generated, [{ op: "updateNode", id: "region-1", props: { regionCode: "eu-west-1" } }]));
    expect(visits).toBe(lambdas);
  });

  it("joins nodes a prop names (a security-group rule's sg:<id>) into one component", () => {
    const generated = generateDiagram(150);
    const partition = partitionDiagram(generated, new Map(generated.nodes.map((n) => [n.id, n])));
    const vpc0 = partition.ofNode.get("vpc-0")!;
    const vpc1 = partition.ofNode.get("vpc-1")!;
    expect(vpc0).not.toBe(vpc1);
    const joined = applyOps(generated, [{ op: "updateNode", id: "sg-db-0", props: { ingress: [{ protocol: "tcp", fromPort: 5432, toPort: 5432, source: "sg:sg-app-1" }] } }]);
    const after = partitionDiagram(joined, new Map(joined.nodes.map((n) => [n.id, n])));
    expect(after.ofNode.get("vpc-0")).toBe(after.ofNode.get("vpc-1"));
  });

  it("starts afresh after a rule throws part-way through an update", () => {
    let boom = false;
    const throwing: RuleModule = {
      meta: { ...RULES[0]!.meta, id: "throws", scope: "component" },
      create: () => ({
        "aws.lambda": () => {
          if (boom) throw new Error("boom");
        },
      }),
    };
    const rules = [...RULES, throwing];
    const analyzer = createAnalyzer(rules);
    const first = generateDiagram(150);
    analyzer.analyze(first);
    boom = true;
    const failed = applyOps(first, [{ op: "updateNode", id: "fn-0-0-0", props: { memorySize: 20480 } }]);
    expect(() => analyzer.analyze(failed)).toThrow("boom");
    boom = false;
    // A structural edit elsewhere: vpc-0's component must still be re-checked with the new memory size.
    const next = applyOps(failed, [{ op: "removeNode", id: "vol-1-0" }]);
    const index = new DiagramIndex(next);
    const full = { findings: runRules(next, rules, index), reach: analyzeReachability(index) };
    expect(full.findings.some((f) => f.ruleId === "lambda-quotas" && f.nodeIds[0] === "fn-0-0-0")).toBe(true);
    expect(analyzer.analyze(next)).toEqual(full);
  });

  it("re-runs a component rule in full when it reports outside the component it visits", () => {
    const generated = generateDiagram(150);
    const stray: RuleModule = {
      meta: { ...RULES[0]!.meta, id: "stray", scope: "component", messages: { m: { en: "x", ko: "x" } } },
      // Reports on each VPC's Region, from a diagram-wide visit: a finding outside the VPC's component.
      create: (context) => ({
        diagram: () => {
          for (const vpc of context.index.ofKind("aws.vpc")) {
            const region = context.index.ancestor(vpc, "aws.region");
            if (region) context.report({ messageId: "m", nodeIds: [region.id, vpc.id] });
          }
        },
      }),
    };
    const demoted: string[] = [];
    const analyzer = createAnalyzer([stray], { onDemote: (id) => demoted.push(id) });
    analyzer.analyze(generated);
    const edited = applyOps(generated, [{ op: "updateNode", id: "fn-0-0-0", label: "edited" }]);
    expect(analyzer.analyze(edited).findings).toEqual(runRules(edited, [stray]));
    expect(demoted).toEqual(["stray"]);
  });
});
