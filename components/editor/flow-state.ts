/**
 * Keeping React Flow's objects when the model did not change them. React Flow compares nodes and edges
 * by identity: a new object means a new internal node, a re-render and, without its measured size, a
 * re-measure of the node and its handles. The canvas derives its nodes from the model on every edit,
 * so these make an edit, a selection or new findings cost what they changed, not the whole diagram.
 */

/** Equality of plain data (objects, arrays, primitives): two derivations of an unchanged node or edge are equal. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** `items` with the previous derivation's object wherever the new one is equal to it; `previous` becomes this derivation's. */
export function reuseUnchanged<T extends { id: string }>(items: readonly T[], previous: Map<string, T>): T[] {
  const stable = items.map((item) => {
    const old = previous.get(item.id);
    return old !== undefined && sameData(old, item) ? old : item;
  });
  previous.clear();
  for (const item of stable) previous.set(item.id, item);
  return stable;
}

export type FlowItem = { id: string; width?: number; height?: number; measured?: { width?: number; height?: number } };

/**
 * The model's nodes (or edges) with React Flow's own bookkeeping kept: one the model did not change
 * (the same object in `unchanged`) stays the copy React Flow holds, with its measured size and any
 * drag in progress; a changed one keeps the measured size while its box is the same.
 */
export function withLocalState<T extends FlowItem>(next: readonly T[], unchanged: readonly T[], current: readonly T[]): T[] {
  const same = new Set(unchanged);
  const local = new Map(current.map((item) => [item.id, item]));
  return next.map((item) => {
    const mine = local.get(item.id);
    if (!mine) return item;
    if (same.has(item)) return mine;
    return mine.measured && mine.width === item.width && mine.height === item.height ? { ...item, measured: mine.measured } : item;
  });
}
