import type { Diagram, Layout } from "../diagram/types";

const overlap = (a: Layout, b: Layout) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * What makes a laid-out diagram hard to read: a node sticking out of its container or into the
 * container's title bar (`titleHeight`), and siblings drawn over each other. Empty when it reads well.
 */
export function layoutProblems(diagram: Diagram, titleHeight = 40): string[] {
  const problems: string[] = [];
  const byId = new Map(diagram.nodes.map((n) => [n.id, n]));
  const siblings = new Map<string | null, Diagram["nodes"]>();
  for (const node of diagram.nodes) {
    const list = siblings.get(node.parent);
    if (list) list.push(node);
    else siblings.set(node.parent, [node]);
    const parent = node.parent === null ? undefined : byId.get(node.parent);
    if (!parent) continue;
    const { x, y, w, h } = node.layout;
    if (x < 0 || y < titleHeight || x + w > parent.layout.w || y + h > parent.layout.h) {
      problems.push(`${node.id} is not inside ${parent.id} below its title`);
    }
  }
  for (const list of siblings.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (overlap(list[i]!.layout, list[j]!.layout)) problems.push(`${list[i]!.id} overlaps ${list[j]!.id}`);
      }
    }
  }
  return problems;
}
