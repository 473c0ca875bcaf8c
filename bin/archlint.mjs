#!/usr/bin/env node
// The `archlint` command. The real program is bundled into dist/archlint.mjs by
// `npm run build:cli` (npm install runs it through "prepare"); this file only loads it.
import { existsSync } from "node:fs";

const bundle = new URL("../dist/archlint.mjs", import.meta.url);

if (!existsSync(bundle)) {
  process.stderr.write("archlint is not built yet: run `npm run build:cli` (npm install does it)\n");
  process.exitCode = 2;
} else {
  try {
    await import(bundle.href);
  } catch (error) {
    process.stderr.write(
      `archlint: could not load dist/archlint.mjs (${error instanceof Error ? error.message : String(error)}); rebuild it with \`npm run build:cli\`\n`,
    );
    process.exitCode = 2;
  }
}
