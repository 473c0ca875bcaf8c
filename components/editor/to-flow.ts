import { MarkerType, type Edge } from "@xyflow/react";
import { DiagramIndex } from "@/lib/diagram/graph";
import { depthOf } from "@/lib/diagram/geometry";
import type { Diagram } from "@/lib/diagram/types";
import type { Finding, Severity } from "@/lib/engine/types";
import { getEdgeKind, getKind } from "@/lib/kinds";
import { isPublicSubnet } from "@/lib/network/route-tables";
import type { ArchFlowNode, ArchNodeData } from "../nodes/types";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The worst finding per resource and the count of findings on it. */
export function badgesByNode(findings: readonly Finding[]): Map<string, NonNullable<ArchNodeData["badge"]>> {
  const badges = new Map<string, NonNullable<ArchNodeData["badge"]>>();
  for (const finding of findings) {
    for (const id of finding.nodeIds) {
      const badge = badges.get(id);
      if (!badge) badges.set(id, { severity: finding.severity, count: 1 });
      else badges.set(id, { severity: RANK[finding.severity] < RANK[badge.severity] ? finding.severity : badge.severity, count: badge.count + 1 });
    }
  }
  return badges;
}

/** React Flow nodes derived from the model: parents before children, as React Flow requires. */
export interface Highlight {
  path: readonly string[];
  blocker?: string;
}

const NO_HIGHLIGHT: Highlight = { path: [] };

export function toFlowNodes(
  diagram: Diagram,
  badges: ReadonlyMap<string, NonNullable<ArchNodeData["badge"]>>,
  selection: ReadonlySet<string>,
  highlight: Highlight = NO_HIGHLIGHT,
): ArchFlowNode[] {
  const onPath = new Set(highlight.path);
  const depth = depthOf(diagram);
  const index = new DiagramIndex(diagram);
  const ordered = [...diagram.nodes].sort((a, b) => depth.get(a.id)! - depth.get(b.id)!);
  return ordered.map((node) => {
    const kind = getKind(node.kind);
    const container = kind?.container ?? false;
    const data: ArchNodeData = {
      kindId: node.kind,
      label: node.label || node.id,
      badge: badges.get(node.id) ?? null,
      ...(node.kind === "aws.subnet" ? { exposure: isPublicSubnet(index, node) ? "public" : "private" } : {}),
    };
    return {
      id: node.id,
      type: container ? "container" : "resource",
      position: { x: node.layout.x, y: node.layout.y },
      ...(node.parent ? { parentId: node.parent } : {}),
      data,
      selected: selection.has(node.id),
      className: highlight.blocker === node.id ? "is-blocker" : onPath.has(node.id) ? "on-path" : undefined,
      width: node.layout.w,
      height: node.layout.h,
      style: { width: node.layout.w, height: node.layout.h },
      ariaLabel: `${kind?.name.en ?? node.kind} ${node.label || node.id}`,
      // Containers stay under their contents; deeper boxes above shallower ones.
      zIndex: container ? depth.get(node.id)! : 1000,
    } as ArchFlowNode;
  });
}

export function toFlowEdges(diagram: Diagram, selection: ReadonlySet<string>, lang: "en" | "ko", highlight: Highlight = NO_HIGHLIGHT): Edge[] {
  // A path step between two drawn relations (route table → NAT gateway) lights up the edge that carries it.
  const steps = new Set<string>();
  for (let i = 1; i < highlight.path.length; i++) {
    steps.add(`${highlight.path[i - 1]}>${highlight.path[i]}`);
    steps.add(`${highlight.path[i]}>${highlight.path[i - 1]}`);
  }
  return diagram.edges.map((edge) => {
    const kind = getEdgeKind(edge.kind);
    const label =
      edge.kind === "route"
        ? String(edge.props.destination ?? "")
        : edge.kind === "listener"
          ? `${String(edge.props.protocol)}:${String(edge.props.port)}`
          : edge.kind === "attachment" && edge.props.boot === true
            ? "boot"
            : undefined;
    return {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      selected: selection.has(edge.id),
      label,
      ariaLabel: `${kind?.name[lang] ?? edge.kind}: ${edge.source} → ${edge.target}`,
      className: `edge-${edge.kind}${steps.has(`${edge.source}>${edge.target}`) ? " on-path" : ""}`,
      style: kind?.dashed ? { strokeDasharray: "6 4" } : undefined,
      markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
      // React Flow lifts an edge to its highest endpoint's z and adds this: -1 keeps edges above every
      // group box (z = depth) and just below the resources (z = 1000), so no edge covers an icon.
      zIndex: -1,
      data: { kind: edge.kind },
    };
  });
}
