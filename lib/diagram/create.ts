import { getKind, getEdgeKind } from "../kinds";
import { currentVersion } from "./migrations";
import { FORMAT_NAME, type Diagram, type DiagramEdge, type DiagramNode } from "./types";

export function emptyDiagram(name = "Untitled diagram", now = new Date()): Diagram {
  return {
    format: FORMAT_NAME,
    version: currentVersion(),
    name,
    nodes: [],
    edges: [],
    metadata: { createdAt: now.toISOString() },
  };
}

/** An id not yet used in the diagram, readable in files: `lambda-3`, `route-12`. */
export function freshId(prefix: string, taken: ReadonlySet<string>): string {
  for (let i = 1; ; i++) {
    const id = `${prefix}-${i}`;
    if (!taken.has(id)) return id;
  }
}

const idCache = new WeakMap<Diagram, ReadonlySet<string>>();

const wholes = new WeakMap<Diagram, () => ReadonlySet<string>>();

/**
 * Marks `part` as a part of a bigger diagram whose ids are `ids()`: the incremental engine checks parts,
 * and a quick fix's new node or edge must get an id that is fresh in the whole diagram.
 */
export function takeIdsFrom(part: Diagram, ids: () => ReadonlySet<string>): void {
  wholes.set(part, ids);
}

/** Every node and edge id. Diagrams are never mutated, so the set is built once per diagram (rules offering many fixes ask often). */
export function usedIds(diagram: Diagram): ReadonlySet<string> {
  const whole = wholes.get(diagram);
  if (whole) return whole();
  let ids = idCache.get(diagram);
  if (!ids) {
    ids = new Set<string>([...diagram.nodes.map((n) => n.id), ...diagram.edges.map((e) => e.id)]);
    idCache.set(diagram, ids);
  }
  return ids;
}

/** A new node of a registered kind with its default properties and size. */
export function createNode(
  diagram: Diagram,
  kindId: string,
  at: { x: number; y: number },
  parent: string | null,
): DiagramNode {
  const kind = getKind(kindId);
  if (!kind) throw new Error(`unknown kind ${kindId}`);
  const taken = usedIds(diagram);
  const id = freshId(kind.labelPrefix, taken);
  return {
    id,
    kind: kind.id,
    label: id,
    parent,
    props: kind.props.parse({}) as Record<string, unknown>,
    layout: { x: at.x, y: at.y, w: kind.size.w, h: kind.size.h },
  };
}

export function createEdge(diagram: Diagram, edgeKindId: string, source: string, target: string): DiagramEdge {
  const edgeKind = getEdgeKind(edgeKindId);
  if (!edgeKind) throw new Error(`unknown edge kind ${edgeKindId}`);
  return {
    id: freshId(`e-${edgeKind.id}`, usedIds(diagram)),
    kind: edgeKind.id,
    source,
    target,
    props: edgeKind.props.parse({}) as Record<string, unknown>,
  };
}

/** The file's text: stable key order and two-space indent, so diffs of saved diagrams stay readable. */
export function serializeDiagram(diagram: Diagram, generator = "archlint"): string {
  const out: Diagram = {
    format: diagram.format,
    version: diagram.version,
    name: diagram.name,
    nodes: diagram.nodes.map((n) => ({ id: n.id, kind: n.kind, label: n.label, parent: n.parent, props: n.props, layout: n.layout })),
    edges: diagram.edges.map((e) => ({ id: e.id, kind: e.kind, source: e.source, target: e.target, props: e.props })),
    metadata: { ...diagram.metadata, generator },
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
