import { parseDiagram } from "@/lib/diagram/parse";
import { serializeDiagram } from "@/lib/diagram/create";
import type { Diagram } from "@/lib/diagram/types";

const KEY = "archlint.autosave";
const BROKEN_KEY = "archlint.autosave.unreadable";

export type Loaded = { diagram: Diagram } | { diagram: null; unreadable: boolean };

/** The diagram saved in this browser, if any. An unreadable one is kept aside, never overwritten. */
export function loadAutosave(): Loaded {
  let text: string | null = null;
  try {
    text = window.localStorage.getItem(KEY);
  } catch {
    return { diagram: null, unreadable: false };
  }
  if (text === null) return { diagram: null, unreadable: false };
  const result = parseDiagram(text);
  if (result.ok) return { diagram: result.diagram };
  try {
    window.localStorage.setItem(BROKEN_KEY, text);
  } catch {
    // Nothing more can be done; the message still tells the person.
  }
  return { diagram: null, unreadable: true };
}

/** Returns an error sentence when the browser refused to store the diagram (full or disabled storage). */
export function saveAutosave(diagram: Diagram): string | null {
  try {
    window.localStorage.setItem(KEY, serializeDiagram(diagram));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
