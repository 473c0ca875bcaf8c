"use client";
import { memo } from "react";
import { Handle, Position, type NodeProps } from "@xyflow/react";
import { KindIcon } from "../kind-icon";
import { FindingBadge } from "./badge";
import type { ResourceFlowNode } from "./types";
import { getKind } from "@/lib/kinds";
import { useT } from "../editor/lang";

/** A resource drawn as its AWS icon with its label under it. */
export const ResourceNode = memo(function ResourceNode({ data, selected }: NodeProps<ResourceFlowNode>) {
  const t = useT();
  const kind = getKind(data.kindId);
  return (
    <div className={`resource-node${selected ? " is-selected" : ""}`} data-kind={data.kindId} title={kind ? t(kind.name) : data.kindId}>
      <Handle type="target" position={Position.Top} />
      <KindIcon kindId={data.kindId} size={40} />
      <span className="resource-label">{data.label}</span>
      <FindingBadge badge={data.badge} />
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
});
