#!/usr/bin/env node
// Makes the diagrams in examples/ the way a person would: it drives the real editor in Chromium
// (palette drags, resizing boxes, the inspector, connecting handles, the diagram name), clicks
// Export and saves the download. Nothing here writes diagram JSON by hand.
//
//   npm run build                       # once: this serves the production build
//   node scripts/make-examples.mjs      # all examples
//   node scripts/make-examples.mjs serverless-api broken-subnets   # some of them
//
// It starts `next start -H 127.0.0.1 -p 3101` itself and stops its process group afterwards.
// Each export is checked against the structure the example should have (every node's kind and
// container, every relation), so a drop that lands in the wrong box fails here, not later.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from "./find-chromium.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(ROOT, "examples");
const PORT = Number(process.env.EXAMPLES_PORT ?? 3101);
const BASE = `http://127.0.0.1:${PORT}`;
// A large window so every diagram fits at zoom 1: flow coordinates below are then screen offsets.
const VIEWPORT = { width: 1920, height: 1200 };
const ORIGIN = { x: 40, y: 40 };

// ---------------------------------------------------------------------------------------------
// Driving the editor

/** Helpers bound to one page. All points are absolute flow (canvas) coordinates. */
function editor(page) {
  const inspector = page.getByRole("complementary", { name: "Inspector" });
  const node = (id) => page.locator(`.react-flow__node[data-id="${id}"]`);

  /** The canvas transform: screen = pane origin + translate + flow × zoom. */
  async function viewport() {
    return page.evaluate(() => {
      const vp = document.querySelector(".react-flow__viewport");
      const pane = document.querySelector(".react-flow").getBoundingClientRect();
      const m = new DOMMatrixReadOnly(getComputedStyle(vp).transform);
      return { tx: m.e, ty: m.f, zoom: m.a, left: pane.left, top: pane.top };
    });
  }
  /** Waits until the view stops moving (React Flow fits the view when the first node appears). */
  async function settle() {
    let last = JSON.stringify(await viewport());
    for (let i = 0; i < 50; i++) {
      await page.waitForTimeout(150);
      const now = JSON.stringify(await viewport());
      if (now === last) return;
      last = now;
    }
    throw new Error("the canvas view never settled");
  }
  /** Whether a screen point is on the open canvas: not off it, nor under the minimap or the zoom controls. */
  async function isClear(points) {
    return page.evaluate((points) => {
      const rect = (sel) => document.querySelector(sel)?.getBoundingClientRect();
      const pane = rect(".react-flow");
      const covers = [rect(".react-flow__minimap"), rect(".react-flow__controls")].filter(Boolean);
      const inside = (r, p, pad) => p.x >= r.left - pad && p.x <= r.right + pad && p.y >= r.top - pad && p.y <= r.bottom + pad;
      return points.every((p) => inside(pane, p, -12) && !covers.some((r) => inside(r, p, 12)));
    }, points);
  }
  /**
   * Zooms out (the canvas's own "−" control) until every point `where()` returns is on the open
   * canvas: a resize handle under the minimap would pan the view instead.
   */
  async function makeRoom(where) {
    for (let i = 0; i < 8; i++) {
      if (await isClear(await where())) return;
      await page.locator(".react-flow__controls-zoomout").click();
      await settle();
    }
    throw new Error("could not bring the target into view");
  }
  async function toScreen(point) {
    await settle();
    const v = await viewport();
    // Flow coordinates here are shifted by ORIGIN so the first box is not dropped on the canvas's very edge.
    return { x: v.left + v.tx + (point.x + ORIGIN.x) * v.zoom, y: v.top + v.ty + (point.y + ORIGIN.y) * v.zoom };
  }

  /** The diagram as the editor last autosaved it (written 300 ms after each change). */
  async function model() {
    const text = await page.evaluate(() => window.localStorage.getItem("archlint.autosave"));
    return text ? JSON.parse(text) : { nodes: [], edges: [] };
  }
  async function waitForModel(predicate, what) {
    const deadline = Date.now() + 5000;
    for (;;) {
      const m = await model();
      if (predicate(m)) return m;
      if (Date.now() > deadline) throw new Error(`editor did not reach: ${what}\n${JSON.stringify(m, null, 1).slice(0, 4000)}`);
      await page.waitForTimeout(100);
    }
  }

  return {
    node,
    inspector,
    model,

    async rename(name) {
      await page.getByRole("textbox", { name: "Diagram name" }).fill(name);
      await waitForModel((m) => m.name === name, `diagram named ${name}`);
    },

    /**
     * Drags a palette item onto the canvas at `at` (a box opens there; a resource is centred there)
     * and checks that it became `id` inside `parent` (null: the bare canvas).
     */
    async drop(kind, at, { id, parent }) {
      const item = page.locator(`.palette-item[data-kind="${kind}"]`);
      await item.scrollIntoViewIfNeeded();
      await makeRoom(async () => [await toScreen(at)]);
      const box = await item.boundingBox();
      const target = await toScreen(at);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(target.x, target.y, { steps: 8 });
      await page.mouse.up();
      await node(id).waitFor();
      const m = await waitForModel((m) => m.nodes.some((n) => n.id === id), `node ${id}`);
      const made = m.nodes.find((n) => n.id === id);
      if (made.kind !== kind || made.parent !== parent) {
        throw new Error(`${kind} dropped at ${JSON.stringify(at)} became ${made.id} (${made.kind}) in ${made.parent}, wanted ${id} in ${parent}`);
      }
      // The new node is selected, so the inspector shows it.
      await inspector.getByText(id, { exact: true }).waitFor();
    },

    /** Selects a node by clicking it: a box on its title bar, a resource on its icon. */
    async select(id) {
      const target = node(id);
      const title = target.locator(".container-title");
      await ((await title.count()) > 0 ? title.click({ position: { x: 8, y: 8 } }) : target.click());
      await inspector.getByText(id, { exact: true }).waitFor();
    },

    /** Clicks the canvas's "fit view" control. */
    async fitView() {
      await page.locator(".react-flow__controls-fitview").click();
      await settle();
    },

    /** Resizes the selected box `id` to w × h by dragging its bottom-right resize handle. */
    async resize(id, w, h) {
      await settle();
      const m0 = await model();
      const before = m0.nodes.find((n) => n.id === id).layout;
      const handle = node(id).locator(".react-flow__resize-control.handle.bottom.right");
      await makeRoom(async () => {
        const { zoom } = await viewport();
        const b = await handle.boundingBox();
        return [
          { x: b.x + b.width / 2, y: b.y + b.height / 2 },
          { x: b.x + b.width / 2 + (w - before.w) * zoom, y: b.y + b.height / 2 + (h - before.h) * zoom },
        ];
      });
      const { zoom } = await viewport();
      const hb = await handle.boundingBox();
      const sx = hb.x + hb.width / 2;
      const sy = hb.y + hb.height / 2;
      await page.mouse.move(sx, sy);
      await page.mouse.down();
      await page.mouse.move(sx + ((w - before.w) * zoom) / 2, sy + ((h - before.h) * zoom) / 2, { steps: 4 });
      await page.mouse.move(sx + (w - before.w) * zoom, sy + (h - before.h) * zoom, { steps: 4 });
      await page.mouse.up();
      await waitForModel((m) => {
        const l = m.nodes.find((n) => n.id === id).layout;
        return Math.abs(l.w - w) <= 8 && Math.abs(l.h - h) <= 8;
      }, `${id} resized to ${w}×${h}`);
    },

    async label(text) {
      await inspector.getByLabel("Label", { exact: true }).fill(text);
    },

    /** Types a property of the selected node into its inspector field. */
    async prop(name, value) {
      const field = inspector.getByLabel(name, { exact: true });
      const tag = await field.evaluate((el) => el.tagName);
      if (typeof value === "boolean") await field.setChecked(value);
      else if (tag === "SELECT") await field.selectOption(String(value));
      else await field.fill(String(value));
      if ((await inspector.getByRole("alert").count()) > 0) {
        throw new Error(`the inspector refused ${name}=${value}: ${await inspector.getByRole("alert").first().textContent()}`);
      }
    },

    /** Drags from one node's bottom handle to another's top handle; checks the relation made. */
    async connect(from, to, kind) {
      const count = (await model()).edges.length;
      const centre = async (l) => {
        const b = await l.boundingBox();
        return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      };
      const fromHandle = node(from).locator(".react-flow__handle-bottom");
      const toHandle = node(to).locator(".react-flow__handle-top");
      await makeRoom(async () => [await centre(fromHandle), await centre(toHandle)]);
      await fromHandle.dragTo(toHandle);
      const m = await waitForModel((m) => m.edges.length === count + 1, `a relation ${from} → ${to}`);
      const edge = m.edges[m.edges.length - 1];
      if (edge.kind !== kind || edge.source !== from || edge.target !== to) {
        throw new Error(`connecting ${from} → ${to} made ${edge.kind} ${edge.source} → ${edge.target}, wanted ${kind}`);
      }
      return edge.id;
    },

    /** Clicks Export and saves the download. */
    async exportTo(file) {
      await page.waitForTimeout(400); // let the last edit settle (autosave debounce)
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: "Export" }).click();
      await (await download).saveAs(file);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The examples. Each lists the structure its export must have.

const EXAMPLES = {
  "vpc-public-private": {
    async build(ui) {
      await ui.rename("VPC with public and private subnets in two Availability Zones");
      await ui.drop("aws.region", { x: 0, y: 0 }, { id: "region-1", parent: null });
      await ui.resize("region-1", 840, 560);
      await ui.fitView();
      await ui.label("us-east-1");

      await ui.drop("aws.vpc", { x: 24, y: 56 }, { id: "vpc-1", parent: "region-1" });
      // Wide while the zones go in (a box dropped in a box is kept inside it), narrowed after.
      await ui.resize("vpc-1", 832, 480);
      await ui.label("main-vpc");
      await ui.prop("cidrBlock", "10.0.0.0/16");
      await ui.prop("enableDnsHostnames", true);

      // Each zone: a public subnet over a private one. A box dropped in a box is kept inside it, so
      // the zone is opened tall while its subnets go in, then closed around them.
      const zones = [
        { az: "az-1", zone: "us-east-1a", x: 204, suffix: "a", pub: "10.0.0.0/24", priv: "10.0.10.0/24" },
        { az: "az-2", zone: "us-east-1b", x: 508, suffix: "b", pub: "10.0.1.0/24", priv: "10.0.11.0/24" },
      ];
      let n = 1;
      for (const z of zones) {
        await ui.drop("aws.availability-zone", { x: z.x, y: 112 }, { id: z.az, parent: "vpc-1" });
        await ui.resize(z.az, 280, 640);
        await ui.label(z.zone);
        await ui.prop("zoneName", z.zone);
        const pub = `subnet-${n++}`;
        await ui.drop("aws.subnet", { x: z.x + 8, y: 160 }, { id: pub, parent: z.az });
        await ui.resize(pub, 264, 160);
        await ui.label(`public-${z.suffix}`);
        await ui.prop("cidrBlock", z.pub);
        await ui.prop("mapPublicIpOnLaunch", true);
        const priv = `subnet-${n++}`;
        await ui.drop("aws.subnet", { x: z.x + 8, y: 336 }, { id: priv, parent: z.az });
        await ui.resize(priv, 264, 160);
        await ui.label(`private-${z.suffix}`);
        await ui.prop("cidrBlock", z.priv);
        await ui.select(z.az);
        await ui.resize(z.az, 280, 400);
      }
      await ui.select("vpc-1");
      await ui.resize("vpc-1", 792, 480);

      // Route tables and the internet gateway in a column on the VPC's left (the minimap sits bottom right).
      await ui.drop("aws.route-table", { x: 120, y: 144 }, { id: "rtb-1", parent: "vpc-1" });
      await ui.label("public-rt");
      await ui.drop("aws.internet-gateway", { x: 120, y: 280 }, { id: "igw-1", parent: "vpc-1" });
      await ui.label("igw");
      await ui.drop("aws.route-table", { x: 120, y: 424 }, { id: "rtb-2", parent: "vpc-1" });
      await ui.label("private-rt");
      await ui.drop("aws.nat-gateway", { x: 346, y: 248 }, { id: "nat-1", parent: "subnet-1" });
      await ui.label("nat-a");
      await ui.drop("aws.lambda", { x: 346, y: 424 }, { id: "fn-1", parent: "subnet-2" });
      await ui.label("worker");

      await ui.connect("rtb-1", "igw-1", "route");
      await ui.connect("rtb-1", "subnet-1", "association");
      await ui.connect("rtb-1", "subnet-3", "association");
      await ui.connect("rtb-2", "nat-1", "route");
      await ui.connect("rtb-2", "subnet-2", "association");
      await ui.connect("rtb-2", "subnet-4", "association");
    },
    nodes: [
      ["region-1", "aws.region", null],
      ["vpc-1", "aws.vpc", "region-1"],
      ["az-1", "aws.availability-zone", "vpc-1"],
      ["az-2", "aws.availability-zone", "vpc-1"],
      ["subnet-1", "aws.subnet", "az-1"],
      ["subnet-2", "aws.subnet", "az-1"],
      ["subnet-3", "aws.subnet", "az-2"],
      ["subnet-4", "aws.subnet", "az-2"],
      ["rtb-1", "aws.route-table", "vpc-1"],
      ["rtb-2", "aws.route-table", "vpc-1"],
      ["igw-1", "aws.internet-gateway", "vpc-1"],
      ["nat-1", "aws.nat-gateway", "subnet-1"],
      ["fn-1", "aws.lambda", "subnet-2"],
    ],
    edges: [
      ["route", "rtb-1", "igw-1"],
      ["association", "rtb-1", "subnet-1"],
      ["association", "rtb-1", "subnet-3"],
      ["route", "rtb-2", "nat-1"],
      ["association", "rtb-2", "subnet-2"],
      ["association", "rtb-2", "subnet-4"],
    ],
  },

  "broken-subnets": {
    async build(ui) {
      await ui.rename(
        "Broken on purpose: a subnet outside the VPC range, two overlapping subnets, a subnet not in an Availability Zone",
      );
      await ui.drop("aws.region", { x: 0, y: 0 }, { id: "region-1", parent: null });
      await ui.resize("region-1", 1240, 720);
      await ui.fitView();
      await ui.label("us-east-1");
      await ui.drop("aws.vpc", { x: 40, y: 60 }, { id: "vpc-1", parent: "region-1" });
      await ui.resize("vpc-1", 1160, 624);
      await ui.label("lab-vpc");
      await ui.prop("cidrBlock", "10.0.0.0/16");

      await ui.drop("aws.availability-zone", { x: 60, y: 120 }, { id: "az-1", parent: "vpc-1" });
      await ui.resize("az-1", 344, 544);
      await ui.label("us-east-1a");
      await ui.prop("zoneName", "us-east-1a");
      await ui.drop("aws.availability-zone", { x: 424, y: 120 }, { id: "az-2", parent: "vpc-1" });
      await ui.label("us-east-1b");
      await ui.prop("zoneName", "us-east-1b");

      // Overlapping pair: web-a (10.0.0.0/24) contains web-b (10.0.0.128/25).
      await ui.drop("aws.subnet", { x: 80, y: 168 }, { id: "subnet-1", parent: "az-1" });
      await ui.label("web-a");
      await ui.prop("cidrBlock", "10.0.0.0/24");
      await ui.drop("aws.subnet", { x: 444, y: 168 }, { id: "subnet-2", parent: "az-2" });
      await ui.label("web-b (overlaps web-a)");
      await ui.prop("cidrBlock", "10.0.0.128/25");
      // Outside the VPC's 10.0.0.0/16.
      await ui.drop("aws.subnet", { x: 80, y: 416 }, { id: "subnet-3", parent: "az-1" });
      await ui.label("outside (not in 10.0.0.0/16)");
      await ui.prop("cidrBlock", "10.1.0.0/24");
      // Drawn straight in the VPC, in no Availability Zone.
      await ui.drop("aws.subnet", { x: 808, y: 168 }, { id: "subnet-4", parent: "vpc-1" });
      await ui.label("no-zone");
      await ui.prop("cidrBlock", "10.0.2.0/24");
    },
    nodes: [
      ["region-1", "aws.region", null],
      ["vpc-1", "aws.vpc", "region-1"],
      ["az-1", "aws.availability-zone", "vpc-1"],
      ["az-2", "aws.availability-zone", "vpc-1"],
      ["subnet-1", "aws.subnet", "az-1"],
      ["subnet-2", "aws.subnet", "az-2"],
      ["subnet-3", "aws.subnet", "az-1"],
      ["subnet-4", "aws.subnet", "vpc-1"],
    ],
    edges: [],
  },

  "serverless-api": {
    async build(ui) {
      await ui.rename("Serverless API: API Gateway, Lambda, DynamoDB, S3 events and SQS");
      await ui.drop("aws.region", { x: 0, y: 0 }, { id: "region-1", parent: null });
      await ui.resize("region-1", 760, 520);
      await ui.fitView();
      await ui.label("us-east-1");

      await ui.drop("aws.api-gateway", { x: 160, y: 136 }, { id: "api-1", parent: "region-1" });
      await ui.label("orders-api");
      await ui.prop("apiType", "HTTP");
      await ui.drop("aws.s3-bucket", { x: 384, y: 136 }, { id: "bucket-1", parent: "region-1" });
      await ui.label("uploads");
      await ui.drop("aws.sqs-queue", { x: 608, y: 136 }, { id: "queue-1", parent: "region-1" });
      await ui.label("jobs");
      await ui.drop("aws.lambda", { x: 384, y: 296 }, { id: "fn-1", parent: "region-1" });
      await ui.label("orders-handler");
      await ui.drop("aws.dynamodb-table", { x: 384, y: 440 }, { id: "ddb-1", parent: "region-1" });
      await ui.label("orders");
      await ui.prop("partitionKey", "orderId");

      await ui.connect("api-1", "fn-1", "invocation");
      await ui.connect("bucket-1", "fn-1", "invocation");
      await ui.connect("queue-1", "fn-1", "invocation");
      await ui.connect("fn-1", "ddb-1", "connection");
    },
    nodes: [
      ["region-1", "aws.region", null],
      ["api-1", "aws.api-gateway", "region-1"],
      ["bucket-1", "aws.s3-bucket", "region-1"],
      ["queue-1", "aws.sqs-queue", "region-1"],
      ["fn-1", "aws.lambda", "region-1"],
      ["ddb-1", "aws.dynamodb-table", "region-1"],
    ],
    edges: [
      ["invocation", "api-1", "fn-1"],
      ["invocation", "bucket-1", "fn-1"],
      ["invocation", "queue-1", "fn-1"],
      ["connection", "fn-1", "ddb-1"],
    ],
  },
};

/** The exported file must hold exactly the listed nodes (kind, container) and relations. */
function checkStructure(name, file, example) {
  const diagram = JSON.parse(readFileSync(file, "utf8"));
  const got = diagram.nodes.map((n) => [n.id, n.kind, n.parent]);
  const gotEdges = diagram.edges.map((e) => [e.kind, e.source, e.target]);
  const same = (a, b) => JSON.stringify([...a].map(String).sort()) === JSON.stringify([...b].map(String).sort());
  if (!same(got, example.nodes) || !same(gotEdges, example.edges)) {
    throw new Error(
      `${name}: the export does not have the intended structure\n got nodes ${JSON.stringify(got)}\n got edges ${JSON.stringify(gotEdges)}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Server and browser

async function startServer() {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    throw new Error("No production build in .next: run `npm run build` first.");
  }
  const server = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(PORT)], {
    cwd: ROOT,
    detached: true, // its own process group, so stopping it stops everything it started
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  let output = "";
  server.stdout.on("data", (d) => (output += d));
  server.stderr.on("data", (d) => (output += d));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`next start exited (${server.exitCode}):\n${output}`);
    try {
      const res = await fetch(BASE);
      if (res.ok) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      stopServer(server);
      throw new Error(`next start did not answer on ${BASE}:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

function stopServer(server) {
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {
    // already gone
  }
}

async function main() {
  const wanted = process.argv.slice(2);
  for (const name of wanted) if (!(name in EXAMPLES)) throw new Error(`unknown example ${name}; known: ${Object.keys(EXAMPLES).join(", ")}`);
  const names = wanted.length > 0 ? wanted : Object.keys(EXAMPLES);
  const executablePath = findChromium();
  if (!executablePath) throw new Error(HOW_TO_GET_CHROMIUM);
  mkdirSync(OUT, { recursive: true });

  const server = await startServer();
  // Ctrl-C must not leave the server (in its own process group) running.
  const onSignal = () => {
    stopServer(server);
    process.exit(130);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  let browser;
  try {
    browser = await chromium.launch({
      executablePath,
      args: CHROMIUM_ARGS,
    });
    for (const name of names) {
      // A fresh profile each time: no autosaved diagram, ids start at 1.
      const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true, baseURL: BASE });
      const page = await context.newPage();
      const problems = [];
      page.on("console", (m) => {
        if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
      try {
        await page.goto("/");
        await page.getByRole("region", { name: "Diagram canvas" }).waitFor();
        await EXAMPLES[name].build(editor(page));
        // Saved aside first: a file that fails the checks never replaces a good example.
        const file = path.join(OUT, `${name}.json`);
        const partial = path.join(OUT, `.${name}.json.partial`);
        try {
          await editor(page).exportTo(partial);
          checkStructure(name, partial, EXAMPLES[name]);
          if (problems.length > 0) throw new Error(`the page reported problems:\n${problems.join("\n")}`);
          renameSync(partial, file);
        } finally {
          rmSync(partial, { force: true });
        }
        console.log(`wrote ${path.relative(ROOT, file)}`);
      } catch (error) {
        const shot = path.join(ROOT, "test-results", `make-examples-${name}-failure.png`);
        mkdirSync(path.dirname(shot), { recursive: true });
        await page.screenshot({ path: shot }).catch(() => {});
        console.error(`${name}: failed (screenshot: ${path.relative(ROOT, shot)})`);
        throw error;
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser?.close();
    stopServer(server);
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
