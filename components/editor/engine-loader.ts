"use client";
import { useEffect, useState } from "react";

/**
 * The engine as the editor's main thread sees it: every rule, the reachability analysis and the
 * profile lookup. It is the largest part of the editor's code and the first paint of the canvas needs
 * none of it, so it loads once the canvas is up (see `useEngine`), never with the page.
 */
export type EngineModule = typeof import("./engine-entry");

let loading: Promise<EngineModule> | null = null;
let loaded: EngineModule | null = null;

export function loadEngine(): Promise<EngineModule> {
  loading ??= import("./engine-entry").then((engine) => (loaded = engine));
  return loading;
}

/**
 * The engine, or null until its code has arrived. The request starts when the first component using
 * this mounts, after the canvas's first paint; later editors (another diagram opened) get it at once.
 */
export function useEngine(): EngineModule | null {
  const [engine, setEngine] = useState<EngineModule | null>(loaded);
  useEffect(() => {
    if (engine) return;
    let live = true;
    loadEngine().then(
      (ready) => live && setEngine(ready),
      // A failed download (offline, a deploy replaced the chunks) is retried on the next mount.
      () => (loading = null),
    );
    return () => {
      live = false;
    };
  }, [engine]);
  return engine;
}
