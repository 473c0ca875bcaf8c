import { cpus, totalmem, platform, release } from "node:os";
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { DiagramIndex } from "../lib/diagram/graph";
import { runRules } from "../lib/engine/validate";
import { createAnalyzer } from "../lib/engine/incremental";
import { RULES } from "../rules";
import { analyzeReachability } from "../lib/network";
import { applyOps } from "../lib/diagram/ops";
import { generateDiagram } from "./generate";
import { editorFirstLoadJs } from "./first-load";
import { browserFigures, browserRows } from "./browser";
import { runImportBench } from "./import";
import { summarize, type Figure } from "./stats";


function measure(name: string, n: number, runs: number, fn: () => void, target?: number): Figure & { first_ms: number } {
  // The first run is timed apart (a cold JIT: what the very first check after loading costs), then the
  // code is warmed up (10 runs or half a second) so p50/p95 describe the steady state an editor that
  // re-checks on every edit lives in.
  const first = performance.now();
  fn();
  const firstMs = Number((performance.now() - first).toFixed(2));
  const warmUntil = performance.now() + 500;
  for (let i = 0; i < 10 && performance.now() < warmUntil; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  const figure = { ...summarize(name, n, times, 2), first_ms: firstMs, ...(target !== undefined ? { target_ms: target } : {}) };
  console.log(JSON.stringify(figure));
  return figure;
}

const quick = process.argv.includes("--quick");
const sizes = quick ? [1_000, 10_000] : [100, 1_000, 10_000, 20_000];
const TARGETS: Record<number, number> = { 1_000: 10, 20_000: 300 };
const figures: Figure[] = [];
const extraRows: string[] = [];

for (const n of sizes) {
  const diagram = generateDiagram(n);
  const actual = diagram.nodes.length;
  const runs = actual > 5_000 ? 15 : 30;
  // validate = the index, every rule, and the reachability analysis the network rules share.
  figures.push(measure("validate", actual, runs, () => runRules(diagram, RULES, new DiagramIndex(diagram)), TARGETS[n]));
  figures.push(measure("reach", actual, runs, () => analyzeReachability(new DiagramIndex(diagram))));
  // Re-validation after one edit, as the editor does it: the incremental analyzer, from the state the
  // previous edit left (each run flips the label of the last node, one edit from the last run's diagram).
  const edited = applyOps(diagram, [{ op: "updateNode", id: diagram.nodes[diagram.nodes.length - 1]!.id, label: "edited" }]);
  const analyzer = createAnalyzer();
  let flip = false;
  analyzer.analyze(diagram);
  figures.push(measure("revalidate-one-edit", actual, Math.max(runs, 30), () => analyzer.analyze((flip = !flip) ? edited : diagram), n === 1_000 ? 5 : undefined));
}

// Growth: validate from 1,000 to the largest size, against what n log n would allow.
const small = figures.find((f) => f.name === "validate" && f.n >= 1_000);
const large = [...figures].reverse().find((f) => f.name === "validate");
if (small && large && large.n > small.n) {
  const ratio = large.p50_ms / small.p50_ms;
  const allowed = (large.n * Math.log(large.n)) / (small.n * Math.log(small.n));
  console.log(JSON.stringify({ name: "validate-growth", n: large.n, from_n: small.n, ratio: Number(ratio.toFixed(1)), n_log_n_ratio: Number(allowed.toFixed(1)) }));
  extraRows.push(`| validate growth ${small.n} → ${large.n} | | ×${ratio.toFixed(1)} | | ≤ ×${allowed.toFixed(1)} (n log n) | ${ratio <= allowed ? "met" : "missed"} |`);
}
const cold = figures.filter((f) => f.name === "validate").map((f) => `${f.n}: ${(f as Figure & { first_ms?: number }).first_ms} ms`);

// Whole process: `archlint check template.yaml` beside AWS's offline validator on the same templates.
extraRows.push(...runImportBench(quick));

// Not a timing: the size of what the browser must download before the editor runs.
const firstLoad = editorFirstLoadJs(process.cwd());
if (firstLoad) {
  const kb = Number((firstLoad.gzipBytes / 1024).toFixed(1));
  console.log(JSON.stringify({ name: "editor-first-load-js-gzip-kb", n: firstLoad.files, value: kb, target: 250 }));
  extraRows.push(`| editor first-load JS (gzip, ${firstLoad.files} files) | | ${kb} KB | | ≤ 250 KB | ${kb <= 250 ? "met" : "missed"} |`);
} else {
  extraRows.push("| editor first-load JS | | not measured: run `npm run build` first | | ≤ 250 KB | |");
}

// The editor in Chromium against a production server (bench/browser.ts): drag and pan frame rates, edit →
// problems panel, first load, auto-layout in its worker. --no-browser leaves them out.
if (!process.argv.includes("--no-browser")) {
  const editor = await browserFigures({ quick, root: process.cwd() });
  if (editor.skipped) {
    console.error(`bench: editor figures skipped: ${editor.skipped}`);
    extraRows.push(`| editor figures (Chromium) | | skipped: ${editor.skipped} | | | |`);
  }
  extraRows.push(...browserRows(editor.figures));
}

const cpu = cpus();
const machine = `${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, ${platform()} ${release()}, Node ${process.version}`;
const date = new Date().toISOString().slice(0, 10);
const rows = figures
  .map((f) => `| ${f.name} | ${f.n} | ${f.p50_ms} | ${f.p95_ms} | ${f.target_ms !== undefined ? `≤ ${f.target_ms}` : ""} | ${f.target_ms === undefined ? "" : f.p50_ms <= f.target_ms ? "met" : "missed"} |`)
  .join("\n")
  .concat(extraRows.length ? `\n${extraRows.join("\n")}` : "");
const markdown = `# Benchmarks

Written by \`npm run bench\`${quick ? " -- --quick" : ""}. Each figure is one JSON line on stdout as well.

- Machine: ${machine}
- Date: ${date}
- Diagrams: generated by bench/generate.ts (VPCs over two AZs with public and private subnets, IGW, a NAT gateway per AZ, route tables, security groups, Lambdas, instances with volumes, RDS, an ALB, connections).

| figure | resources | p50 ms | p95 ms | target (p50) | |
|---|---|---|---|---|---|
${rows}

Notes: \`validate\` is the full engine run (index, all ${RULES.length} rules, and the shared reachability analysis), p50/p95 over
warm runs; its first, cold-JIT run per size was ${cold.join(", ")}. \`reach\` is the reachability analysis
alone. Targets are issue 7's; a missed target is explained below.

- **Re-validation after one edit** (\`revalidate-one-edit\`) is the incremental analyzer (lib/engine/incremental.ts),
  measured from the state the previous edit left. The diagram splits into connected components (parent links,
  edges, ids named in props; a top-level Region does not join what it holds). Rules declared
  \`scope: "component"\` and the reachability analysis re-run only on the components an edit touched; the other
  rules re-run in full on every edit. The result equals a full run's, order included (lib/engine/incremental.test.ts,
  a property test over every rule example and random edits). Before (2026-11-25 morning), re-validation was a
  full run: 9.2 ms at 1k and 209 ms at 20k. Profile before: garbage collection (20%), CIDR parsing in ip-address
  (14%), rule dispatch (10%), reachability (6%); after, at 1k: the index for the whole-diagram rules (15%) and
  patching the reachability report (8%). Edits that add or remove ids at 10k–20k still redo O(n) bookkeeping
  (partitioning, garbage collection, the report): about 50–180 ms at 20k.
- **Full validation** grew from 56 to ${RULES.length} rules this release; parsed CIDR blocks are now memoised by text
  (several rules read every subnet's CIDR on every run), which took the subnet CIDR rules from about 1.6 ms to 0.2 ms
  at 1k.
- **Growth** is close to its bound: across runs on this machine validate grew ×23.7–×28.8 from 1k to 20k against
  ×28.4 for n log n. No step is quadratic; a CPU profile of reach at 20k shows garbage collection at 32% (a larger
  heap costs more to collect) and otherwise the per-resource work spread evenly.
- **Import**: \`import-check\` is the whole process \`archlint check template.yaml\` (the built CLI: start, read the
  YAML, import, validate) on templates from bench/template.ts (VPCs over three zones with NAT gateways, route
  tables, security groups and rules, Lambdas with VpcConfig, instances with volumes, ALBs, RDS; short-form
  tags). \`cfn-validate\` is AWS's offline validator @aws/cloudformation-validate (RegoEngine.validateStandard,
  one process per template, bench/cfn-validate.cjs) on the same file in the same run, interleaved;
  \`cfn-schema-validator\` is its SchemaValidator alone, the least adding AWS's schema diagnostics to
  \`archlint check\` would cost — which is why it stays a development dependency. Profiling the 2,500-resource
  import showed YAML parsing at about half the CPU time; moving from \`yaml\` to js-yaml took that step from
  about 450 to 130 ms.
- **Editor first-load JS** counts the scripts the \`/\` page's HTML makes a module-capable browser download
  (\`noModule\` polyfills excluded); tests/e2e/first-load.spec.ts checks in Chromium that nothing else loads
  before the canvas is up. 426.1 KB before this release's work (13 files; 464.8 KB counted the old way with the
  38.7 KB polyfill) → about 278 KB after. The engine (~104 KB) and the AWS icons (~20 KB) now load once the canvas
  is up; dialogs, the inspector's form, the network panel, the problem list, html-to-image, fflate and the
  Markdown report load on first use, pre-fetched when the browser is idle. **The 250 KB target is missed** by
  about 28 KB. What is left: the Next.js/React runtime 132.7 KB (react-dom alone about 64), React Flow with d3
  59.7 KB, zod plus the kind registry 43.7 KB (a saved diagram is validated against the kinds' schemas before it is
  drawn, and the palette reads the registry), the editor shell 17.2 KB, the diagram model, UI text and storage
  14.4 KB, ip-address with the CIDR code 9.7 KB. Runtime, React Flow and zod with the registry alone are about
  236 KB. The next step is splitting each kind's display metadata from its zod schema (or moving to zod/mini) so
  the schemas load with the engine.
- **Editor figures** (bench/browser.ts) run in headless Chromium (software rendering) against a production
  server, on diagrams from bench/generate.ts packed into rows by bench/arrange.ts, viewport 1280×720, with the
  whole diagram fitted (zoom 0.1–0.13). fps = animation frames during a real mouse drag of a node (or a
  middle-button pan) round a 60 px circle, about 2.5 s per run, one warm-up; p50/p95 are frame times. Edit →
  problems = key event (Delete on an internet gateway, then Ctrl+Z) to the problems panel's DOM change; "to
  paint" is to the next frame. First load = navigation to the canvas in the document, fresh profile; "saved" =
  reload with the browser cache cleared to a saved 1,009-node diagram's first node. Layout = click Auto-layout to
  the laid-out diagram; cold = the first run, which also loads elkjs and starts its worker; longest task and
  frame gap are measured while the worker computes. Before this release's canvas work, drag was 49 fps at
  1,009 nodes and 27 at 2,017, and edit → problems 156 ms: an edit now re-renders only the nodes it changed,
  fixed props no longer trigger full React Flow store updates, and only visible elements are rendered.
  Panning is limited by Chromium's paint work (layerisation and software rasterising of the inline SVG icons,
  hit testing) rather than by JavaScript: hiding the icons cut paint per pan frame from 18 to 7 ms.
`;
if (!process.argv.includes("--no-write")) writeFileSync("BENCHMARKS.md", markdown);
