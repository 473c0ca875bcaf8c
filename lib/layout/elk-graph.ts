import type { DiagramOp } from "../diagram/ops";
import type { Diagram, DiagramNode, Layout } from "../diagram/types";
import { getKind } from "../kinds";

/** The part of ELK's JSON graph this module writes and reads (elkjs's own types, kept structural so no ELK import is needed). */
export interface ElkGraphNode {
  id: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  layoutOptions?: Record<string, string>;
  children?: ElkGraphNode[];
  edges?: ElkGraphEdge[];
}

export interface ElkGraphEdge {
  id: string;
  sources: string[];
  targets: string[];
}

/** Anything that lays out an ELK graph: elkjs in a worker, or `elk.bundled.js` in Node. */
export interface ElkEngine {
  layout(graph: ElkGraphNode): Promise<ElkGraphNode>;
}

export const ROOT_ID = "__archlint_root__";

/** Room inside a box: the top holds its title bar (icon, label, kind, badge). */
const PADDING = { top: 56, left: 24, bottom: 24, right: 24 };
const RESOURCE_SIZE = { w: 72, h: 72 };
const MIN_BOX_HEIGHT = 100;

/**
 * One layered layout over the whole nesting (region > VPC > AZ > subnet > resources), top to bottom
 * to match the nodes' top and bottom handles. BRANDES_KOEPF is far faster than NETWORK_SIMPLEX
 * on nested graphs; spacing leaves room for resource labels, which are wider than their icons.
 */
export const ROOT_OPTIONS: Record<string, string> = {
  "elk.algorithm": "layered",
  "elk.direction": "DOWN",
  "elk.hierarchyHandling": "INCLUDE_CHILDREN",
  "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
  "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
  "elk.spacing.nodeNode": "48",
  "elk.layered.spacing.nodeNodeBetweenLayers": "48",
  "elk.spacing.componentComponent": "56",
  "elk.padding": "[top=24,left=24,bottom=24,right=24]",
};

/** A box's title must fit: roughly the icon, the label and the kind name (a subnet's with "· private"). */
export function titleWidth(node: Pick<DiagramNode, "id" | "label" | "kind">): number {
  const kind = getKind(node.kind);
  return Math.round(90 + 7.5 * (node.label || node.id).length + 6.5 * ((kind?.name.en.length ?? node.kind.length) + 10));
}

/**
 * The diagram as an ELK graph: containers hold their children, and each edge between two resources
 * sits in the innermost box holding both ends (INCLUDE_CHILDREN lays it out across the boxes).
 */
export function toElkGraph(diagram: Diagram): ElkGraphNode {
  const byId = new Map(diagram.nodes.map((n) => [n.id, n]));
  const parentOf = (node: DiagramNode): string | null => (node.parent !== null && byId.has(node.parent) ? node.parent : null);
  // Ancestors from the node up; a parent cycle (possible only in unchecked diagrams) ends the walk.
  const chains = new Map<string, string[]>();
  const chainOf = (id: string): string[] => {
    let chain = chains.get(id);
    if (chain) return chain;
    chain = [];
    const seen = new Set<string>([id]);
    let current = byId.get(id);
    while (current) {
      const parent = parentOf(current);
      if (parent === null || seen.has(parent)) break;
      seen.add(parent);
      chain.push(parent);
      current = byId.get(parent);
    }
    chains.set(id, chain);
    return chain;
  };

  const root: ElkGraphNode = { id: ROOT_ID, layoutOptions: ROOT_OPTIONS, children: [], edges: [] };
  const elkNodes = new Map<string, ElkGraphNode>();
  const holdsSomething = new Set(diagram.nodes.map((n) => n.parent));
  for (const node of diagram.nodes) {
    const kind = getKind(node.kind);
    if (kind?.container && holdsSomething.has(node.id)) {
      elkNodes.set(node.id, {
        id: node.id,
        layoutOptions: {
          "elk.padding": `[top=${PADDING.top},left=${PADDING.left},bottom=${PADDING.bottom},right=${PADDING.right}]`,
          "elk.nodeSize.constraints": "[MINIMUM_SIZE]",
          // elkjs 0.12 reads a nested box's minimum transposed when the direction is DOWN: (height, width).
          // elk-graph.test.ts checks every box is at least as wide as its title, so a fix upstream shows.
          "elk.nodeSize.minimum": `(${MIN_BOX_HEIGHT}, ${titleWidth(node)})`,
        },
        children: [],
        edges: [],
      });
    } else if (kind?.container) {
      // An empty box is a plain node to ELK: it keeps the size it is given.
      elkNodes.set(node.id, { id: node.id, width: titleWidth(node), height: MIN_BOX_HEIGHT });
    } else {
      const size = kind?.size ?? RESOURCE_SIZE;
      elkNodes.set(node.id, { id: node.id, width: size.w, height: size.h });
    }
  }
  for (const node of diagram.nodes) {
    const [parent] = chainOf(node.id);
    const holder = parent === undefined ? root : elkNodes.get(parent)!;
    (holder.children ??= []).push(elkNodes.get(node.id)!);
  }
  // A parent cycle leaves its nodes reachable from no top-level node: put them on the canvas.
  const placed = new Set<string>();
  const mark = (n: ElkGraphNode) => {
    placed.add(n.id);
    n.children?.forEach(mark);
  };
  root.children!.forEach(mark);
  for (const node of diagram.nodes) {
    if (placed.has(node.id)) continue;
    const elkNode = elkNodes.get(node.id)!;
    for (const holder of elkNodes.values()) holder.children = holder.children?.filter((c) => c !== elkNode);
    root.children!.push(elkNode);
    mark(elkNode);
  }

  for (const edge of diagram.edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target || source === target) continue;
    // An edge to a box (a route table's association, a load balancer's second subnet, a peering side)
    // says how it is configured, not where traffic flows: as a layer constraint it would stack zones
    // that belong side by side. It is still drawn, just not laid out.
    if (getKind(source.kind)?.container || getKind(target.kind)?.container) continue;
    const up = [edge.source, ...chainOf(edge.source)];
    const down = [edge.target, ...chainOf(edge.target)];
    const common = up.find((id) => down.includes(id));
    const holder = common === undefined ? root : elkNodes.get(common)!;
    (holder.edges ??= []).push({ id: edge.id, sources: [edge.source], targets: [edge.target] });
  }
  return root;
}

/**
 * ELK's result as edits: one `updateNode` per node with its new box. INCLUDE_CHILDREN gives child
 * positions relative to their parent, which is what the diagram's layouts are too.
 */
export function layoutOps(diagram: Diagram, result: ElkGraphNode): DiagramOp[] {
  const boxes = new Map<string, Layout>();
  const visit = (node: ElkGraphNode) => {
    for (const child of node.children ?? []) {
      boxes.set(child.id, {
        x: Math.round(child.x ?? 0),
        y: Math.round(child.y ?? 0),
        w: Math.round(child.width ?? RESOURCE_SIZE.w),
        h: Math.round(child.height ?? RESOURCE_SIZE.h),
      });
      visit(child);
    }
  };
  visit(result);
  const ops: DiagramOp[] = [];
  for (const node of diagram.nodes) {
    const layout = boxes.get(node.id);
    if (layout) ops.push({ op: "updateNode", id: node.id, layout });
  }
  return ops;
}

/** The whole auto-layout: diagram in, one list of edits out (applied at once, so one undo reverts it). */
export async function autoLayout(diagram: Diagram, elk: ElkEngine): Promise<DiagramOp[]> {
  if (diagram.nodes.length === 0) return [];
  return layoutOps(diagram, await elk.layout(toElkGraph(diagram)));
}
