import type { NextConfig } from "next";
import path from "node:path";

const root = path.dirname(new URL(import.meta.url).pathname);

const nextConfig: NextConfig = {
  // A lockfile in a parent folder would otherwise make Next guess the wrong workspace root.
  outputFileTracingRoot: root,
  turbopack: { root },
  // Parallel builds (several engineers, one machine) each get their own output folder.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
