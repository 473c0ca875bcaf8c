"use client";
import { useMemo } from "react";
import { Controls, ReactFlow, type Edge, type FitViewOptions } from "@xyflow/react";
import type { Diagram } from "@/lib/diagram/types";
import type { Finding } from "@/lib/engine/types";
import { badgesByNode, toFlowEdges, toFlowNodes } from "../editor/to-flow";
import { useLang } from "../editor/lang";
import { ContainerNode } from "../nodes/container-node";
import { ResourceNode } from "../nodes/resource-node";
import type { ArchFlowNode } from "../nodes/types";

// Defined once at module scope, as in the editor's canvas.
const nodeTypes = { resource: ResourceNode, container: ContainerNode };
const NO_SELECTION: ReadonlySet<string> = new Set();
// The zoom buttons sit at the bottom left; the diagram keeps clear of them.
const FIT: FitViewOptions = { padding: { top: "16px", right: "16px", bottom: "16px", left: "56px" }, maxZoom: 1.2 };

interface Props {
  /** Unique on the page: React Flow scopes its arrow markers by it. */
  id: string;
  label: string;
  diagram: Diagram;
  findings: readonly Finding[];
}

/** A diagram drawn with the editor's nodes, read-only, with a badge on each resource a finding names. */
export function ExampleDiagram({ id, label, diagram, findings }: Props) {
  const lang = useLang();
  const nodes = useMemo(() => {
    const badges = badgesByNode(findings);
    return toFlowNodes(diagram, badges, NO_SELECTION).map((node): ArchFlowNode => {
      const badge = badges.get(node.id);
      return badge ? { ...node, className: `is-flagged flagged-${badge.severity}` } : node;
    });
  }, [diagram, findings]);
  const edges = useMemo(() => toFlowEdges(diagram, NO_SELECTION, lang), [diagram, lang]);
  return (
    <div className="example-canvas" role="group" aria-label={label}>
      <ReactFlow<ArchFlowNode, Edge>
        id={id}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        // The page scrolls over the diagram; zoom with the buttons.
        zoomOnScroll={false}
        preventScrolling={false}
        fitView
        fitViewOptions={FIT}
        minZoom={0.1}
        maxZoom={2}
        proOptions={{ hideAttribution: true }}
      >
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
