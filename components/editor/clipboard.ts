import { freshId, usedIds } from "@/lib/diagram/create";
import { absolutePositions, depthOf, type Point } from "@/lib/diagram/geometry";
import { descendantsAndSelf, type DiagramOp } from "@/lib/diagram/ops";
import type { Diagram, DiagramEdge, DiagramNode } from "@/lib/diagram/types";
import type { Text } from "@/lib/i18n/text";
import { uiText } from "@/lib/i18n/ui";
import { canSitIn, getKind } from "@/lib/kinds";
import { refusal } from "./placement";

/** Copied nodes (parents before children) with the edges among them, and where each top one stood. */
export interface Clip {
  nodes: readonly DiagramNode[];
  edges: readonly DiagramEdge[];
  /** Canvas position of each copied node whose parent was not copied, for pasting it onto the canvas. */
  at: Readonly<Record<string, Point>>;
}

/** The selected nodes with everything inside them, and the edges whose both ends are copied. */
export function copySelection(diagram: Diagram, selection: Iterable<string>): Clip | undefined {
  const ids = new Set<string>();
  for (const id of selection) for (const inside of descendantsAndSelf(diagram.nodes, id)) ids.add(inside);
  if (ids.size === 0) return undefined;
  const depth = depthOf(diagram);
  const abs = absolutePositions(diagram);
  const nodes = diagram.nodes.filter((n) => ids.has(n.id)).sort((a, b) => depth.get(a.id)! - depth.get(b.id)!);
  const at: Record<string, Point> = {};
  for (const n of nodes) if (n.parent === null || !ids.has(n.parent)) at[n.id] = abs.get(n.id)!;
  // Copies, not references: the clip must not change when the diagram it came from does.
  return structuredClone({ nodes, edges: diagram.edges.filter((e) => ids.has(e.source) && ids.has(e.target)), at });
}

export interface Pasted {
  ops: DiagramOp[];
  /** The new nodes whose parent was not pasted with them: what to select afterwards. */
  tops: string[];
  /** Why some copied nodes (and what was inside them) were left out. */
  refused: Text[];
}

/**
 * The clip with fresh ids, moved by `offset`: each top node goes back into the parent it was copied
 * from when that still exists and may hold it, else onto the bare canvas when its kind may sit there.
 */
export function pasteClip(diagram: Diagram, clip: Clip, offset: number): Pasted {
  const taken = new Set(usedIds(diagram));
  const byId = new Map(diagram.nodes.map((n) => [n.id, n]));
  const renamed = new Map<string, string>();
  const copied = new Set(clip.nodes.map((n) => n.id));
  const ops: DiagramOp[] = [];
  const tops: string[] = [];
  const refused: Text[] = [];

  for (const node of clip.nodes) {
    const kind = getKind(node.kind);
    if (!kind) continue;
    let parent: string | null;
    let x = node.layout.x;
    let y = node.layout.y;
    const top = node.parent === null || !copied.has(node.parent);
    if (!top) {
      const newParent = renamed.get(node.parent!);
      if (newParent === undefined) continue; // its box was refused, and it goes with it
      parent = newParent;
    } else {
      const home = node.parent === null ? undefined : byId.get(node.parent);
      if (home && canSitIn(node.kind, home.kind)) {
        parent = home.id;
      } else if (canSitIn(node.kind, "root")) {
        parent = null;
        x = clip.at[node.id]!.x;
        y = clip.at[node.id]!.y;
      } else {
        refused.push(uiText("pasteRefused", { kind: kind.name, label: node.label || node.id, reason: refusal(node.kind, undefined) }));
        continue;
      }
      x += offset;
      y += offset;
    }
    const id = freshId(kind.labelPrefix, taken);
    taken.add(id);
    renamed.set(node.id, id);
    if (top) tops.push(id);
    ops.push({
      op: "addNode",
      node: { ...node, id, label: node.label === node.id ? id : node.label, parent, layout: { ...node.layout, x, y } },
    });
  }

  for (const edge of clip.edges) {
    const source = renamed.get(edge.source);
    const target = renamed.get(edge.target);
    if (!source || !target) continue;
    const id = freshId(`e-${edge.kind}`, taken);
    taken.add(id);
    ops.push({ op: "addEdge", edge: { ...edge, id, source, target } });
  }
  return { ops, tops, refused };
}
