import type { Diagram, DiagramNode, Layout } from "../lib/diagram/types";
import { getKind } from "../lib/kinds";

/** Room inside a box: its title bar on top, a margin elsewhere; and the space between neighbours (labels sit under icons). */
const PADDING = { top: 56, side: 24 };
const GAP = 40;

/**
 * The diagram with every box sized to hold its contents and every node placed in rows inside its
 * parent, as a person would draw it: nothing overlaps, so the canvas looks (and costs) like a real
 * drawing. bench/generate.ts places every node at the same point; ELK would take minutes at 2,000
 * nodes, so the browser benchmark uses this plain row packing instead.
 */
export function arrangeDiagram(diagram: Diagram): Diagram {
  const children = new Map<string | null, DiagramNode[]>();
  for (const node of diagram.nodes) {
    const list = children.get(node.parent) ?? [];
    list.push(node);
    children.set(node.parent, list);
  }
  const layouts = new Map<string, Layout>();

  /** Places `list` in rows no wider than about a square's side and returns the size they take. */
  const pack = (list: readonly DiagramNode[]): { w: number; h: number } => {
    const sizes = list.map((node) => ({ node, ...sizeOf(node) }));
    const area = sizes.reduce((sum, s) => sum + (s.w + GAP) * (s.h + GAP), 0);
    const rowLimit = Math.max(Math.sqrt(area) * 1.4, ...sizes.map((s) => s.w));
    let x = 0;
    let y = 0;
    let rowHeight = 0;
    let width = 0;
    for (const s of sizes) {
      if (x > 0 && x + s.w > rowLimit) {
        y += rowHeight + GAP;
        x = 0;
        rowHeight = 0;
      }
      layouts.set(s.node.id, { x, y, w: s.w, h: s.h });
      x += s.w + GAP;
      rowHeight = Math.max(rowHeight, s.h);
      width = Math.max(width, x - GAP);
    }
    return { w: width, h: y + rowHeight };
  };

  const sizeOf = (node: DiagramNode): { w: number; h: number } => {
    const inside = children.get(node.id);
    if (!inside?.length) return { w: node.layout.w, h: node.layout.h };
    const { w, h } = pack(inside);
    // Children were placed from (0, 0): move them inside the box's padding.
    for (const child of inside) {
      const at = layouts.get(child.id)!;
      layouts.set(child.id, { ...at, x: at.x + PADDING.side, y: at.y + PADDING.top });
    }
    const kind = getKind(node.kind);
    return { w: Math.max(w + 2 * PADDING.side, kind?.container ? 240 : 0), h: h + PADDING.top + PADDING.side };
  };

  pack(children.get(null) ?? []);
  return { ...diagram, nodes: diagram.nodes.map((node) => ({ ...node, layout: layouts.get(node.id) ?? node.layout })) };
}
