// Bundles the benchmarks (TypeScript) into one Node script, as the CLI is bundled.
import { build } from "esbuild";
await build({
  entryPoints: ["bench/main.ts"],
  outfile: "dist/bench.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
  // Playwright drives Chromium for the editor figures; it stays a package, not bundled.
  external: ["@playwright/test", "playwright-core"],
  // Aliased: a bundled module (scripts/find-chromium.mjs) imports createRequire under its own name.
  banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
});
