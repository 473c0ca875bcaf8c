"use client";
import { useEffect, useRef } from "react";
import type { DiagramOp } from "@/lib/diagram/ops";
import type { Diagram } from "@/lib/diagram/types";
import type { Text } from "@/lib/i18n/text";
import { copySelection, pasteClip, type Clip } from "./clipboard";

/** How far each paste (and a duplicate) lands from the copied resources, on the 8px grid. */
const PASTE_OFFSET = 24;

interface Options {
  diagram: Diagram;
  selection: ReadonlySet<string>;
  apply(ops: DiagramOp[]): void;
  select(ids: ReadonlySet<string>): void;
  notify(message: Text): void;
  onHelp(): void;
  onSearch(): void;
}

/** Keys typed into a field belong to the field; keys inside a dialog belong to the dialog. */
function ownedElsewhere(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) || target.closest("dialog") !== null;
}

/**
 * Copy (Ctrl/⌘+C), paste (Ctrl/⌘+V), duplicate (Ctrl/⌘+D), `?` for the shortcuts and `/` for search.
 * The clipboard lives in the page: resources, not text, so it never needs the system clipboard.
 */
export function useEditingKeys({ diagram, selection, apply, select, notify, onHelp, onSearch }: Options): void {
  const clip = useRef<Clip | undefined>(undefined);
  const pastes = useRef(0);

  useEffect(() => {
    const paste = (from: Clip, offset: number) => {
      const pasted = pasteClip(diagram, from, offset);
      for (const reason of pasted.refused.slice(0, 2)) notify(reason);
      if (pasted.ops.length === 0) return;
      apply(pasted.ops);
      select(new Set(pasted.tops));
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || ownedElsewhere(event.target)) return;
      const mod = event.ctrlKey || event.metaKey;
      if (!mod) {
        if (event.altKey) return;
        if (event.key === "?") onHelp();
        else if (event.key === "/") onSearch();
        else return;
        event.preventDefault();
        return;
      }
      if (event.shiftKey || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === "c") {
        // Text the person selected on the page is theirs to copy.
        if (window.getSelection()?.toString()) return;
        const copied = copySelection(diagram, selection);
        if (!copied) return;
        clip.current = copied;
        pastes.current = 0;
      } else if (key === "v") {
        if (!clip.current) return;
        pastes.current += 1;
        paste(clip.current, PASTE_OFFSET * pastes.current);
      } else if (key === "d") {
        const copied = copySelection(diagram, selection);
        if (!copied) return;
        paste(copied, PASTE_OFFSET);
      } else {
        return;
      }
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [apply, diagram, notify, onHelp, onSearch, select, selection]);
}
