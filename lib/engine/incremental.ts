import { takeIdsFrom } from "../diagram/create";
import { DiagramIndex } from "../diagram/graph";
import type { Diagram, DiagramEdge, DiagramNode } from "../diagram/types";
import { analyzeReachability, primeReachability } from "../network/reachability";
import type { ReachabilityReport } from "../network/types";
import { RULES } from "../../rules";
import type { Analysis } from "./analyze";
import type { Finding, RuleModule } from "./types";
import { compareFindings, runRules, visitRules } from "./validate";

/**
 * Incremental re-validation: the editor checks the diagram on every edit, and an edit touches a few
 * resources, so the analyzer keeps the last result and recomputes only what the edit can change.
 *
 * The diagram splits into components: nodes joined by parent links, edges, and ids named in props
 * (`sg:<id>`, an alias target). A top-level Region (one with only Regions above it) does not join what
 * it holds, so each VPC drawn in a Region is a component of its own, with the Region around it.
 * Rules declared `scope: "component"` (lib/engine/types.ts) and the reachability analysis are run only
 * on the components an edit touched, and their findings and reports are kept per component; every
 * other rule runs on the whole diagram on every edit. The result equals a full run's, order included
 * (lib/engine/incremental.test.ts checks it under random edits).
 */
export interface Analyzer {
  analyze(diagram: Diagram): Analysis;
}

interface Component {
  /** Members, in diagram order. */
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** The Regions around it that are not members: lookups find them, nothing lists them. */
  around: DiagramNode[];
  /** Findings of the component rules, gathered while visiting its nodes. */
  findings: Finding[];
  /** Some rule asked for the diagram's ids (for a quick fix's new node or edge): any id added or removed anywhere may change its findings. */
  freshIds: boolean;
  dirty: boolean;
}

interface Partition {
  components: Component[];
  ofNode: Map<string, Component>;
  ofEdge: Map<string, Component>;
  /** The component of a node id, or of an id something names but no node has. */
  ofName(name: string): Component | undefined;
}

interface State {
  diagram: Diagram;
  nodes: Map<string, DiagramNode>;
  edges: Map<string, DiagramEdge>;
  partition: Partition;
  analysis: Analysis;
}

/** More than this share of the nodes to redo, and one run over the whole diagram is cheaper than cutting out the parts. */
const WHOLE_RUN_SHARE = 0.5;

export interface AnalyzerOptions {
  /** Called when a rule declared `scope: "component"` reports outside the component it visits; it is run in full from then on. */
  onDemote?(ruleId: string): void;
}

export function createAnalyzer(rules: readonly RuleModule[] = RULES, options: AnalyzerOptions = {}): Analyzer {
  let state: State | undefined;
  /** Rules declared component-scoped that reported on something outside the component they were visiting: run in full from then on. */
  const demoted = new Set<string>();

  function analyze(diagram: Diagram): Analysis {
    try {
      return update(diagram);
    } catch (error) {
      // A rule threw part-way: what was kept may be half-updated, so the next call starts afresh.
      state = undefined;
      throw error;
    }
  }

  function update(diagram: Diagram): Analysis {
    if (state && diagram === state.diagram) return state.analysis;
    const previous = state && sameEnvelope(state.diagram, diagram) ? state : undefined;
    // The common edit (props, a label, a position) leaves every id, parent and reference where it was:
    // the components stay the same and only the edited ones are redone.
    const sameShape = previous !== undefined && updateInPlace(previous, diagram);
    let nodes: Map<string, DiagramNode>;
    let edges: Map<string, DiagramEdge>;
    let partition: Partition;
    if (sameShape) ({ nodes, edges, partition } = previous);
    else {
      nodes = new Map();
      for (const node of diagram.nodes) nodes.set(node.id, node);
      edges = new Map();
      for (const edge of diagram.edges) edges.set(edge.id, edge);
      if (nodes.size !== diagram.nodes.length || edges.size !== diagram.edges.length) {
        // Repeated ids: which node an id means depends on the whole list. No shortcuts.
        state = undefined;
        const index = new DiagramIndex(diagram);
        return { findings: runRules(diagram, rules, index), reach: analyzeReachability(index) };
      }
      partition = partitionDiagram(diagram, nodes);
      if (previous) markDirty(previous, partition, diagram, nodes, edges);
      else for (const component of partition.components) component.dirty = true;
    }

    const local = rules.filter((r) => r.meta.scope === "component" && !demoted.has(r.meta.id));
    const global = rules.filter((r) => r.meta.scope !== "component" || demoted.has(r.meta.id));
    const outcome = recheck(diagram, partition, local, previous?.analysis.reach, sameShape);
    if (outcome.strayRule !== undefined) {
      demoted.add(outcome.strayRule);
      options.onDemote?.(outcome.strayRule);
      state = undefined;
      return update(diagram);
    }

    let { fullIndex } = outcome;
    // New: the diagram-wide rules' findings and the redone components'. Kept: the other components'
    // findings, already in order in the last result. Merging them costs less than sorting everything.
    const fresh: Finding[] = [];
    const kept = new Set<Finding>();
    for (const component of partition.components) {
      if (component.dirty) for (const finding of component.findings) fresh.push(finding);
      else for (const finding of component.findings) kept.add(finding);
    }
    if (global.length > 0) {
      if (!fullIndex) {
        fullIndex = new DiagramIndex(diagram);
        // The merged report equals a full run's: the diagram-wide rules that ask for it reuse it.
        primeReachability(fullIndex, outcome.reach);
      }
      for (const finding of runRules(diagram, global, fullIndex)) fresh.push(finding);
    }
    fresh.sort(compareFindings);
    const findings = kept.size === 0 ? fresh : mergeSorted(previous!.analysis.findings.filter((f) => kept.has(f)), fresh);
    for (const component of partition.components) component.dirty = false;
    const analysis = { findings, reach: outcome.reach };
    state = { diagram, nodes, edges, partition, analysis };
    return analysis;
  }

  return { analyze };
}

/**
 * When the diagram has the same nodes and edges in the same places, each changed one keeping its id,
 * kind, parent, ends and references (and none a Region), marks the changed ones' components dirty, puts
 * the new objects in them, and answers true: the partition still holds. Otherwise changes nothing.
 */
function updateInPlace(previous: State, diagram: Diagram): boolean {
  const before = previous.diagram;
  if (diagram.nodes.length !== before.nodes.length || diagram.edges.length !== before.edges.length) return false;
  const nodes: DiagramNode[] = [];
  for (let i = 0; i < diagram.nodes.length; i++) {
    const node = diagram.nodes[i]!;
    const was = before.nodes[i]!;
    if (node === was) continue;
    if (node.id !== was.id || node.kind !== was.kind || node.parent !== was.parent || node.kind === "aws.region" || !sameReferences(node.props, was.props)) return false;
    nodes.push(node);
  }
  const edges: DiagramEdge[] = [];
  for (let i = 0; i < diagram.edges.length; i++) {
    const edge = diagram.edges[i]!;
    const was = before.edges[i]!;
    if (edge === was) continue;
    if (edge.id !== was.id || edge.source !== was.source || edge.target !== was.target || !sameReferences(edge.props, was.props)) return false;
    edges.push(edge);
  }
  const { ofNode, ofEdge } = previous.partition;
  for (const node of nodes) {
    previous.nodes.set(node.id, node);
    const component = ofNode.get(node.id)!;
    component.nodes[component.nodes.findIndex((n) => n.id === node.id)] = node;
    component.dirty = true;
  }
  for (const edge of edges) {
    previous.edges.set(edge.id, edge);
    const component = ofEdge.get(edge.id)!;
    component.edges[component.edges.findIndex((e) => e.id === edge.id)] = edge;
    component.dirty = true;
  }
  return true;
}

function sameReferences(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  if (a === b) return true;
  const x = referencesOf(a);
  const y = referencesOf(b);
  return x.length === y.length && x.every((ref, i) => ref === y[i]);
}

/** Both sorted by compareFindings (a total order): one sorted list, placing each of the few new ones by binary search. */
function mergeSorted(kept: readonly Finding[], fresh: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  let i = 0;
  for (const finding of fresh) {
    let lo = i;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareFindings(kept[mid]!, finding) <= 0) lo = mid + 1;
      else hi = mid;
    }
    while (i < lo) out.push(kept[i++]!);
    out.push(finding);
  }
  while (i < kept.length) out.push(kept[i++]!);
  return out;
}

/** Rules may read the name or metadata: a change there redoes everything. */
function sameEnvelope(a: Diagram, b: Diagram): boolean {
  return a.format === b.format && a.version === b.version && a.name === b.name && a.metadata === b.metadata;
}

/**
 * Compares one list (nodes or edges) with the previous state by identity: collects the ids added or
 * changed, marks the previous components of changed and removed items as touched, and says whether
 * an id came or went.
 */
function compareItems<T extends { id: string }>(
  items: readonly T[],
  before: ReadonlyMap<string, T>,
  now: ReadonlyMap<string, T>,
  componentOf: ReadonlyMap<string, Component>,
  changed: Set<string>,
  touched: Set<Component>,
): boolean {
  let idsChanged = false;
  let kept = 0;
  for (const item of items) {
    const was = before.get(item.id);
    if (was === item) {
      kept++;
      continue;
    }
    changed.add(item.id);
    if (was) {
      kept++;
      touched.add(componentOf.get(item.id)!);
    } else idsChanged = true;
  }
  if (kept < before.size) {
    idsChanged = true;
    for (const id of before.keys()) if (!now.has(id)) touched.add(componentOf.get(id)!);
  }
  return idsChanged;
}

/**
 * Marks the components the edit may change: those holding an added or changed node or edge, those made
 * of nodes whose previous component lost or changed something (a split), and those whose Regions around
 * changed. The rest take the previous findings.
 */
function markDirty(previous: State, next: Partition, diagram: Diagram, nodes: Map<string, DiagramNode>, edges: Map<string, DiagramEdge>): void {
  const old = previous.partition;
  const touched = new Set<Component>();
  const changedNodes = new Set<string>();
  const changedEdges = new Set<string>();
  const nodeIdsChanged = compareItems(diagram.nodes, previous.nodes, nodes, old.ofNode, changedNodes, touched);
  const edgeIdsChanged = compareItems(diagram.edges, previous.edges, edges, old.ofEdge, changedEdges, touched);
  if (nodeIdsChanged || edgeIdsChanged) for (const component of old.components) if (component.freshIds) touched.add(component);

  for (const component of next.components) {
    let before: Component | undefined;
    let dirty = false;
    for (const node of component.nodes) {
      const was = old.ofNode.get(node.id);
      if (changedNodes.has(node.id) || !was || (before !== undefined && was !== before)) {
        dirty = true;
        break;
      }
      before = was;
    }
    if (!dirty) {
      for (const edge of component.edges) {
        const was = old.ofEdge.get(edge.id);
        if (changedEdges.has(edge.id) || !was || (before !== undefined && was !== before)) {
          dirty = true;
          break;
        }
        before = was;
      }
    }
    // Same members as before, unchanged, with the same Regions around: the same findings.
    if (
      !dirty &&
      before !== undefined &&
      !touched.has(before) &&
      before.nodes.length === component.nodes.length &&
      before.edges.length === component.edges.length &&
      sameNodes(before.around, component.around)
    ) {
      component.findings = before.findings;
      component.freshIds = before.freshIds;
    } else component.dirty = true;
  }
}

function sameNodes(a: readonly DiagramNode[], b: readonly DiagramNode[]): boolean {
  return a.length === b.length && a.every((node, i) => node === b[i]);
}

interface Outcome {
  reach: ReachabilityReport;
  /** The whole diagram's index, when the dirty components were most of it and were run as one. */
  fullIndex?: DiagramIndex;
  /** A component rule reported on something outside the component it was visiting. */
  strayRule?: string;
}

/** Runs the component rules and the reachability analysis over the dirty components, as one diagram. */
function recheck(diagram: Diagram, partition: Partition, rules: readonly RuleModule[], previousReach: ReachabilityReport | undefined, sameIds: boolean): Outcome {
  let dirtyNodes = 0;
  for (const component of partition.components) if (component.dirty) dirtyNodes += component.nodes.length;
  const whole = !previousReach || dirtyNodes > diagram.nodes.length * WHOLE_RUN_SHARE;
  if (whole) for (const component of partition.components) component.dirty = true;
  const dirty = partition.components.filter((c) => c.dirty);

  let part: Diagram = diagram;
  let index: DiagramIndex;
  if (whole) index = new DiagramIndex(diagram);
  else {
    const around: DiagramNode[] = [];
    const seen = new Set<string>();
    for (const component of dirty) {
      for (const region of component.around) {
        if (seen.has(region.id) || partition.ofNode.get(region.id)?.dirty) continue;
        seen.add(region.id);
        around.push(region);
      }
    }
    part = {
      ...diagram,
      nodes: diagram.nodes.filter((n) => partition.ofNode.get(n.id)!.dirty),
      edges: diagram.edges.filter((e) => partition.ofEdge.get(e.id)!.dirty),
    };
    index = new DiagramIndex(part, around);
  }

  // Which component's visit asked for the diagram's ids (the `diagram` visitors: all of them).
  let asking: Component | "all" | undefined;
  let ids: Set<string> | undefined;
  const allIds = () => (ids ??= new Set([...diagram.nodes.map((n) => n.id), ...diagram.edges.map((e) => e.id)]));
  takeIdsFrom(part, () => {
    if (asking === "all") for (const component of dirty) component.freshIds = true;
    else if (asking) asking.freshIds = true;
    return allIds();
  });
  for (const component of dirty) {
    component.findings = [];
    component.freshIds = false;
  }
  let strayRule: string | undefined;
  visitRules(part, rules, index, {
    visiting(node) {
      asking = node ? partition.ofNode.get(node.id) : "all";
    },
    found(finding, visited) {
      const component = visited ? partition.ofNode.get(visited.id) : partition.ofName(finding.nodeIds[0] ?? "");
      if (component?.dirty) component.findings.push(finding);
      else strayRule ??= finding.ruleId;
    },
  });
  asking = undefined;
  takeIdsFrom(part, allIds);

  const partReach = analyzeReachability(index);
  if (whole) return { reach: partReach, fullIndex: index, ...(strayRule !== undefined ? { strayRule } : {}) };
  const reach = (sameIds && patchReach(partition, partReach, previousReach!)) || mergeReach(diagram, partition, partReach, previousReach!);
  return { reach, ...(strayRule !== undefined ? { strayRule } : {}) };
}

/** The whole diagram's report, in a full run's key order: dirty components' entries from the new run, the rest from the last. */
function mergeReach(diagram: Diagram, partition: Partition, fresh: ReachabilityReport, last: ReachabilityReport): ReachabilityReport {
  const report: ReachabilityReport = { subnets: {}, profiles: {}, connections: {} };
  for (const node of diagram.nodes) {
    const from = partition.ofNode.get(node.id)!.dirty ? fresh : last;
    if (node.kind === "aws.subnet" && Object.hasOwn(from.subnets, node.id)) report.subnets[node.id] = from.subnets[node.id]!;
  }
  for (const edge of diagram.edges) {
    if (edge.kind !== "connection") continue;
    const from = partition.ofEdge.get(edge.id)!.dirty ? fresh : last;
    if (Object.hasOwn(from.connections, edge.id)) report.connections[edge.id] = from.connections[edge.id]!;
  }
  for (const node of diagram.nodes) {
    const from = partition.ofNode.get(node.id)!.dirty ? fresh : last;
    if (Object.hasOwn(from.profiles, node.id)) report.profiles[node.id] = from.profiles[node.id]!;
  }
  return report;
}

/**
 * With the same node and edge ids as last time: the last report with the dirty components' entries
 * replaced, which keeps a full run's key order as long as no entry appeared or went; else undefined.
 */
function patchReach(partition: Partition, fresh: ReachabilityReport, last: ReachabilityReport): ReachabilityReport | undefined {
  const dirty = partition.components.filter((c) => c.dirty);
  for (const component of dirty) {
    for (const { id } of component.nodes) {
      if (Object.hasOwn(fresh.subnets, id) !== Object.hasOwn(last.subnets, id) || Object.hasOwn(fresh.profiles, id) !== Object.hasOwn(last.profiles, id)) return undefined;
    }
    for (const { id } of component.edges) if (Object.hasOwn(fresh.connections, id) !== Object.hasOwn(last.connections, id)) return undefined;
  }
  const report: ReachabilityReport = { subnets: { ...last.subnets }, profiles: { ...last.profiles }, connections: { ...last.connections } };
  for (const component of dirty) {
    for (const { id } of component.nodes) {
      if (Object.hasOwn(fresh.subnets, id)) report.subnets[id] = fresh.subnets[id]!;
      if (Object.hasOwn(fresh.profiles, id)) report.profiles[id] = fresh.profiles[id]!;
    }
    for (const { id } of component.edges) if (Object.hasOwn(fresh.connections, id)) report.connections[id] = fresh.connections[id]!;
  }
  return report;
}

/** Splits the diagram into components with a union-find over ids (node ids, and ids named but missing). */
export function partitionDiagram(diagram: Diagram, nodes: ReadonlyMap<string, DiagramNode>): Partition {
  const slot = new Map<string, number>();
  const parent: number[] = [];
  const slotOf = (name: string): number => {
    let i = slot.get(name);
    if (i === undefined) {
      i = parent.length;
      slot.set(name, i);
      parent.push(i);
    }
    return i;
  };
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra < rb) parent[rb] = ra;
    else if (rb < ra) parent[ra] = rb;
  };

  const topRegion = new Map<string, boolean>();
  const isTopRegion = (id: string): boolean => {
    let answer = topRegion.get(id);
    if (answer === undefined) {
      answer = false;
      let current = nodes.get(id);
      for (let steps = 0; current?.kind === "aws.region" && steps <= nodes.size; steps++) {
        if (current.parent === null) {
          answer = true;
          break;
        }
        current = nodes.get(current.parent);
      }
      topRegion.set(id, answer);
    }
    return answer;
  };

  const inRegion: DiagramNode[] = [];
  for (const node of diagram.nodes) slotOf(node.id);
  for (const node of diagram.nodes) {
    const self = slot.get(node.id)!;
    if (node.parent !== null) {
      if (isTopRegion(node.parent)) inRegion.push(node);
      else union(self, slotOf(node.parent));
    }
    for (const ref of referencesOf(node.props)) if (nodes.has(ref)) union(self, slot.get(ref)!);
  }
  for (const edge of diagram.edges) {
    const source = slotOf(edge.source);
    union(source, slotOf(edge.target));
    for (const ref of referencesOf(edge.props)) if (nodes.has(ref)) union(source, slot.get(ref)!);
  }

  const byRoot = new Map<number, Component>();
  const components: Component[] = [];
  const componentOf = (i: number): Component => {
    const root = find(i);
    let component = byRoot.get(root);
    if (!component) {
      component = { nodes: [], edges: [], around: [], findings: [], freshIds: false, dirty: false };
      byRoot.set(root, component);
      components.push(component);
    }
    return component;
  };
  const ofNode = new Map<string, Component>();
  const ofEdge = new Map<string, Component>();
  for (const node of diagram.nodes) {
    const component = componentOf(slot.get(node.id)!);
    component.nodes.push(node);
    ofNode.set(node.id, component);
  }
  for (const edge of diagram.edges) {
    const component = componentOf(slot.get(edge.source)!);
    component.edges.push(edge);
    ofEdge.set(edge.id, component);
  }
  for (const node of inRegion) {
    const component = ofNode.get(node.id)!;
    for (let region = nodes.get(node.parent!); region; region = region.parent === null ? undefined : nodes.get(region.parent)) {
      if (ofNode.get(region.id) === component || component.around.includes(region)) break;
      component.around.push(region);
    }
  }
  return {
    components,
    ofNode,
    ofEdge,
    ofName: (name) => {
      const i = slot.get(name);
      return i === undefined ? undefined : componentOf(i);
    },
  };
}

const references = new WeakMap<object, readonly string[]>();

/**
 * Every string in the props that may name a node: the string itself and what follows its first and last
 * `:` (`sg:<id>`). Joining too much only makes a component larger; missing a reference would be wrong.
 */
function referencesOf(props: Record<string, unknown>): readonly string[] {
  let found = references.get(props);
  if (!found) {
    const out = new Set<string>();
    collectStrings(props, out, 0);
    found = [...out];
    references.set(props, found);
  }
  return found;
}

function collectStrings(value: unknown, out: Set<string>, depth: number): void {
  if (typeof value === "string") {
    out.add(value);
    const first = value.indexOf(":");
    if (first >= 0) {
      out.add(value.slice(first + 1));
      out.add(value.slice(value.lastIndexOf(":") + 1));
    }
    return;
  }
  if (typeof value !== "object" || value === null || depth > 16) return;
  if (Array.isArray(value)) for (const item of value) collectStrings(item, out, depth + 1);
  else for (const key of Object.keys(value)) collectStrings((value as Record<string, unknown>)[key], out, depth + 1);
}
