import type { Diagram, DiagramEdge, DiagramNode } from "./types";

/**
 * A diagram written as a change from a base the receiver already holds: each node or edge that is the
 * very object of the base is sent as its position there. Posting a diagram to a worker copies every
 * object; rebuilt from a delta, the unchanged ones stay the objects the worker had, so its incremental
 * analyzer (lib/engine/incremental.ts) sees what an edit changed, and the message carries only that.
 */
export interface DiagramDelta {
  envelope: Omit<Diagram, "nodes" | "edges">;
  nodes: Array<DiagramNode | number>;
  edges: Array<DiagramEdge | number>;
}

export function diffDiagram(base: Diagram, next: Diagram): DiagramDelta {
  const { nodes, edges, ...envelope } = next;
  return { envelope, nodes: positions(base.nodes, nodes), edges: positions(base.edges, edges) };
}

export function patchDiagram(base: Diagram, delta: DiagramDelta): Diagram {
  return {
    ...delta.envelope,
    nodes: delta.nodes.map((n) => (typeof n === "number" ? base.nodes[n]! : n)),
    edges: delta.edges.map((e) => (typeof e === "number" ? base.edges[e]! : e)),
  } as Diagram;
}

/** Each item as its position in `base` when it is the same object there (looked up by position first, the usual case), else itself. */
function positions<T extends object>(base: readonly T[], next: readonly T[]): Array<T | number> {
  let where: Map<T, number> | undefined;
  return next.map((item, i) => {
    if (base[i] === item) return i;
    where ??= new Map(base.map((b, j) => [b, j]));
    return where.get(item) ?? item;
  });
}
