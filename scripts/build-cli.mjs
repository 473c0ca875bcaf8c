// Bundles the `archlint` command (cli/entry.ts) into one ESM file, dist/archlint.mjs, that
// bin/archlint.mjs loads. Run by `npm run build:cli` and by npm's `prepare` (npm install / npm ci).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outfile = path.join(root, "dist", "archlint.mjs");
const asPrepare = process.env.npm_lifecycle_event === "prepare";

let esbuild;
try {
  esbuild = await import("esbuild");
} catch {
  // `npm ci --omit=dev` runs prepare without dev dependencies; the app must still install.
  const message = "archlint: esbuild is not installed (a dev dependency), so the CLI was not built.";
  console.error(asPrepare ? `${message} Skipping.` : message);
  process.exit(asPrepare ? 0 : 1);
}

mkdirSync(path.dirname(outfile), { recursive: true });
try {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [path.join(root, "cli", "entry.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    tsconfig: path.join(root, "tsconfig.json"),
    // Bundled CommonJS dependencies call require(); an ES module has none of its own.
    banner: { js: 'import { createRequire as __archlintCreateRequire } from "node:module";\nconst require = __archlintCreateRequire(import.meta.url);' },
    legalComments: "none",
    metafile: true,
    logLevel: "warning",
  });
  const bytes = result.metafile.outputs[path.relative(root, outfile).split(path.sep).join("/")]?.bytes;
  console.log(`built ${path.relative(root, outfile)}${bytes ? ` (${Math.round(bytes / 1024)} kB)` : ""}`);
} catch {
  // esbuild has already printed the errors.
  process.exit(1);
}
