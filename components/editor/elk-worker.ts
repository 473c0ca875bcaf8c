import ELK from "elkjs/lib/elk-api";
import type { DiagramOp } from "@/lib/diagram/ops";
import type { Diagram } from "@/lib/diagram/types";
import { autoLayout, type ElkEngine } from "@/lib/layout/elk-graph";

// Loaded only through `import()` when a person first asks for an auto-layout: elkjs (≈ 480 KB gzip)
// stays out of the editor's first load, and the layout runs in a worker so the page keeps responding.
let engine: ElkEngine | undefined;

export function layoutInWorker(diagram: Diagram): Promise<DiagramOp[]> {
  engine ??= new ELK({
    workerFactory: () => new Worker(new URL("elkjs/lib/elk-worker.min.js", import.meta.url)),
  }) as unknown as ElkEngine;
  return autoLayout(diagram, engine);
}
