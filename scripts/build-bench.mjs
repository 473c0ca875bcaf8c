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
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});
