import type { z } from "zod";
import type { Text } from "../i18n/text";

/** Where a kind belongs in the palette. */
export type Category =
  | "network"
  | "security"
  | "compute"
  | "containers-and-groups"
  | "storage"
  | "database"
  | "integration"
  | "edge-and-dns"
  | "external";

export const CATEGORIES: readonly Category[] = [
  "containers-and-groups",
  "network",
  "security",
  "compute",
  "storage",
  "database",
  "integration",
  "edge-and-dns",
  "external",
];

/** `root` means the canvas itself, outside every container. */
export type ParentRef = string | "root";

/**
 * One AWS resource kind. The registry of these is the single source for the palette, the inspector,
 * the format's validation, CloudFormation mapping and the rules. No React here: the CLI and the
 * engine load this module too.
 */
export interface KindDef<S extends z.ZodObject = z.ZodObject> {
  /** Stable id used in the JSON format, e.g. `aws.lambda`. Never renamed without a migration. */
  readonly id: string;
  readonly name: Text;
  /** One sentence on what the resource is, shown in the palette's tooltip. */
  readonly summary: Text;
  readonly category: Category;
  /** Containers are drawn as boxes that hold other nodes. */
  readonly container: boolean;
  /** Where a node of this kind may sit: container kind ids, or `root` for the bare canvas. */
  readonly parents: readonly ParentRef[];
  /** Properties with defaults: `props.parse({})` gives a valid, complete set. */
  readonly props: S;
  /** The CloudFormation resource type this kind maps to; null for endpoints outside AWS (the internet). */
  readonly cfnType: string | null;
  /** Name of the official AWS Architecture Icon component in `aws-react-icons`. */
  readonly icon: string;
  /** Default size on the canvas; containers are drawn larger. */
  readonly size: { readonly w: number; readonly h: number };
  /** Short prefix used for new labels: `subnet-1`, `fn-2`. */
  readonly labelPrefix: string;
}

export type Props<K extends KindDef> = z.output<K["props"]>;

/** Helps each kind module keep its literal types while checking it against KindDef. */
export function defineKind<S extends z.ZodObject>(def: KindDef<S>): KindDef<S> {
  return def;
}
