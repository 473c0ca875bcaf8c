"use client";
import { createContext, useContext, useSyncExternalStore } from "react";
import { getKind } from "@/lib/kinds";
import type { KindIcon as IconComponent } from "./kind-icons";

type IconSet = Readonly<Record<string, IconComponent>>;

/**
 * The icon set for pages that bundle it (the rules pages, whose HTML is prerendered with the icons).
 * Without it (the editor), the set loads as its own chunk once the page is up: the icons are
 * decorative and the canvas answers input without them, so they stay out of the first load.
 */
export const BundledKindIcons = createContext<IconSet | null>(null);

let loadedIcons: IconSet | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  loading ??= import("./kind-icons").then(
    (module) => {
      loadedIcons = module.KIND_ICONS;
      for (const notify of listeners) notify();
    },
    // A failed download leaves the placeholders; the next icon to mount tries again.
    () => {
      loading = null;
    },
  );
  return () => listeners.delete(listener);
}

/** The official AWS icon for a kind, decorative: the label beside it carries the name. */
export function KindIcon({ kindId, size = 32 }: { kindId: string; size?: number }) {
  const bundled = useContext(BundledKindIcons);
  const loaded = useSyncExternalStore(subscribe, () => loadedIcons, () => null);
  const icons = bundled ?? loaded;
  const kind = getKind(kindId);
  // Until the set arrives, an empty box of the icon's size keeps everything where it will be.
  if (!icons) return <span className="kind-icon" aria-hidden style={{ width: size, height: size }} />;
  const Icon = kind ? icons[kind.icon] : undefined;
  if (!Icon) return <span className="kind-icon-missing" style={{ width: size, height: size }} aria-hidden />;
  return (
    <span className="kind-icon" aria-hidden style={{ width: size, height: size }}>
      <Icon size={size} />
    </span>
  );
}
