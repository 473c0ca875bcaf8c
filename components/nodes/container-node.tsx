"use client";
import { memo, useContext } from "react";
import { Handle, NodeResizer, Position, type NodeProps } from "@xyflow/react";
import { KindIcon } from "../kind-icon";
import { FindingBadge } from "./badge";
import type { ContainerFlowNode } from "./types";
import { getKind } from "@/lib/kinds";
import { useT } from "../editor/lang";
import { EditorActions } from "../editor/actions";

/** A group box in the AWS diagram conventions: Region, VPC, Availability Zone, public or private subnet. */
export const ContainerNode = memo(function ContainerNode({ id, data, selected }: NodeProps<ContainerFlowNode>) {
  const t = useT();
  const actions = useContext(EditorActions);
  const kind = getKind(data.kindId);
  const kindClass = data.kindId.replace("aws.", "");
  return (
    <div
      className={`container-node container-${kindClass}${data.exposure ? ` subnet-${data.exposure}` : ""}${selected ? " is-selected" : ""}`}
      data-kind={data.kindId}
    >
      <NodeResizer
        isVisible={selected}
        minWidth={120}
        minHeight={80}
        onResizeEnd={(_, p) => actions.resize(id, { x: p.x, y: p.y, w: p.width, h: p.height })}
      />
      <Handle type="target" position={Position.Top} />
      <div className="container-title">
        <KindIcon kindId={data.kindId} size={24} />
        <span className="container-label">{data.label}</span>
        <span className="container-kind">
          {kind ? t(kind.name) : data.kindId}
          {data.exposure ? ` · ${t(data.exposure === "public" ? "publicSubnet" : "privateSubnet")}` : ""}
        </span>
        <FindingBadge badge={data.badge} />
      </div>
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
});
