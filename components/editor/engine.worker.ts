/// <reference lib="webworker" />
import { createAnalyzer } from "@/lib/engine/incremental";
import { patchDiagram, type DiagramDelta } from "@/lib/diagram/delta";
import type { Diagram } from "@/lib/diagram/types";

const analyzer = createAnalyzer();
/** The last diagram received: the next arrives as a delta from it (use-analysis.ts), so unchanged objects stay the same. */
let held: Diagram | undefined;

// The engine off the main thread, for diagrams large enough that a check would be felt while editing.
self.onmessage = (event: MessageEvent<{ id: number; diagram?: Diagram; delta?: DiagramDelta }>) => {
  const { id, delta } = event.data;
  try {
    const diagram = delta ? patchDiagram(held!, delta) : event.data.diagram!;
    held = diagram;
    self.postMessage({ id, ok: true, analysis: analyzer.analyze(diagram) });
  } catch (error) {
    self.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
