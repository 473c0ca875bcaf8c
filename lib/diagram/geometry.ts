import { getKind } from "../kinds";
import type { Diagram, DiagramNode } from "./types";

export interface Point {
  x: number;
  y: number;
}

/** Canvas positions of every node: layouts are relative to the parent container. */
export function absolutePositions(diagram: Diagram): Map<string, Point> {
  const byId = new Map(diagram.nodes.map((n) => [n.id, n]));
  const result = new Map<string, Point>();
  const resolve = (node: DiagramNode, depth: number): Point => {
    const known = result.get(node.id);
    if (known) return known;
    const parent = node.parent === null ? undefined : byId.get(node.parent);
    // The depth bound keeps a parent cycle (refused by the parser, but possible in code) from recursing forever.
    const base = parent && depth < diagram.nodes.length ? resolve(parent, depth + 1) : { x: 0, y: 0 };
    const point = { x: base.x + node.layout.x, y: base.y + node.layout.y };
    result.set(node.id, point);
    return point;
  };
  for (const node of diagram.nodes) resolve(node, 0);
  return result;
}

/** How deep a node is nested: 0 on the canvas. */
export function depthOf(diagram: Diagram): Map<string, number> {
  const byId = new Map(diagram.nodes.map((n) => [n.id, n]));
  const depth = new Map<string, number>();
  for (const node of diagram.nodes) {
    let d = 0;
    let current = node.parent === null ? undefined : byId.get(node.parent);
    while (current && d <= diagram.nodes.length) {
      d++;
      current = current.parent === null ? undefined : byId.get(current.parent);
    }
    depth.set(node.id, d);
  }
  return depth;
}

/**
 * The innermost container under a canvas point, ignoring `exclude` and everything inside it
 * (a container being dragged cannot be dropped into itself).
 */
export function containerAt(diagram: Diagram, point: Point, exclude?: ReadonlySet<string>): DiagramNode | undefined {
  const positions = absolutePositions(diagram);
  const depth = depthOf(diagram);
  let best: DiagramNode | undefined;
  for (const node of diagram.nodes) {
    if (exclude?.has(node.id) || !getKind(node.kind)?.container) continue;
    const at = positions.get(node.id)!;
    const inside = point.x >= at.x && point.y >= at.y && point.x <= at.x + node.layout.w && point.y <= at.y + node.layout.h;
    if (inside && (!best || depth.get(node.id)! > depth.get(best.id)!)) best = node;
  }
  return best;
}
