import type { NextConfig } from "next";
import path from "node:path";

const root = path.dirname(new URL(import.meta.url).pathname);
const dev = process.env.NODE_ENV === "development";

/**
 * Content-Security-Policy, as strict as the app allows.
 *
 * script-src needs 'unsafe-inline': Next's App Router streams the RSC payload and its bootstrap as
 * inline <script> tags (`self.__next_f.push(...)`) whose content differs per page and per build, so
 * hashes cannot be listed here. The only stricter alternative is a per-request nonce set from a
 * proxy (middleware), which forces every page to render dynamically (no static prerendering,
 * no caching) for no gain in this app: it never renders user text as HTML (React escapes labels,
 * tests/e2e/security.spec.ts checks it), loads no third-party script, and 'unsafe-eval' stays off
 * in production. Development adds 'unsafe-eval' because React's dev build rebuilds call stacks
 * with eval. style-src needs 'unsafe-inline' because React Flow positions nodes with inline styles.
 * Workers (the engine and ELK layout) are same-origin scripts; blob: covers bundlers that wrap them.
 */
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  `connect-src 'self'${dev ? " ws: wss:" : ""}`,
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join("; ");

const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: csp },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Frame-Options", value: "DENY" },
  // The app uses none of these; clipboard access is granted per gesture and is not listed.
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

const nextConfig: NextConfig = {
  // A lockfile in a parent folder would otherwise make Next guess the wrong workspace root.
  outputFileTracingRoot: root,
  turbopack: { root },
  // Parallel builds (several engineers, one machine) each get their own output folder.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
