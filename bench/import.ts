import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { generateTemplate } from "./template";
import { summarize, type Figure } from "./stats";

/** The issue's target: `archlint check` on a template of a few thousand resources takes at most a fifth of AWS's validator. */
const TARGET_RATIO = 0.2;

/** The wall time of one process, which must end with one of `okCodes`. */
function timeProcess(args: string[], okCodes: number[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  const elapsed = performance.now() - start;
  if (result.status === null || !okCodes.includes(result.status)) {
    throw new Error(`node ${args.join(" ")} ended with ${result.status ?? result.signal}: ${result.stderr.slice(0, 2000)}`);
  }
  return elapsed;
}


/**
 * Templates of 50, 500 and 2,500 resources (only 500 with --quick), each checked whole-process by the
 * built CLI (`archlint check template.yaml`) and by AWS's offline validator, interleaved run by run so
 * both see the same machine load. Prints one JSON line per figure and returns BENCHMARKS.md rows.
 */
export function runImportBench(quick: boolean, root: string = process.cwd()): string[] {
  const cli = path.join(root, "bin", "archlint.mjs");
  const validator = path.join(root, "bench", "cfn-validate.cjs");
  const dir = mkdtempSync(path.join(tmpdir(), "archlint-bench-"));
  const rows: string[] = [];
  const row = (f: Figure, target = "", verdict = "") => `| ${f.name} | ${f.n} | ${f.p50_ms} | ${f.p95_ms} | ${target} | ${verdict} |`;
  try {
    const sizes = quick ? [500] : [50, 500, 2_500];
    const ours = quick ? 3 : 5;
    const theirs = quick ? 1 : 3;
    const file = (n: number) => path.join(dir, `template-${n}.yaml`);
    for (const n of new Set([50, ...sizes])) writeFileSync(file(n), generateTemplate(n));
    // Untimed: loads both programs (and the validator's 9 MB of WebAssembly) into the page cache.
    timeProcess([cli, "check", file(50), "--format", "json"], [0, 1]);
    timeProcess([validator, file(50)], [0]);
    for (const n of sizes) {
      const check: number[] = [];
      const validate: number[] = [];
      const schema: number[] = [];
      for (let i = 0; i < ours; i++) {
        check.push(timeProcess([cli, "check", file(n), "--format", "json"], [0, 1]));
        if (i < theirs) validate.push(timeProcess([validator, file(n)], [0]));
        if (i < theirs && !quick) schema.push(timeProcess([validator, file(n), "schema"], [0]));
      }
      const a = summarize("import-check", n, check);
      const b = summarize("cfn-validate", n, validate);
      const ratio = Number((a.p50_ms / b.p50_ms).toFixed(3));
      const targeted = n >= 2_000;
      console.log(JSON.stringify(a));
      console.log(JSON.stringify(b));
      console.log(JSON.stringify({ name: "import-check-vs-cfn-validate", n, ratio, ...(targeted ? { target: TARGET_RATIO } : {}) }));
      rows.push(row(a), row(b));
      if (schema.length > 0) {
        const c = summarize("cfn-schema-validator", n, schema);
        console.log(JSON.stringify(c));
        rows.push(row(c));
      }
      rows.push(`| import-check ÷ cfn-validate (p50) | ${n} | ${ratio} | | ${targeted ? `≤ ${TARGET_RATIO}` : ""} | ${targeted ? (ratio <= TARGET_RATIO ? "met" : "missed") : ""} |`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
