/** What the editor's main thread uses of the engine, in one chunk loaded by engine-loader.ts. */
export { analyze } from "@/lib/engine/analyze";
export { createAnalyzer } from "@/lib/engine/incremental";
export { profileOf } from "@/lib/network/reachability";
