import type { KindDef, ParentRef } from "./types";
import type { EdgeKindDef } from "./edge-types";
import { EDGE_KINDS } from "./edges";
import { region } from "./defs/region";
import { vpc } from "./defs/vpc";
import { availabilityZone } from "./defs/availability-zone";
import { subnet } from "./defs/subnet";
import { lambda } from "./defs/lambda";
import { ec2Instance } from "./defs/ec2-instance";

export type { KindDef, Category, ParentRef } from "./types";
export { CATEGORIES } from "./types";
export type { EdgeKindDef } from "./edge-types";
export { EDGE_KINDS } from "./edges";

/** Every registered kind, in palette order within each category. */
export const KINDS: readonly KindDef[] = [region, vpc, availabilityZone, subnet, lambda, ec2Instance];

const kindIndex = new Map<string, KindDef>(KINDS.map((k) => [k.id, k]));
const edgeIndex = new Map<string, EdgeKindDef>(EDGE_KINDS.map((e) => [e.id, e]));

export function getKind(id: string): KindDef | undefined {
  return kindIndex.get(id);
}

export function getEdgeKind(id: string): EdgeKindDef | undefined {
  return edgeIndex.get(id);
}

/** Whether a node of `kindId` may sit in a container of `parentKindId` (`root`: the bare canvas). */
export function canSitIn(kindId: string, parent: ParentRef): boolean {
  const kind = kindIndex.get(kindId);
  return kind !== undefined && kind.parents.includes(parent);
}

export function edgeAllows(edge: EdgeKindDef, sourceKind: string, targetKind: string): boolean {
  return edge.from.includes(sourceKind) && edge.to.includes(targetKind);
}

/**
 * The relation a connection drawn from one kind to another means. People draw in either direction
 * (subnet → route table or route table → subnet), so the reverse is tried too and reported as `reversed`.
 */
export function inferEdgeKind(
  sourceKind: string,
  targetKind: string,
): { edgeKind: EdgeKindDef; reversed: boolean } | undefined {
  for (const edgeKind of EDGE_KINDS) {
    if (edgeAllows(edgeKind, sourceKind, targetKind)) return { edgeKind, reversed: false };
  }
  for (const edgeKind of EDGE_KINDS) {
    if (edgeAllows(edgeKind, targetKind, sourceKind)) return { edgeKind, reversed: true };
  }
  return undefined;
}
