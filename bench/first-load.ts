import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/**
 * The editor route's first-load JavaScript, gzip: every script the prerendered page of `/` references,
 * read from the production build, except `noModule` ones (the legacy polyfills, which browsers that
 * run modules never download). Nothing else loads before the canvas is up: tests/e2e/first-load.spec.ts
 * checks in Chromium that every script fetched before then is one of these. Returns null when there
 * is no build to measure.
 */
export function editorFirstLoadJs(root: string, distDir = process.env.NEXT_DIST_DIR ?? ".next"): { files: number; gzipBytes: number } | null {
  const html = path.join(root, distDir, "server/app/index.html");
  if (!existsSync(html)) return null;
  const sources = new Set(firstLoadScripts(readFileSync(html, "utf8")));
  let gzipBytes = 0;
  for (const source of sources) gzipBytes += gzipSync(readFileSync(path.join(root, distDir, source))).length;
  return { files: sources.size, gzipBytes };
}

/** The scripts (paths under /_next/) an HTML page makes a module-capable browser download. */
export function firstLoadScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>/g)].flatMap(([, attributes]) => {
    const source = /\ssrc="\/_next\/([^"]+\.js)"/.exec(attributes!);
    return source && !/\snomodule\b/i.test(attributes!) ? [source[1]!] : [];
  });
}
