"use client";
import { useCallback, useEffect, useState } from "react";
import type { Diagram } from "@/lib/diagram/types";
import { LIMITS } from "@/lib/diagram/types";
import type { ParseError } from "@/lib/diagram/parse";
import { format, type Text } from "@/lib/i18n/text";
import { uiText } from "@/lib/i18n/ui";
import { storageError, type DiagramLibrary, type DiagramSummary } from "@/lib/storage/library";
import { newSession, type Session } from "./boot";
import { useLang, useT } from "./lang";
import { Modal } from "./modal";

interface Props {
  library: DiagramLibrary;
  currentId: string;
  current: Diagram;
  onClose(): void;
  /** Saves the open diagram, then opens `next`; `discardCurrent` when the open one was just deleted. */
  switchTo(next: Session, options?: { discardCurrent?: boolean }): Promise<boolean>;
  saveCurrent(): Promise<boolean>;
  renameCurrent(name: string): void;
  notify(message: Text, tone?: "error" | "info", details?: ParseError[]): void;
}

type Pending = { id: string; action: "rename"; name: string } | { id: string; action: "delete" } | null;

/** Every diagram saved in this browser, with open, rename, duplicate, delete and new. */
export function DiagramsDialog({ library, currentId, current, onClose, switchTo, saveCurrent, renameCurrent, notify }: Props) {
  const t = useT();
  const lang = useLang();
  const [list, setList] = useState<DiagramSummary[] | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async () => {
    try {
      await saveCurrent();
      setList(await library.list());
    } catch (error) {
      notify(storageError(error).text);
      setList([]);
    }
  }, [library, notify, saveCurrent]);
  useEffect(() => void refresh(), [refresh]);

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      notify(storageError(error).text);
    } finally {
      setBusy(false);
      setPending(null);
    }
    await refresh();
  };

  const open = (id: string) =>
    run(async () => {
      const opened = await library.open(id);
      if (!opened.ok) {
        notify(uiText("libraryOpenFailed"), "error", opened.errors);
        return;
      }
      await switchTo({ diagram: opened.diagram, id, stored: true, notices: [] });
    });

  const rename = (id: string, name: string) =>
    run(async () => {
      const clean = name.trim().slice(0, LIMITS.maxLabelLength);
      if (!clean) return;
      if (id === currentId) {
        renameCurrent(clean);
        return;
      }
      await library.rename(id, clean);
    });

  const duplicate = (summary: DiagramSummary) =>
    run(async () => {
      if (summary.id === currentId && !(await saveCurrent())) return;
      const suffix = format(t("copyName"), { name: "" });
      await library.duplicate(summary.id, `${nameOf(summary).slice(0, LIMITS.maxLabelLength - suffix.length)}${suffix}`);
    });

  const remove = (id: string) =>
    run(async () => {
      await library.remove(id);
      if (id !== currentId) return;
      const next = (await library.list())[0];
      const opened = next ? await library.open(next.id) : null;
      const session = opened?.ok ? { diagram: opened.diagram, id: opened.summary.id, stored: true, notices: [] } : newSession();
      await switchTo(session, { discardCurrent: true });
    });

  const nameOf = (s: DiagramSummary) => (s.id === currentId ? current.name : s.name);
  const when = (iso: string) =>
    new Date(iso).toLocaleString(lang === "ko" ? "ko-KR" : "en-US", { dateStyle: "medium", timeStyle: "short" });

  return (
    <Modal title={t("diagrams")} onClose={onClose} className="diagrams-dialog">
      {!library.persistent ? <p className="modal-note">{format(t("libraryInMemory"), { reason: library.reason ?? "" })}</p> : null}
      <div className="diagrams-actions">
        <button type="button" disabled={busy} onClick={() => void run(() => switchTo(newSession()))}>
          {t("newDiagram")}
        </button>
      </div>
      {list === null ? (
        <p className="modal-note">…</p>
      ) : list.length === 0 ? (
        <p className="modal-note">{t("noSavedDiagrams")}</p>
      ) : (
        <ul className="diagram-list" aria-label={t("savedDiagrams")}>
          {list.map((summary) => {
            const isCurrent = summary.id === currentId;
            const name = nameOf(summary);
            const nodes = isCurrent ? current.nodes.length : summary.nodeCount;
            const nameId = `diagram-name-${summary.id}`;
            return (
              <li key={summary.id} className={`diagram-entry${isCurrent ? " is-current" : ""}`} data-id={summary.id} aria-current={isCurrent || undefined}>
                {pending?.id === summary.id && pending.action === "rename" ? (
                  <form
                    className="diagram-rename"
                    onSubmit={(e) => {
                      e.preventDefault();
                      void rename(summary.id, pending.name);
                    }}
                  >
                    <input
                      aria-label={t("newName")}
                      value={pending.name}
                      maxLength={LIMITS.maxLabelLength}
                      autoFocus
                      onChange={(e) => setPending({ ...pending, name: e.target.value })}
                      onKeyDown={(e) => {
                        if (e.key !== "Escape") return;
                        e.preventDefault();
                        e.stopPropagation();
                        setPending(null);
                      }}
                    />
                    <button type="submit" disabled={busy}>{t("save")}</button>
                    <button type="button" onClick={() => setPending(null)}>{t("cancel")}</button>
                  </form>
                ) : (
                  <div className="diagram-info">
                    <strong id={nameId} className="diagram-entry-name">{name}</strong>
                    {isCurrent ? <span className="diagram-open-badge">{t("openNow")}</span> : null}
                    <span className="diagram-meta">
                      {format(t("resourceCount"), { count: nodes })} · {format(t("updatedAt"), { when: when(summary.updatedAt) })}
                    </span>
                  </div>
                )}
                {pending?.id === summary.id && pending.action === "delete" ? (
                  <div className="diagram-confirm" role="group" aria-label={t("confirmDelete")}>
                    <span>{format(t("confirmDeleteNamed"), { name })}</span>
                    <button type="button" className="danger" disabled={busy} autoFocus onClick={() => void remove(summary.id)}>
                      {t("deleteForGood")}
                    </button>
                    <button type="button" onClick={() => setPending(null)}>{t("cancel")}</button>
                  </div>
                ) : pending?.id !== summary.id ? (
                  <div className="diagram-buttons" aria-describedby={nameId}>
                    <button type="button" disabled={busy || isCurrent} aria-describedby={nameId} onClick={() => void open(summary.id)}>
                      {t("open")}
                    </button>
                    <button type="button" disabled={busy} aria-describedby={nameId} onClick={() => setPending({ id: summary.id, action: "rename", name })}>
                      {t("rename")}
                    </button>
                    <button type="button" disabled={busy} aria-describedby={nameId} onClick={() => void duplicate(summary)}>
                      {t("duplicate")}
                    </button>
                    <button type="button" disabled={busy} aria-describedby={nameId} onClick={() => setPending({ id: summary.id, action: "delete" })}>
                      {t("deleteSelected")}
                    </button>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </Modal>
  );
}
