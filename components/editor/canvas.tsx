"use client";
import { useCallback, useMemo, useRef, useState, type DragEvent, type ReactNode } from "react";
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  applyEdgeChanges,
  applyNodeChanges,
  useReactFlow,
  type AriaLabelConfig,
  type ColorMode,
  type Connection,
  type Edge,
  type EdgeChange,
  type NodeChange,
} from "@xyflow/react";
import type { DiagramOp } from "@/lib/diagram/ops";
import type { Diagram } from "@/lib/diagram/types";
import type { Finding } from "@/lib/engine/types";
import type { Text } from "@/lib/i18n/text";
import { translate } from "@/lib/i18n/ui";
import { ContainerNode } from "../nodes/container-node";
import { ResourceNode } from "../nodes/resource-node";
import type { ArchFlowNode } from "../nodes/types";
import { connect } from "./connect";
import { reuseUnchanged, withLocalState } from "./flow-state";
import { useLang, useT } from "./lang";
import { moveNode, placeNewNode, type PlaceResult } from "./placement";
import { badgesByNode, toFlowEdges, toFlowNodes } from "./to-flow";

export const KIND_MIME = "application/x-archlint-kind";

const GROUP_COLOURS: Record<string, string> = {
  "aws.region": "#00a4a6",
  "aws.vpc": "#8c4fff",
  "aws.availability-zone": "#147eba",
  "aws.subnet": "#7aa116",
};
// Boxes show as outlines on the minimap, so the resources inside them stay visible.
const minimapFill = (node: ArchFlowNode) => (node.type === "container" ? "transparent" : "#7d8998");
const minimapStroke = (node: ArchFlowNode) => GROUP_COLOURS[node.data.kindId] ?? "#7d8998";

// Defined once at module scope: a new object each render would remount every node.
const nodeTypes = { resource: ResourceNode, container: ContainerNode };
// Also the object and array props: React Flow copies any prop that is a new object into its store, and
// every store update runs every node's and edge's selector, so inline literals cost a full pass per
// render, on every frame of a drag.
const SNAP_GRID: [number, number] = [8, 8];
const FIT_VIEW_OPTIONS = { maxZoom: 1, padding: 0.1 };
const DELETE_KEYS = ["Delete", "Backspace"];
const MULTI_SELECTION_KEYS = ["Shift", "Meta", "Control"];
const PRO_OPTIONS = { hideAttribution: true };

/**
 * The previous derivation's object for every node (or edge) that derives the same again, so React
 * Flow skips what an edit did not change (flow-state.ts).
 */
function useStableItems<T extends { id: string }>(items: T[]): T[] {
  const previous = useRef(new Map<string, T>());
  return useMemo(() => reuseUnchanged(items, previous.current), [items]);
}

interface Props {
  diagram: Diagram;
  findings: readonly Finding[];
  selection: ReadonlySet<string>;
  onSelectionChange(update: ReadonlySet<string> | ((previous: ReadonlySet<string>) => ReadonlySet<string>)): void;
  apply(ops: DiagramOp[]): void;
  notify(message: Text, tone?: "error" | "info"): void;
  /** Adds a placed node and selects it, or shows why it was refused. */
  place(result: PlaceResult): void;
  /** The path of the verdict shown in the inspector, and what blocks it. */
  highlight: { path: string[]; blocker?: string };
  colorMode?: ColorMode;
  /** A file dropped on the canvas (not a palette item): imported like a picked one. */
  onDropFile?(file: File): void;
  /** Overlays drawn over the canvas in React Flow panels (search, legend). */
  children?: ReactNode;
}

export function Canvas({ diagram, findings, selection, onSelectionChange, apply, notify, place, highlight, colorMode = "light", onDropFile, children }: Props) {
  const lang = useLang();
  const t = useT();
  const flow = useReactFlow<ArchFlowNode, Edge>();
  const fitOnOpen = useRef(diagram.nodes.length > 0);
  const badges = useMemo(() => badgesByNode(findings), [findings]);
  const derivedNodes = useStableItems(useMemo(() => toFlowNodes(diagram, badges, selection, highlight), [diagram, badges, selection, highlight]));
  const derivedEdges = useStableItems(useMemo(() => toFlowEdges(diagram, selection, lang, highlight), [diagram, selection, lang, highlight]));
  // Local copies let React Flow move nodes smoothly during a drag; the model changes when the drag ends.
  // They are reset during render, not in an effect: a frame with stale nodes would report a stale
  // selection back and the two would chase each other.
  const [nodes, setNodes] = useState(derivedNodes);
  const [edges, setEdges] = useState(derivedEdges);
  const [shown, setShown] = useState({ derivedNodes, derivedEdges });
  if (shown.derivedNodes !== derivedNodes || shown.derivedEdges !== derivedEdges) {
    setShown({ derivedNodes, derivedEdges });
    if (shown.derivedNodes !== derivedNodes) setNodes((current) => withLocalState(derivedNodes, shown.derivedNodes, current));
    if (shown.derivedEdges !== derivedEdges) setEdges((current) => withLocalState(derivedEdges, shown.derivedEdges, current));
  }

  // Selection follows the person's clicks, reported as `select` changes. React Flow's own
  // onSelectionChange also fires for selections set from here, one render late, and would undo them.
  const followSelect = useCallback(
    (changes: ReadonlyArray<NodeChange<ArchFlowNode> | EdgeChange<Edge>>) => {
      const selects = changes.filter((c) => c.type === "select");
      if (selects.length === 0) return;
      // Node and edge changes arrive in separate calls within one event: each builds on the latest selection.
      onSelectionChange((previous) => {
        const next = new Set(previous);
        for (const change of selects) {
          if (change.selected) next.add(change.id);
          else next.delete(change.id);
        }
        return next.size === previous.size && [...next].every((id) => previous.has(id)) ? previous : next;
      });
    },
    [onSelectionChange],
  );
  const onNodesChange = useCallback(
    (changes: NodeChange<ArchFlowNode>[]) => {
      followSelect(changes);
      setNodes((current) => applyNodeChanges(changes.filter((c) => c.type !== "remove"), current));
    },
    [followSelect],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<Edge>[]) => {
      followSelect(changes);
      setEdges((current) => applyEdgeChanges(changes.filter((c) => c.type !== "remove"), current));
    },
    [followSelect],
  );

  const onNodeDragStop = useCallback(
    (_: unknown, __: ArchFlowNode, dragged: ArchFlowNode[]) => {
      const ops: DiagramOp[] = [];
      for (const node of dragged) {
        const internal = flow.getInternalNode(node.id);
        if (!internal) continue;
        const moved = moveNode(diagram, node.id, internal.internals.positionAbsolute);
        if (moved.ok) ops.push(...moved.ops);
        else notify(moved.reason);
      }
      if (ops.length > 0) apply(ops);
      else {
        // A refused move snaps back: the dragged nodes take the model's place again, the rest stay as they are.
        const moved = new Set(dragged.map((node) => node.id));
        setNodes((current) => withLocalState(derivedNodes, derivedNodes.filter((node) => !moved.has(node.id)), current));
      }
    },
    [apply, derivedNodes, diagram, flow, notify],
  );

  // A connection may mean more than one edge (a subnet drawn to a gateway is a route in its route table): one undoable edit.
  const onConnect = useCallback(
    (connection: Connection) => {
      const result = connect(diagram, connection.source, connection.target);
      if (!result.ok) {
        notify(result.reason);
        return;
      }
      if (result.ops.length > 0) apply(result.ops);
      if (result.notice) notify(result.notice, "info");
    },
    [apply, diagram, notify],
  );

  const onDelete = useCallback(
    ({ nodes: gone, edges: goneEdges }: { nodes: ArchFlowNode[]; edges: Edge[] }) => {
      apply([
        ...goneEdges.map((e): DiagramOp => ({ op: "removeEdge", id: e.id })),
        ...gone.map((n): DiagramOp => ({ op: "removeNode", id: n.id })),
      ]);
      onSelectionChange(new Set());
    },
    [apply, onSelectionChange],
  );

  // A palette item carries KIND_MIME; a file from the desktop carries only "Files".
  const onDragOver = useCallback((event: DragEvent) => {
    const types = event.dataTransfer.types;
    if (types.includes(KIND_MIME) || (onDropFile && types.includes("Files"))) {
      event.preventDefault();
      event.dataTransfer.dropEffect = "copy";
    }
  }, [onDropFile]);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kindId = event.dataTransfer.getData(KIND_MIME);
      const file = event.dataTransfer.files[0];
      if (!kindId && file && onDropFile) {
        event.preventDefault();
        onDropFile(file);
        return;
      }
      if (!kindId) return;
      event.preventDefault();
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      place(placeNewNode(diagram, kindId, point));
    },
    [diagram, flow, onDropFile, place],
  );

  const ariaLabelConfig = useMemo<Partial<AriaLabelConfig>>(
    () => ({
      "node.a11yDescription.default": translate(lang, "a11yNode"),
      "edge.a11yDescription.default": translate(lang, "a11yEdge"),
      "controls.ariaLabel": translate(lang, "controlsLabel"),
      "controls.zoomIn.ariaLabel": translate(lang, "zoomIn"),
      "controls.zoomOut.ariaLabel": translate(lang, "zoomOut"),
      "controls.fitView.ariaLabel": translate(lang, "fitView"),
      "controls.interactive.ariaLabel": translate(lang, "toggleInteractivity"),
      "minimap.ariaLabel": translate(lang, "minimap"),
      "handle.ariaLabel": translate(lang, "connectHandle"),
    }),
    [lang],
  );

  return (
    <div className="canvas" onDragOver={onDragOver} onDrop={onDrop} role="region" aria-label={t("canvas")}>
      <ReactFlow<ArchFlowNode, Edge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onDelete={onDelete}
        connectionMode={ConnectionMode.Loose}
        deleteKeyCode={DELETE_KEYS}
        multiSelectionKeyCode={MULTI_SELECTION_KEYS}
        snapToGrid
        snapGrid={SNAP_GRID}
        minZoom={0.1}
        maxZoom={2.5}
        // Fit once, when a saved or imported diagram opens; never when the first resource lands on an empty canvas.
        fitView={fitOnOpen.current}
        fitViewOptions={FIT_VIEW_OPTIONS}
        proOptions={PRO_OPTIONS}
        // Only what is in view is in the DOM: a large diagram zoomed in costs what the screen shows.
        onlyRenderVisibleElements
        colorMode={colorMode}
        ariaLabelConfig={ariaLabelConfig}
      >
        <Background variant={BackgroundVariant.Dots} gap={16} size={1} />
        <MiniMap pannable zoomable ariaLabel={t("minimap")} nodeColor={minimapFill} nodeStrokeColor={minimapStroke} nodeStrokeWidth={3} />
        <Controls />
        {children}
      </ReactFlow>
      {diagram.nodes.length === 0 ? <p className="canvas-empty">{t("emptyCanvas")}</p> : null}
    </div>
  );
}
