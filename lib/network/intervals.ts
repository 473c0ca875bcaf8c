/** Closed integer intervals `[from, to]`, kept sorted and disjoint: sets of ports. */
export type Interval = readonly [number, number];

export const ALL_PORTS: Interval = [0, 65535];

/** Sorted, merged copy. */
export function normalize(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].filter(([a, b]) => a <= b).sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const [a0, a1] of a) {
    for (const [b0, b1] of b) {
      const lo = Math.max(a0, b0);
      const hi = Math.min(a1, b1);
      if (lo <= hi) out.push([lo, hi]);
    }
  }
  return normalize(out);
}

/** What of `a` is not in `b`. */
export function subtract(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  let rest: Interval[] = normalize(a);
  for (const [b0, b1] of b) {
    const next: Interval[] = [];
    for (const [a0, a1] of rest) {
      if (b1 < a0 || b0 > a1) next.push([a0, a1]);
      else {
        if (a0 < b0) next.push([a0, b0 - 1]);
        if (b1 < a1) next.push([b1 + 1, a1]);
      }
    }
    rest = next;
  }
  return rest;
}

/** Whether every number of `inner` is in `outer`. */
export function covers(outer: readonly Interval[], inner: Interval): boolean {
  return subtract([inner], outer).length === 0;
}
