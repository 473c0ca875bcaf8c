"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useReactFlow } from "@xyflow/react";
import type { DiagramOp } from "@/lib/diagram/ops";
import type { Diagram } from "@/lib/diagram/types";
import type { Text } from "@/lib/i18n/text";
import { translate } from "@/lib/i18n/ui";

/**
 * Auto-layout: ELK arranges the whole diagram in a worker and the result lands as one `apply`, so
 * one Ctrl+Z puts every box back. Shift+L runs it too. While it runs, `busy` is true and a second
 * request is ignored; the rest of the page keeps working.
 */
export function useAutoLayout(diagram: Diagram, apply: (ops: DiagramOp[]) => void, notify: (message: Text) => void) {
  const flow = useReactFlow();
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const latest = useRef(diagram);
  latest.current = diagram;

  const run = useCallback(async () => {
    if (running.current || latest.current.nodes.length === 0) return;
    running.current = true;
    setBusy(true);
    try {
      const { layoutInWorker } = await import("./elk-worker");
      const ops = await layoutInWorker(latest.current);
      apply(ops);
      window.requestAnimationFrame(() => flow.fitView({ padding: 0.1, duration: 300 }));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      notify({ en: `${translate("en", "autoLayoutFailed")}: ${reason}`, ko: `${translate("ko", "autoLayoutFailed")}: ${reason}` });
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, [apply, flow, notify]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT" || target.isContentEditable)) return;
      if (target?.closest?.("dialog")) return;
      if (!event.shiftKey || event.ctrlKey || event.metaKey || event.altKey || event.key.toLowerCase() !== "l") return;
      event.preventDefault();
      void run();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [run]);

  return { busy, run };
}
