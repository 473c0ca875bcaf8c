import { emptyDiagram } from "@/lib/diagram/create";
import type { Diagram } from "@/lib/diagram/types";
import type { Lang } from "@/lib/i18n/text";
import type { ImportReport } from "@/lib/import/report";
import { uiText } from "@/lib/i18n/ui";
import { newDiagramId, storageError, type DiagramLibrary } from "@/lib/storage/library";
import { openLibrary } from "@/lib/storage/idb";
import { loadAutosave } from "./autosave";
import type { Notice } from "./notices";

export type BootNotice = Omit<Notice, "id">;

/** The open diagram and where it is saved: a new session (fresh undo history) begins with each one. */
export interface Session {
  diagram: Diagram;
  /** Its entry in the library, created on first save when `stored` is false. */
  id: string;
  stored: boolean;
  notices: BootNotice[];
  /** Set when the diagram was just imported from a CloudFormation or SAM template: shown once, on open. */
  importReport?: ImportReport;
}

export interface Boot extends Session {
  /** Counts sessions, so opening another diagram remounts the editor with its own history. */
  session: number;
  lang: Lang;
  library: DiagramLibrary;
}

/** An empty, unnamed diagram is not worth a library entry until something is added or named. */
export function isBlank(diagram: Diagram): boolean {
  return diagram.nodes.length === 0 && diagram.edges.length === 0 && diagram.name === emptyDiagram().name;
}

export function newSession(diagram: Diagram = emptyDiagram()): Session {
  return { diagram, id: newDiagramId(), stored: false, notices: [] };
}

/**
 * The diagram to open: the crash-recovery copy, else its library entry, else the most recently
 * changed saved diagram, else an empty one; then a shared link's diagram, if the address holds one.
 */
export async function bootSession(library: DiagramLibrary, hash: string): Promise<Session> {
  const notices: BootNotice[] = [];
  if (!library.persistent) notices.push({ tone: "info", message: uiText("libraryInMemory", { reason: library.reason ?? "" }) });
  const saved = loadAutosave();
  if (saved.diagram === null && saved.unreadable) notices.push({ tone: "error", message: uiText("recoveredFailed") });
  let session: Session = saved.diagram ? { diagram: saved.diagram, id: saved.id ?? newDiagramId(), stored: false, notices } : { ...newSession(), notices };
  try {
    const list = await library.list();
    if (saved.diagram) session.stored = list.some((s) => s.id === session.id);
    else {
      const entry = list.find((s) => s.id === saved.id) ?? list[0];
      const opened = entry ? await library.open(entry.id) : null;
      if (opened?.ok) session = { diagram: opened.diagram, id: opened.summary.id, stored: true, notices };
    }
  } catch (error) {
    notices.push({ tone: "error", message: storageError(error).text });
  }
  // The link reader (and its decompressor) loads only when the address has a fragment to read.
  const payload = hash.length > 1 ? (await import("@/lib/share")).shareFragmentPayload(hash) : null;
  return payload === null ? session : openShared(library, session, payload);
}

/** A shared link's diagram as a new session, or why the link cannot be opened. */
export async function sessionFromLink(payload: string): Promise<{ ok: true; session: Session } | { ok: false; notice: BootNotice }> {
  const { decodeShare } = await import("@/lib/share");
  const shared = decodeShare(payload);
  if (!shared.ok) return { ok: false, notice: { tone: "error", message: uiText("shareOpenFailed"), details: shared.errors } };
  return { ok: true, session: { ...newSession(shared.diagram), notices: [{ tone: "info", message: uiText("shareOpened", { name: shared.diagram.name }) }] } };
}

/** Opens a shared link's diagram as a new entry, once the current one is safe in the library. */
async function openShared(library: DiagramLibrary, current: Session, payload: string): Promise<Session> {
  const link = await sessionFromLink(payload);
  if (!link.ok) return { ...current, notices: [...current.notices, link.notice] };
  if (!isBlank(current.diagram)) {
    try {
      await library.save(current.id, current.diagram);
    } catch (error) {
      const notice: BootNotice = { tone: "error", message: uiText("shareNotOpenedUnsaved", { problem: storageError(error).text }) };
      return { ...current, notices: [...current.notices, notice] };
    }
  }
  return { ...link.session, notices: [...current.notices, ...link.session.notices] };
}

/** Takes `#d=…` out of the address once read, so a reload or an edit does not open the link again. */
export async function clearShareFragment(): Promise<void> {
  if (window.location.hash.length <= 1 || (await import("@/lib/share")).shareFragmentPayload(window.location.hash) === null) return;
  window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
}

export async function bootEditor(lang: Lang): Promise<Boot> {
  const library = await openLibrary();
  const session = await bootSession(library, window.location.hash);
  return { ...session, session: 0, lang, library };
}
