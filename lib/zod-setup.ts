import { z } from "zod";

/**
 * Zod compiles object parsers with `new Function` when it can. The app's Content-Security-Policy
 * has no 'unsafe-eval' (next.config.ts), so in the browser that is blocked, and even Zod's probe for
 * it is reported as a CSP violation. Outside Node (the page and its workers) schemas are therefore
 * interpreted ("jitless"); Node (CLI, API route, tests) keeps the compiled path.
 *
 * Imported first by every module that builds schemas at load time (lib/kinds, lib/diagram/parse),
 * because Zod reads the setting when a schema is created.
 */
const inNode = typeof process !== "undefined" && typeof process.versions?.node === "string";
if (!inNode) z.config({ jitless: true });
