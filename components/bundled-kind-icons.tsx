"use client";
import type { ReactNode } from "react";
import { BundledKindIcons } from "./kind-icon";
import { KIND_ICONS } from "./kind-icons";

/** Puts the icon set in the page's own bundle, for pages that show icons in their prerendered HTML. */
export function WithBundledKindIcons({ children }: { children: ReactNode }) {
  return <BundledKindIcons.Provider value={KIND_ICONS}>{children}</BundledKindIcons.Provider>;
}
