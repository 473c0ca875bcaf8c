import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/**
 * The editor route's first-load JavaScript, gzip: every script the prerendered page of `/` references,
 * read from the production build. Returns null when there is no build to measure.
 */
export function editorFirstLoadJs(root: string, distDir = process.env.NEXT_DIST_DIR ?? ".next"): { files: number; gzipBytes: number } | null {
  const html = path.join(root, distDir, "server/app/index.html");
  if (!existsSync(html)) return null;
  const sources = new Set([...readFileSync(html, "utf8").matchAll(/<script[^>]*\ssrc="\/_next\/([^"]+\.js)"/g)].map((m) => m[1]!));
  let gzipBytes = 0;
  for (const source of sources) gzipBytes += gzipSync(readFileSync(path.join(root, distDir, source))).length;
  return { files: sources.size, gzipBytes };
}
