/**
 * Shared by the fuzz suite: counts every generated input, guards each call (no throw, bounded
 * time) and checks that nothing was added to Object.prototype.
 */
import fc from "fast-check";

/** Every input fed to a function under test, across the suite; printed by fuzz.test.ts. */
export const counter = { inputs: 0 };

/** A hang guard, not a speed test: generous so a slow CI machine does not flake. */
export const MAX_MS_PER_CASE = 2_000;

/** FUZZ_SCALE=10 runs ten times as many cases (a longer local soak); the default fits CI. */
const SCALE = Math.max(0.01, Number(process.env.FUZZ_SCALE ?? 1) || 1);
export function runs(n: number): number {
  return Math.max(1, Math.round(n * SCALE));
}

/** Fixed seed in CI unless FUZZ_SEED is set, so a failure is reproducible; fast-check prints the seed and path anyway. */
export function params(numRuns: number): fc.Parameters<unknown> {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
  return { numRuns: runs(numRuns), ...(seed === undefined ? {} : { seed }), endOnFailure: true };
}

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join(",");
const PROBES = ["polluted", "isAdmin", "x", "a", "__fuzz"] as const;

export function assertPrototypeClean(): void {
  const now = Object.getOwnPropertyNames(Object.prototype).sort().join(",");
  if (now !== PROTOTYPE_KEYS) throw new Error(`Object.prototype was polluted: ${now}`);
  const probe = {} as Record<string, unknown>;
  for (const key of PROBES) if (probe[key] !== undefined) throw new Error(`Object.prototype.${key} was set`);
  if (Object.getPrototypeOf(probe) !== Object.prototype) throw new Error("the prototype of {} changed");
  if (Array.prototype.length !== 0 || ([] as unknown as Record<string, unknown>).polluted !== undefined) throw new Error("Array.prototype was polluted");
}

/** Calls `f` on one generated input: it must return (not throw), in bounded time, leaving prototypes clean. */
export function guarded<T>(label: string, f: () => T): T {
  counter.inputs++;
  const start = performance.now();
  let out: T;
  try {
    out = f();
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ""}` : String(error);
    throw new Error(`${label} threw instead of returning a result: ${detail}`);
  }
  const ms = performance.now() - start;
  if (ms > MAX_MS_PER_CASE) throw new Error(`${label} took ${ms.toFixed(0)} ms on one input (bound ${MAX_MS_PER_CASE} ms)`);
  assertPrototypeClean();
  return out;
}

/** A result must be either ok, or a non-empty list of errors, each with a path and an English sentence. */
export function assertResultOrClearError(result: { ok: boolean; errors?: readonly { path: string; message: { en: string; ko: string } }[] }): void {
  if (result.ok) return;
  const errors = result.errors ?? [];
  if (errors.length === 0) throw new Error("a refusal without any error");
  for (const e of errors) {
    if (typeof e.path !== "string" || typeof e.message?.en !== "string" || e.message.en.trim() === "") {
      throw new Error(`an unclear error: ${JSON.stringify(e)?.slice(0, 300)}`);
    }
  }
}

// ---------- Generators shared by the suites ----------

/** Strings that break naive code: lone surrogates, RTL and zero-width marks, NUL, combining marks, emoji. */
export const oddString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom(
    "\uD800",
    "\uDC00x",
    "a\uD83D",
    "\u202Eevil\u202C",
    "\u200F\u200E\u061C",
    "\u200B\u200C\u200D\uFEFF",
    "\u0000",
    "e\u0301\u0301\u0301",
    "👩‍👩‍👧‍👦",
    "𝕏",
    "\u2028\u2029",
    "__proto__",
    "constructor",
    "prototype",
    "toString",
    "hasOwnProperty",
    "",
    " ",
    "$.nodes[0]",
    "<img src=x onerror=alert(1)>",
  ),
);

export const hugeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER + 2, -0, 1e308, 1e-320, 2 ** 53, 4294967296, -1),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

/** Any JSON value, with odd strings and huge numbers as leaves. */
export const jsonish: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    hugeNumber,
    oddString,
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(oddString, tie("value"), { maxKeys: 5 }),
  ),
})).value;

/** JSON text of `depth` nested arrays or objects around `inner`. */
export function deepJson(depth: number, inner: string, shape: "array" | "object"): string {
  return shape === "array" ? "[".repeat(depth) + inner + "]".repeat(depth) : '{"a":'.repeat(depth) + inner + "}".repeat(depth);
}
