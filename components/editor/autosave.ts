import { parseDiagram } from "@/lib/diagram/parse";
import { serializeDiagram } from "@/lib/diagram/create";
import type { Diagram } from "@/lib/diagram/types";
import { storageError, type StorageError } from "@/lib/storage/library";

/**
 * The crash-recovery copy of the open diagram, written synchronously (so it survives closing the tab
 * mid-save, which an IndexedDB write may not), with the id of its entry in the diagram library.
 */
const KEY = "archlint.autosave";
const ID_KEY = "archlint.autosave.id";
const BROKEN_KEY = "archlint.autosave.unreadable";

export type Loaded = { diagram: Diagram; id: string | null } | { diagram: null; unreadable: boolean; id: string | null };

/** The diagram saved in this browser, if any. An unreadable one is kept aside, never overwritten. */
export function loadAutosave(): Loaded {
  let text: string | null = null;
  let id: string | null = null;
  try {
    text = window.localStorage.getItem(KEY);
    id = window.localStorage.getItem(ID_KEY);
  } catch {
    return { diagram: null, unreadable: false, id: null };
  }
  if (text === null) return { diagram: null, unreadable: false, id };
  const result = parseDiagram(text);
  if (result.ok) return { diagram: result.diagram, id };
  try {
    window.localStorage.setItem(BROKEN_KEY, text);
  } catch {
    // Nothing more can be done; the message still tells the person.
  }
  return { diagram: null, unreadable: true, id };
}

/**
 * Returns why the browser refused to store the diagram (full or disabled storage), or null. A refused
 * write removes the older copy, so the next visit does not prefer it to the library's newer one.
 */
export function saveAutosave(diagram: Diagram, id?: string): StorageError | null {
  try {
    window.localStorage.setItem(KEY, serializeDiagram(diagram));
    if (id) window.localStorage.setItem(ID_KEY, id);
    return null;
  } catch (error) {
    try {
      window.localStorage.removeItem(KEY);
      if (id) window.localStorage.setItem(ID_KEY, id);
    } catch {
      // Storage is disabled altogether: nothing to remove.
    }
    return storageError(error);
  }
}
