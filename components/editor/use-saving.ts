"use client";
import { useCallback, useEffect, useMemo, useRef } from "react";
import type { Diagram } from "@/lib/diagram/types";
import type { Text } from "@/lib/i18n/text";
import { storageError, type DiagramLibrary, type StorageError } from "@/lib/storage/library";
import { saveAutosave } from "./autosave";
import { isBlank } from "./boot";

const DEBOUNCE_MS = 300;
/** Up to this size the crash-recovery copy is written on every change. */
const LOCAL_AT_ONCE_MAX_NODES = 2_000;

interface Options {
  library: DiagramLibrary;
  id: string;
  /** Whether the library already holds an entry under `id`. */
  stored: boolean;
  diagram: Diagram;
  notify(message: Text, tone?: "error" | "info"): void;
}

export interface Saving {
  /** Writes the diagram now; false when the library refused it (the person has been told why). */
  saveNow(): Promise<boolean>;
  /** No more writes under this id: its entry was deleted, or another diagram replaces this session. */
  stop(): void;
}

/**
 * Autosave into the diagram's library entry and the crash-recovery copy, debounced so typing does
 * not write on every key; a pending save is written at once when the page is hidden or the editor
 * closes. A refusal (a full storage above all) is reported once, until a save succeeds again.
 */
export function useSaving({ library, id, stored, diagram, notify }: Options): Saving {
  const latest = useRef(diagram);
  latest.current = diagram;
  const inLibrary = useRef(stored);
  const stopped = useRef(false);
  const unsaved = useRef(false);
  const reported = useRef<string | null>(null);

  const report = useCallback(
    (problem: StorageError | null) => {
      if (!problem) {
        reported.current = null;
        return;
      }
      if (reported.current === problem.text.en) return;
      reported.current = problem.text.en;
      notify(problem.text);
    },
    [notify],
  );

  // The diagram whose crash-recovery copy was last written without a problem: the debounced save then
  // need not serialize and write the same diagram again.
  const localCopy = useRef<{ diagram: Diagram; id: string } | null>(null);
  const writeLocal = useCallback(
    (diagram: Diagram): StorageError | null => {
      if (localCopy.current?.diagram === diagram && localCopy.current.id === id) return null;
      const problem = saveAutosave(diagram, id);
      localCopy.current = problem ? null : { diagram, id };
      return problem;
    },
    [id],
  );

  const saveNow = useCallback(async () => {
    if (stopped.current) return true;
    unsaved.current = false;
    const current = latest.current;
    const local = writeLocal(current);
    if (!inLibrary.current && isBlank(current)) {
      report(local);
      return true;
    }
    try {
      await library.save(id, current);
      inLibrary.current = true;
      report(local);
      return true;
    } catch (error) {
      report(storageError(error));
      return false;
    }
  }, [id, library, report, writeLocal]);

  useEffect(() => {
    unsaved.current = true;
    // The crash-recovery copy is written at once, not debounced: localStorage is synchronous, so an
    // edit survives a tab killed a moment later (pagehide never fires then). About 1 ms per 1,000
    // nodes, after paint; larger diagrams wait for the debounced save like the library entry.
    if (!stopped.current && diagram.nodes.length <= LOCAL_AT_ONCE_MAX_NODES) {
      const problem = writeLocal(diagram);
      if (problem) report(problem);
    }
    const timer = window.setTimeout(() => void saveNow(), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [diagram, report, saveNow, writeLocal]);

  useEffect(() => {
    const flush = () => {
      if (unsaved.current) void saveNow();
    };
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, [saveNow]);

  const stop = useCallback(() => {
    stopped.current = true;
  }, []);
  return useMemo(() => ({ saveNow, stop }), [saveNow, stop]);
}
