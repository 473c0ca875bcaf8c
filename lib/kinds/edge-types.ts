import type { z } from "zod";
import type { Text } from "../i18n/text";

/**
 * What a relation between two resources means. The pairs it may join are listed by kind id,
 * so the editor can tell which relation a drawn connection is and the format can refuse one that makes no sense.
 */
export interface EdgeKindDef<S extends z.ZodObject = z.ZodObject> {
  readonly id: string;
  readonly name: Text;
  readonly summary: Text;
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly props: S;
  /** Drawn dashed: relations that are configuration rather than traffic. */
  readonly dashed: boolean;
}

export function defineEdgeKind<S extends z.ZodObject>(def: EdgeKindDef<S>): EdgeKindDef<S> {
  return def;
}
