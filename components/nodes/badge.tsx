import type { ArchNodeData } from "./types";
import { useT } from "../editor/lang";

export function FindingBadge({ badge }: { badge: ArchNodeData["badge"] }) {
  const t = useT();
  if (!badge) return null;
  return (
    <span className={`badge badge-${badge.severity}`} title={`${badge.count} ${t(`severity_${badge.severity}`)}`}>
      {badge.count}
    </span>
  );
}
