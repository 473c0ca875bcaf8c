import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { serializeDiagram } from "../lib/diagram/create";
import type { Diagram } from "../lib/diagram/types";
import { CHROMIUM_ARGS, findChromium } from "../scripts/find-chromium.mjs";
import { arrangeDiagram } from "./arrange";
import { generateDiagram } from "./generate";
import { percentile, round, sortNumbers, summarize, type Figure } from "./stats";

/**
 * The editor measured in Chromium against a production server started here: frames per second
 * while dragging a node and while panning, edit → updated problems panel, first load to an
 * interactive canvas, and elkjs auto-layout in its worker (with the longest main-thread stall
 * meanwhile). Every figure is timed inside the page (requestAnimationFrame, PerformanceObserver,
 * MutationObserver), driven by real input (page.mouse, page.keyboard).
 */
export interface BrowserFigure extends Figure {
  fps?: number;
  fps_worst?: number;
  target_fps?: number;
  [extra: string]: unknown;
}

export interface BrowserBenchOptions {
  quick: boolean;
  root: string;
}

interface BenchState {
  frames: number[];
  recording: boolean;
  longTasks: Array<{ start: number; duration: number }>;
  workerMessages: number[];
  keyAt: number;
  clickAt: number;
  canvasAt: number;
  nodesAt: number;
  mutatedAt: number;
  paintedAt: number;
}

declare global {
  interface Window {
    __bench: BenchState;
  }
}

const VIEWPORT = { width: 1280, height: 720 };
const TRACE_CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "disabled-by-default-devtools.timeline.frame", "v8.execute", "blink", "cc", "gpu", "viz"];

// ---------------------------------------------------------------------------------------------
// Statistics

function timing(name: string, n: number, samples: readonly number[], extra: Record<string, unknown> = {}): BrowserFigure {
  return { ...summarize(name, n, samples), ...extra };
}

/** Frame intervals pooled over every run give p50/p95; fps is per run (frames / elapsed), its median and its worst. */
function framesFigure(name: string, n: number, runs: ReadonlyArray<readonly number[]>, targetFps?: number): BrowserFigure {
  const intervals: number[] = [];
  const fps: number[] = [];
  for (const frames of runs) {
    for (let i = 1; i < frames.length; i++) intervals.push(frames[i]! - frames[i - 1]!);
    const elapsed = frames[frames.length - 1]! - frames[0]!;
    fps.push(((frames.length - 1) * 1000) / elapsed);
  }
  const sortedFps = sortNumbers(fps);
  const sorted = sortNumbers(intervals);
  return {
    name,
    n,
    runs: runs.length,
    p50_ms: round(percentile(sorted, 0.5)),
    p95_ms: round(percentile(sorted, 0.95)),
    fps: round(percentile(sortedFps, 0.5)),
    fps_worst: round(sortedFps[0]!),
    longest_frame_ms: round(sorted[sorted.length - 1]!),
    ...(targetFps !== undefined ? { target_fps: targetFps } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// The production build and its server

/** Newest modification time under the app's source folders, to warn about a stale build. */
function newestSource(root: string): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(tsx?|css)$/.test(entry.name) && !entry.name.includes(".test.")) newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const dir of ["app", "components", "lib", "rules"]) if (existsSync(path.join(root, dir))) walk(path.join(root, dir));
  return newest;
}

/**
 * The build to serve: NEXT_DIST_DIR if set, else `.next` from `npm run build`; when neither holds a
 * build, one is made in `.next-bench` (its own folder, so it never disturbs another build).
 */
function productionBuild(root: string, allowBuild: boolean): string | null {
  const wanted = process.env.NEXT_DIST_DIR;
  const candidates = wanted ? [wanted] : [".next", ".next-bench"];
  for (const dir of candidates) {
    const id = path.join(root, dir, "BUILD_ID");
    if (!existsSync(id)) continue;
    if (statSync(id).mtimeMs < newestSource(root)) {
      console.error(`bench: the build in ${dir} is older than the sources; run \`npm run build\` for figures of the current code.`);
    }
    return dir;
  }
  if (!allowBuild) return null;
  const dir = wanted ?? ".next-bench";
  console.error(`bench: no production build found; building into ${dir} (about a minute)…`);
  const built = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    env: { ...process.env, NEXT_DIST_DIR: dir, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return built.status === 0 && existsSync(path.join(root, dir, "BUILD_ID")) ? dir : null;
}

function freePort(): Promise<number> {
  const fixed = Number(process.env.BENCH_PORT);
  if (fixed) return Promise.resolve(fixed);
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}

/** `next start` in its own process group, so stopping it also stops the next-server child it spawns. */
async function startServer(root: string, distDir: string): Promise<{ base: string; stop(): void }> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: root,
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    detached: true,
    stdio: "ignore",
  });
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  };
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(base)).ok) return { base, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`the production server on ${base} did not answer within 60 s`);
}

// ---------------------------------------------------------------------------------------------
// In the page

/** Installed before any page script: frame times, long tasks, worker answers, input and DOM marks. */
function instrument(): void {
  const bench: BenchState = {
    frames: [],
    recording: false,
    longTasks: [],
    workerMessages: [],
    keyAt: 0,
    clickAt: 0,
    canvasAt: 0,
    nodesAt: 0,
    mutatedAt: 0,
    paintedAt: 0,
  };
  window.__bench = bench;
  const tick = (time: number) => {
    if (bench.recording) bench.frames.push(time);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
  // Answers from workers (the ELK layout; the engine's only above 1,500 nodes) mark when the worker is done.
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener("message", () => bench.workerMessages.push(performance.now()));
    }
  };
  window.addEventListener("keydown", (event) => (bench.keyAt = event.timeStamp), { capture: true });
  window.addEventListener("click", (event) => (bench.clickAt = event.timeStamp), { capture: true });
  // First load: when the canvas, then its first node, are in the document.
  new MutationObserver((_, observer) => {
    if (!bench.canvasAt && document.querySelector(".react-flow__pane")) bench.canvasAt = performance.now();
    if (!bench.nodesAt && document.querySelector(".react-flow__node")) bench.nodesAt = performance.now();
    if (bench.canvasAt && bench.nodesAt) observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

/** Resolves once about `quietFrames` frames have passed with no long task: the page has settled. */
async function settle(page: Page, quietFrames = 20): Promise<void> {
  await page.waitForFunction(
    (quiet) => {
      const lastTask = window.__bench.longTasks.reduce((end, t) => Math.max(end, t.start + t.duration), 0);
      return performance.now() - lastTask >= quiet * 16.7;
    },
    quietFrames,
    { polling: "raf", timeout: 120_000 },
  );
}

async function viewportTransform(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.querySelector(".react-flow__viewport")!).transform);
}

/** Waits until React Flow's view stops moving (it fits the view once the diagram's nodes are measured). */
async function settleView(page: Page): Promise<void> {
  let last = await viewportTransform(page);
  for (let i = 0; i < 100; i++) {
    await page.waitForTimeout(200);
    const now = await viewportTransform(page);
    if (now === last) return;
    last = now;
  }
  throw new Error("the canvas view never settled");
}

async function openEditor(context: BrowserContext, base: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.waitForSelector(".react-flow__pane");
  return page;
}

/** Imports a diagram through the file picker, as a person would, and waits until it is on the canvas and checked. */
async function importDiagram(page: Page, diagram: Diagram): Promise<void> {
  await page.getByTestId("import-file").setInputFiles({ name: "bench.json", mimeType: "application/json", buffer: Buffer.from(serializeDiagram(diagram)) });
  await page.waitForFunction((count) => document.querySelectorAll(".react-flow__node").length >= Math.min(count, 50), diagram.nodes.length, { timeout: 120_000 });
  await page.waitForSelector("[data-testid=problems-checking]", { state: "detached", timeout: 120_000 });
  await settleView(page);
  await settle(page);
}

type Point = { x: number; y: number };

/** The centre of a node matching `selector` that a click there would reach (not under a panel or another node). */
async function reachableNode(page: Page, selector: string): Promise<Point & { id: string }> {
  const found = await page.evaluate((selector) => {
    const canvas = document.querySelector(".react-flow")!.getBoundingClientRect();
    const centre = { x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height / 2 };
    const candidates = [...document.querySelectorAll<HTMLElement>(selector)]
      .map((el) => {
        const box = el.getBoundingClientRect();
        return { el, x: box.left + box.width / 2, y: box.top + box.height / 2 };
      })
      .filter((c) => c.x > canvas.left + 80 && c.x < canvas.right - 80 && c.y > canvas.top + 80 && c.y < canvas.bottom - 80)
      // Nearest the middle first: room to move in every direction.
      .sort((a, b) => Math.hypot(a.x - centre.x, a.y - centre.y) - Math.hypot(b.x - centre.x, b.y - centre.y));
    for (const c of candidates) {
      if (document.elementFromPoint(c.x, c.y)?.closest(".react-flow__node") === c.el) return { id: c.el.dataset.id!, x: c.x, y: c.y };
    }
    return null;
  }, selector);
  if (!found) throw new Error(`no reachable ${selector} on the canvas`);
  return found;
}

/** The middle of the canvas, where a middle-button drag pans the view even over nodes (as it does over the empty pane). */
async function canvasCentre(page: Page): Promise<Point> {
  return page.evaluate(() => {
    const canvas = document.querySelector(".react-flow")!.getBoundingClientRect();
    return { x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height / 2 };
  });
}

/** A fresh browser profile, instrumented for the measurements, closed when `use` ends however it ends. */
async function inContext<T>(browser: Browser, use: (context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(instrument);
  try {
    return await use(context);
  } finally {
    await context.close();
  }
}

/** The editor in a fresh profile with `diagram` imported. */
function withDiagram<T>(browser: Browser, base: string, diagram: Diagram, use: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  return inContext(browser, async (context) => {
    const page = await openEditor(context, base);
    await importDiagram(page, diagram);
    return use(page, context);
  });
}

/**
 * Presses at `from`, moves the mouse round a circle of `radius` px back to where it began (so a
 * dragged node returns to its box and a panned view to its place) for about `ms`, and releases.
 * Returns the animation-frame times in between and whether `moved()` saw a change mid-way.
 */
async function circleDrag(page: Page, from: Point, radius: number, ms: number, moved: () => Promise<boolean>, button: "left" | "middle" = "left"): Promise<number[]> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down({ button });
  // Past the drag threshold first, so every measured frame is a dragging frame.
  await page.mouse.move(from.x + 4, from.y, { steps: 2 });
  await page.mouse.move(from.x, from.y);
  await page.evaluate(() => {
    window.__bench.frames = [];
    window.__bench.recording = true;
  });
  const start = Date.now();
  let step = 0;
  let checked = false;
  while (Date.now() - start < ms) {
    const angle = (step++ / 40) * 2 * Math.PI; // a full turn every 40 moves
    await page.mouse.move(from.x + radius * (Math.cos(angle) - 1), from.y + radius * Math.sin(angle));
    if (!checked && step === 10) {
      checked = true;
      if (!(await moved())) throw new Error("the drag did not move anything: the benchmark would measure an idle canvas");
    }
  }
  // Back to the start along the circle's end, then release.
  await page.mouse.move(from.x, from.y);
  const frames = await page.evaluate(() => {
    window.__bench.recording = false;
    return window.__bench.frames;
  });
  await page.mouse.up({ button });
  return frames;
}

// ---------------------------------------------------------------------------------------------
// The figures

async function dragAndPan(browser: Browser, base: string, size: number, runs: number, ms: number): Promise<BrowserFigure[]> {
  const diagram = arrangeDiagram(generateDiagram(size));
  const n = diagram.nodes.length;
  return withDiagram(browser, base, diagram, async (page) => {
    const nodeTransform = (id: string) =>
      page.evaluate((id) => (document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`)?.style.transform ?? ""), id);

    // BENCH_TRACE=<folder> records a Chromium performance trace of the first measured drag and pan (for profiling, not for figures).
    const traced = async <T>(what: string, run: number, action: () => Promise<T>): Promise<T> => {
      const folder = process.env.BENCH_TRACE;
      if (!folder || run !== 1) return action();
      await browser.startTracing(page, { path: path.join(folder, `${what}-${n}.json`), categories: TRACE_CATEGORIES });
      try {
        return await action();
      } finally {
        await browser.stopTracing();
      }
    };
    const drags: number[][] = [];
    for (let run = 0; run <= runs; run++) {
      const node = await reachableNode(page, ".react-flow__node-resource");
      const before = await nodeTransform(node.id);
      const frames = await traced("drag", run, () => circleDrag(page, node, 60, ms, async () => (await nodeTransform(node.id)) !== before));
      if (run > 0) drags.push(frames); // run 0 warms up
      await settle(page);
    }
    const pans: number[][] = [];
    for (let run = 0; run <= runs; run++) {
      // The whole diagram may cover the canvas (1,000 nodes at the smallest zoom): pan with the middle button.
      const before = await viewportTransform(page);
      const centre = await canvasCentre(page);
      const frames = await traced("pan", run, () => circleDrag(page, centre, 60, ms, async () => (await viewportTransform(page)) !== before, "middle"));
      if (run > 0) pans.push(frames);
      await settle(page);
    }
    const shown = await page.evaluate(() => document.querySelectorAll(".react-flow__node").length);
    const zoom = await page.evaluate(() => new DOMMatrixReadOnly(getComputedStyle(document.querySelector(".react-flow__viewport")!).transform).a);
    const context_ = { rendered_nodes: shown, zoom: round(zoom, 2) };
    const target = size === 1_000 ? 50 : size === 2_000 ? 30 : undefined;
    return [
      { ...framesFigure("editor-drag-fps", n, drags, target), ...context_ },
      { ...framesFigure("editor-pan-fps", n, pans), ...context_ },
    ];
  });
}

/**
 * Edit → problems panel: delete an internet gateway (select it, press Delete), then undo it
 * (Ctrl+Z), each time from the key's event time to the problems panel's DOM mutation (and to the
 * next frame, when it is on screen). Both edits change the findings, so the panel must change.
 */
async function editToProblems(browser: Browser, base: string, size: number, pairs: number): Promise<BrowserFigure> {
  const diagram = arrangeDiagram(generateDiagram(size));
  return withDiagram(browser, base, diagram, async (page) => {
    const dom: number[] = [];
    const painted: number[] = [];
    const measureKey = async (key: string) => {
      await page.evaluate(() => {
        const bench = window.__bench;
        bench.keyAt = 0;
        bench.mutatedAt = 0;
        bench.paintedAt = 0;
        const panel = document.querySelector("section.problems")!;
        const observer = new MutationObserver(() => {
          if (bench.mutatedAt || !bench.keyAt) return;
          bench.mutatedAt = performance.now();
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => (bench.paintedAt = performance.now())));
        });
        observer.observe(panel, { childList: true, subtree: true, characterData: true, attributes: true });
      });
      await page.keyboard.press(key);
      await page.waitForFunction(() => window.__bench.paintedAt > 0, undefined, { timeout: 10_000 }).catch(() => {
        throw new Error(`pressing ${key} did not change the problems panel`);
      });
      const marks = await page.evaluate(() => window.__bench);
      dom.push(marks.mutatedAt - marks.keyAt);
      painted.push(marks.paintedAt - marks.keyAt);
      await settle(page);
    };
    for (let pair = 0; pair <= pairs; pair++) {
      const gateway = await reachableNode(page, '.react-flow__node[data-id^="igw-"]');
      await page.mouse.click(gateway.x, gateway.y);
      await page.waitForSelector(`.react-flow__node[data-id="${gateway.id}"].selected`);
      await settle(page);
      const before = { dom: dom.length };
      await measureKey("Delete");
      await measureKey("Control+z");
      if (pair === 0) {
        // The first pair warms up.
        dom.splice(before.dom);
        painted.splice(before.dom);
      }
    }
    const paintedSorted = sortNumbers(painted);
    return timing("editor-edit-to-problems", diagram.nodes.length, dom, {
      target_ms: 50,
      to_paint_p50_ms: round(percentile(paintedSorted, 0.5)),
      to_paint_p95_ms: round(percentile(paintedSorted, 0.95)),
    });
  });
}

/** A fresh profile (nothing cached, nothing saved) from navigation to the canvas in the document. */
async function firstLoad(browser: Browser, base: string, runs: number): Promise<BrowserFigure> {
  const times: number[] = [];
  for (let run = 0; run <= runs; run++) {
    await inContext(browser, async (context) => {
      const page = await context.newPage();
      await page.goto(`${base}/`);
      await page.waitForFunction(() => window.__bench.canvasAt > 0, undefined, { timeout: 60_000 });
      if (run > 0) times.push(await page.evaluate(() => window.__bench.canvasAt));
    });
  }
  return timing("editor-first-load", 0, times);
}

/** A saved diagram reopened: reload with the browser cache cleared, from navigation to its nodes on the canvas. */
async function firstLoadSaved(browser: Browser, base: string, size: number, runs: number): Promise<BrowserFigure> {
  const diagram = arrangeDiagram(generateDiagram(size));
  return withDiagram(browser, base, diagram, async (page, context) => {
    await page.waitForTimeout(1_500); // the library save is debounced
    const cdp = await context.newCDPSession(page);
    const times: number[] = [];
    for (let run = 0; run <= runs; run++) {
      await cdp.send("Network.clearBrowserCache");
      await page.reload();
      await page.waitForFunction(() => window.__bench.nodesAt > 0, undefined, { timeout: 60_000 });
      const count = await page.evaluate(() => document.querySelectorAll(".react-flow__node").length);
      if (count < Math.min(diagram.nodes.length, 50)) throw new Error(`the saved diagram did not reopen (${count} nodes on the canvas)`);
      if (run > 0) times.push(await page.evaluate(() => window.__bench.nodesAt));
      await settle(page);
    }
    return timing("editor-first-load-saved", diagram.nodes.length, times);
  });
}

/**
 * Auto-layout (elkjs in its worker) of a generated nested diagram, from the click to the laid-out
 * diagram in the document; meanwhile the longest main-thread task and the longest gap between
 * frames while the worker computes (the page must keep answering input), and the main thread's
 * share after the worker answers (applying the new positions). The first run, which also loads
 * elkjs and starts its worker, is reported apart as cold_ms.
 */
async function layout(browser: Browser, base: string, size: number, runs: number): Promise<BrowserFigure> {
  const diagram = generateDiagram(size);
  return withDiagram(browser, base, diagram, async (page) => {
    const totals: number[] = [];
    const applies: number[] = [];
    let longestTask = 0;
    let longestGap = 0;
    let cold = 0;
    for (let run = 0; run <= runs; run++) {
      await page.evaluate(() => {
        const bench = window.__bench;
        bench.clickAt = 0;
        bench.mutatedAt = 0;
        bench.workerMessages = [];
        bench.frames = [];
        bench.recording = true;
        const button = document.querySelector("[data-testid=auto-layout]")!;
        let busy = false;
        const observer = new MutationObserver(() => {
          if (button.getAttribute("aria-busy") === "true") busy = true;
          else if (busy) {
            bench.mutatedAt = performance.now();
            observer.disconnect();
          }
        });
        observer.observe(button, { attributes: true });
      });
      await page.getByTestId("auto-layout").click();
      await page.waitForFunction(() => window.__bench.mutatedAt > 0, undefined, { timeout: 180_000, polling: 100 });
      const marks = await page.evaluate(() => {
        const bench = window.__bench;
        bench.recording = false;
        return { ...bench };
      });
      const answered = marks.workerMessages.length ? marks.workerMessages[marks.workerMessages.length - 1]! : marks.mutatedAt;
      const total = marks.mutatedAt - marks.clickAt;
      if (run === 0) cold = total;
      else {
        totals.push(total);
        applies.push(marks.mutatedAt - answered);
      }
      // While the worker computes: tasks overlapping [click, answer] and gaps between frames in it.
      for (const task of marks.longTasks) {
        if (task.start + task.duration > marks.clickAt && task.start < answered) longestTask = Math.max(longestTask, Math.min(task.start + task.duration, answered) - Math.max(task.start, marks.clickAt));
      }
      const frames = marks.frames.filter((t) => t >= marks.clickAt && t <= answered);
      for (let i = 1; i < frames.length; i++) longestGap = Math.max(longestGap, frames[i]! - frames[i - 1]!);
      await settle(page);
    }
    const appliesSorted = sortNumbers(applies);
    return timing("layout-elk-worker", diagram.nodes.length, totals, {
      ...(size === 500 ? { target_ms: 2_000 } : {}),
      cold_ms: round(cold),
      apply_p50_ms: round(percentile(appliesSorted, 0.5)),
      longest_task_while_computing_ms: round(longestTask),
      longest_frame_gap_while_computing_ms: round(longestGap),
    });
  });
}

// ---------------------------------------------------------------------------------------------

/**
 * Every editor figure, printed as one JSON line each. `--quick` keeps the first load, edit → problems
 * and drag/pan at 1,000 nodes, and the 200-node layout, with fewer and shorter runs, and leaves out the
 * saved-diagram reload; it never builds, so without a production build it skips them all.
 * BENCH_ONLY=first-load,first-load-saved,edit,drag,layout picks some; BENCH_DRAG_SIZES=1000,2000 the
 * drag and pan sizes; NEXT_DIST_DIR the build; BENCH_PORT a fixed port; BENCH_TRACE a folder for traces.
 */
export async function browserFigures({ quick, root }: BrowserBenchOptions): Promise<{ figures: BrowserFigure[]; skipped?: string }> {
  const executablePath = findChromium();
  if (!executablePath) return { figures: [], skipped: "no Chromium found (see scripts/find-chromium.mjs)" };
  const distDir = productionBuild(root, !quick);
  if (!distDir) return { figures: [], skipped: quick ? "no production build (run `npm run build`; --quick does not build one)" : "the production build failed" };

  const server = await startServer(root, distDir);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const figures: BrowserFigure[] = [];
  const emit = (figure: BrowserFigure) => {
    console.log(JSON.stringify(figure));
    figures.push(figure);
  };
  try {
    const only = process.env.BENCH_ONLY?.split(",");
    const wants = (what: string) => !only || only.includes(what);
    if (wants("first-load")) emit(await firstLoad(browser, server.base, quick ? 2 : 7));
    if (wants("first-load-saved") && !quick) emit(await firstLoadSaved(browser, server.base, 1_000, 5));
    if (wants("edit")) emit(await editToProblems(browser, server.base, 1_000, quick ? 2 : 8));
    const dragSizes = process.env.BENCH_DRAG_SIZES?.split(",").map(Number) ?? (quick ? [1_000] : [200, 1_000, 2_000]);
    if (wants("drag")) for (const size of dragSizes) for (const figure of await dragAndPan(browser, server.base, size, quick ? 2 : 4, quick ? 1_200 : 2_500)) emit(figure);
    if (wants("layout")) {
      for (const size of quick ? [200] : [50, 200, 500, 1_000]) emit(await layout(browser, server.base, size, quick ? 2 : size >= 1_000 ? 2 : size >= 500 ? 3 : 5));
    }
  } finally {
    await browser.close();
    server.stop();
  }
  return { figures };
}

/** Table rows for BENCHMARKS.md, in bench/main.ts's columns (figure, resources, p50, p95, target, met). */
export function browserRows(figures: readonly BrowserFigure[]): string[] {
  return figures.map((f) => {
    if (f.fps !== undefined) {
      const target = f.target_fps !== undefined ? `≥ ${f.target_fps} fps` : "";
      const verdict = f.target_fps === undefined ? "" : f.fps >= f.target_fps ? "met" : "missed";
      return `| ${f.name}: ${f.fps} fps (worst run ${f.fps_worst}), frame time | ${f.n} | ${f.p50_ms} | ${f.p95_ms} | ${target} | ${verdict} |`;
    }
    const target = f.target_ms !== undefined ? `≤ ${f.target_ms}` : "";
    const verdict = f.target_ms === undefined ? "" : f.p50_ms <= f.target_ms ? "met" : "missed";
    // Layout: how long input waited at worst while the worker computed, and the cold first run.
    const extra = f.longest_frame_gap_while_computing_ms !== undefined ? ` (cold ${f.cold_ms} ms; longest frame gap while computing ${f.longest_frame_gap_while_computing_ms} ms)` : "";
    return `| ${f.name}${extra} | ${f.n} | ${f.p50_ms} | ${f.p95_ms} | ${target} | ${verdict} |`;
  });
}
