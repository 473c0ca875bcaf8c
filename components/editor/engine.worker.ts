/// <reference lib="webworker" />
import { analyze } from "@/lib/engine/analyze";
import type { Diagram } from "@/lib/diagram/types";

// The engine off the main thread, for diagrams large enough that a check would be felt while editing.
self.onmessage = (event: MessageEvent<{ id: number; diagram: Diagram }>) => {
  const { id, diagram } = event.data;
  try {
    self.postMessage({ id, ok: true, analysis: analyze(diagram) });
  } catch (error) {
    self.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
