"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Analysis } from "@/lib/engine/analyze";
import type { Diagram } from "@/lib/diagram/types";
import { useEngine } from "./engine-loader";
import { diffDiagram } from "@/lib/diagram/delta";

/**
 * Below this many nodes a check takes a few milliseconds (BENCHMARKS.md), so it runs in the render
 * and the problems panel is never a frame behind; above it the engine runs in a Web Worker and the
 * last results stay on screen, marked as checking, until the new ones arrive. The engine's code
 * itself loads once the canvas is up (engine-loader.ts): until then the panel says it is checking.
 */
export const WORKER_THRESHOLD = 1_500;

const EMPTY: Analysis = { findings: [], reach: { subnets: {}, profiles: {}, connections: {} } };

export function useAnalysis(diagram: Diagram): { analysis: Analysis; checking: boolean } {
  const large = diagram.nodes.length > WORKER_THRESHOLD;
  const engine = useEngine();
  // Incremental: each edit re-checks only the parts of the diagram it touched (lib/engine/incremental.ts).
  const analyzer = useMemo(() => engine?.createAnalyzer() ?? null, [engine]);
  const inline = useMemo(() => (large || !analyzer ? null : analyzer.analyze(diagram)), [diagram, large, analyzer]);
  const [remote, setRemote] = useState<{ analysis: Analysis; diagram: Diagram } | null>(null);
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const pending = useRef<Diagram | null>(null);
  // The diagram the worker holds: later ones are sent as deltas from it, keeping its unchanged objects.
  const sent = useRef<Diagram | null>(null);

  useEffect(() => {
    if (!large) return;
    if (!worker.current) {
      worker.current = new Worker(new URL("./engine.worker.ts", import.meta.url), { type: "module" });
      sent.current = null;
      worker.current.onmessage = (event: MessageEvent<{ id: number; ok: boolean; analysis?: Analysis }>) => {
        // Only the answer to the newest request counts; older ones are for diagrams already replaced.
        if (event.data.id !== latest.current || !event.data.ok || !event.data.analysis) return;
        setRemote({ analysis: event.data.analysis, diagram: pending.current! });
      };
    }
    latest.current += 1;
    pending.current = diagram;
    worker.current.postMessage(sent.current ? { id: latest.current, delta: diffDiagram(sent.current, diagram) } : { id: latest.current, diagram });
    sent.current = diagram;
  }, [diagram, large]);

  useEffect(() => () => worker.current?.terminate(), []);

  if (inline) return { analysis: inline, checking: false };
  if (!large) return { analysis: EMPTY, checking: true };
  return { analysis: remote?.analysis ?? EMPTY, checking: remote?.diagram !== diagram };
}
