// Finds a Chromium for the browser tests: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then
// Playwright's own download if one exists. Nothing is downloaded here: this machine cannot.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium"];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require("@playwright/test");
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here; fall through to the advice below.
  }
  return null;
}

/** As root, headless and offline: without the background-networking flags Chromium keeps dialling out. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const HOW_TO_GET_CHROMIUM = [
  "No Chromium found for the browser tests.",
  "Install one, then run the tests again:",
  "  Debian/Ubuntu:  sudo apt-get install -y chromium        (gives /usr/bin/chromium)",
  "  elsewhere:      npx playwright install chromium         (where downloads are allowed)",
  "  or point to one: CHROMIUM_PATH=/path/to/chromium npm test",
].join("\n");

// Run as a script, not bundled into another (dist/bench.mjs imports it: its import.meta.url is the bundle's).
if (import.meta.url === `file://${process.argv[1]}` && process.argv[1]?.endsWith("find-chromium.mjs")) {
  const found = findChromium();
  if (!found) {
    console.error(HOW_TO_GET_CHROMIUM);
    process.exit(1);
  }
  console.log(`Browser tests use Chromium at ${found}`);
}
