import type { Diagram } from "../diagram/types";
import type { Text } from "../i18n/text";

/** A diagram to start from or learn with, shown in the editor's Templates gallery. */
export interface Template {
  /** kebab-case; the template's file name. */
  id: string;
  name: Text;
  description: Text;
  /** What is deliberately wrong in it, for templates built to teach a rule; null for sound designs. */
  teaches: Text | null;
  /** The rule ids whose findings (errors and warnings) the template is built to show: empty for sound designs. */
  findings: readonly string[];
  /** The diagram as DiagramBuilder makes it; lib/templates/index.ts gives it the stored layout. */
  build(): Diagram;
}

/** Node boxes `[x, y, w, h]` by template and node id, made by ELK (lib/layout) and stored in layouts.ts. */
export type StoredLayouts = Record<string, Record<string, readonly [number, number, number, number]>>;
