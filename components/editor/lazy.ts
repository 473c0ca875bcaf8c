"use client";
import { lazy } from "react";

/**
 * Parts of the editor that no first paint needs: the dialogs, the inspector's property form and
 * network panel, and the problem list (which has nothing to show before the engine has run). Each is
 * its own chunk, fetched on first use, and all of them once the browser is idle after the engine has
 * loaded (`prefetchWhenIdle`), so a first click rarely waits.
 */
const loaders = {
  templates: () => import("./templates-dialog").then((m) => ({ default: m.TemplatesDialog })),
  diagrams: () => import("./diagrams-dialog").then((m) => ({ default: m.DiagramsDialog })),
  share: () => import("./share-dialog").then((m) => ({ default: m.ShareDialog })),
  shortcuts: () => import("./shortcuts").then((m) => ({ default: m.ShortcutsDialog })),
  importReport: () => import("./import-report-dialog").then((m) => ({ default: m.ImportReportDialog })),
  schemaForm: () => import("./schema-form").then((m) => ({ default: m.SchemaForm })),
  networkPanel: () => import("./network-panel").then((m) => ({ default: m.NetworkPanel })),
  problemList: () => import("./problem-list").then((m) => ({ default: m.ProblemList })),
};

export const TemplatesDialog = lazy(loaders.templates);
export const DiagramsDialog = lazy(loaders.diagrams);
export const ShareDialog = lazy(loaders.share);
export const ShortcutsDialog = lazy(loaders.shortcuts);
export const ImportReportDialog = lazy(loaders.importReport);
export const SchemaForm = lazy(loaders.schemaForm);
export const NetworkPanel = lazy(loaders.networkPanel);
export const ProblemList = lazy(loaders.problemList);

/** Starts fetching one part's chunk now, ahead of its first render. */
export function preload(part: keyof typeof loaders): void {
  loaders[part]().catch(() => undefined);
}

let prefetched = false;

/** Warms every lazy part's chunk once the page has nothing else to do; a failed fetch is retried on use. */
export function prefetchWhenIdle(): void {
  if (prefetched || typeof window === "undefined") return;
  prefetched = true;
  const run = () => {
    for (const load of Object.values(loaders)) load().catch(() => undefined);
  };
  if ("requestIdleCallback" in window) window.requestIdleCallback(run, { timeout: 5_000 });
  else setTimeout(run, 1_000);
}
