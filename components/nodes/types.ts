import type { Node } from "@xyflow/react";
import type { Severity } from "@/lib/engine/types";

export interface ArchNodeData extends Record<string, unknown> {
  kindId: string;
  label: string;
  /** The most severe finding on this resource and how many there are, for its badge. */
  badge: { severity: Severity; count: number } | null;
  /** For subnets: whether the engine found a route to an internet gateway. */
  exposure?: "public" | "private";
}

export type ResourceFlowNode = Node<ArchNodeData, "resource">;
export type ContainerFlowNode = Node<ArchNodeData, "container">;
export type ArchFlowNode = ResourceFlowNode | ContainerFlowNode;
