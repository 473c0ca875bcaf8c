import type { Diagram, DiagramEdge, DiagramNode, Layout } from "./types";

/**
 * Every change to a diagram is one of these, as data: the editor's edits, a rule's quick fix and an
 * import all go through `applyOps`, so each can be undone the same way.
 */
export type DiagramOp =
  | { op: "addNode"; node: DiagramNode }
  | { op: "removeNode"; id: string }
  | { op: "updateNode"; id: string; label?: string; parent?: string | null; props?: Record<string, unknown>; layout?: Partial<Layout> }
  | { op: "addEdge"; edge: DiagramEdge }
  | { op: "removeEdge"; id: string }
  | { op: "updateEdge"; id: string; props: Record<string, unknown> }
  | { op: "rename"; name: string };

/**
 * Returns a new diagram with the operations applied; the input is never mutated. Removing a node
 * removes what it contains and every edge that touches them. An op naming a missing id does nothing.
 */
export function applyOps(diagram: Diagram, ops: readonly DiagramOp[]): Diagram {
  let nodes = diagram.nodes;
  let edges = diagram.edges;
  let name = diagram.name;
  for (const op of ops) {
    switch (op.op) {
      case "addNode":
        if (!nodes.some((n) => n.id === op.node.id)) nodes = [...nodes, op.node];
        break;
      case "removeNode": {
        const doomed = descendantsAndSelf(nodes, op.id);
        if (doomed.size === 0) break;
        nodes = nodes.filter((n) => !doomed.has(n.id));
        edges = edges.filter((e) => !doomed.has(e.source) && !doomed.has(e.target));
        break;
      }
      case "updateNode":
        if (!nodes.some((n) => n.id === op.id)) break;
        nodes = nodes.map((n) =>
          n.id !== op.id
            ? n
            : {
                ...n,
                label: op.label ?? n.label,
                parent: op.parent !== undefined ? op.parent : n.parent,
                props: op.props ? { ...n.props, ...op.props } : n.props,
                layout: op.layout ? { ...n.layout, ...op.layout } : n.layout,
              },
        );
        break;
      case "addEdge":
        if (!edges.some((e) => e.id === op.edge.id)) edges = [...edges, op.edge];
        break;
      case "removeEdge":
        if (!edges.some((e) => e.id === op.id)) break;
        edges = edges.filter((e) => e.id !== op.id);
        break;
      case "updateEdge":
        if (!edges.some((e) => e.id === op.id)) break;
        edges = edges.map((e) => (e.id === op.id ? { ...e, props: { ...e.props, ...op.props } } : e));
        break;
      case "rename":
        name = op.name;
        break;
    }
  }
  if (nodes === diagram.nodes && edges === diagram.edges && name === diagram.name) return diagram;
  return { ...diagram, name, nodes, edges };
}

/** The node and everything drawn inside it, at any depth. */
export function descendantsAndSelf(nodes: readonly DiagramNode[], id: string): Set<string> {
  if (!nodes.some((n) => n.id === id)) return new Set();
  const children = new Map<string, string[]>();
  for (const n of nodes) {
    if (n.parent === null) continue;
    const list = children.get(n.parent);
    if (list) list.push(n.id);
    else children.set(n.parent, [n.id]);
  }
  const result = new Set<string>([id]);
  const stack = [id];
  while (stack.length > 0) {
    for (const child of children.get(stack.pop()!) ?? []) {
      if (!result.has(child)) {
        result.add(child);
        stack.push(child);
      }
    }
  }
  return result;
}
