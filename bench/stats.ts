/** One timing series as the benchmark prints it: a JSON line and a row of BENCHMARKS.md. */
export interface Figure {
  name: string;
  n: number;
  runs: number;
  p50_ms: number;
  p95_ms: number;
  target_ms?: number;
}

export const sortNumbers = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);

/** The nearest-rank percentile `q` (0–1) of sorted samples; NaN when there are none. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export const round = (value: number, digits = 1): number => Number(value.toFixed(digits));

/** p50 and p95 of the samples (milliseconds), rounded to `digits`. */
export function summarize(name: string, n: number, samples: readonly number[], digits = 1): Figure {
  const sorted = sortNumbers(samples);
  return { name, n, runs: samples.length, p50_ms: round(percentile(sorted, 0.5), digits), p95_ms: round(percentile(sorted, 0.95), digits) };
}
