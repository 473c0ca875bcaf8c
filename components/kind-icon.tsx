import { getKind } from "@/lib/kinds";
import { KIND_ICONS } from "./kind-icons";

/** The official AWS icon for a kind, decorative: the label beside it carries the name. */
export function KindIcon({ kindId, size = 32 }: { kindId: string; size?: number }) {
  const kind = getKind(kindId);
  const Icon = kind ? KIND_ICONS[kind.icon] : undefined;
  if (!Icon) return <span className="kind-icon-missing" style={{ width: size, height: size }} aria-hidden />;
  return (
    <span className="kind-icon" aria-hidden style={{ width: size, height: size }}>
      <Icon size={size} />
    </span>
  );
}
