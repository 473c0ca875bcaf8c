"use client";
import { Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { ReactFlowProvider, useReactFlow } from "@xyflow/react";
import { absolutePositions } from "@/lib/diagram/geometry";
import type { Diagram } from "@/lib/diagram/types";
import { useAnalysis } from "./editor/use-analysis";
import { useEngine } from "./editor/engine-loader";
import type { Finding, Fix } from "@/lib/engine/types";
import type { Lang, Text } from "@/lib/i18n/text";
import { getKind } from "@/lib/kinds";
import { translate, uiText } from "@/lib/i18n/ui";
import { bootEditor, clearShareFragment, newSession, sessionFromLink, type Boot, type Session } from "./editor/boot";
import { importFile } from "./editor/import-file";
import { canvasImage, download, exportJson, exportMarkdown, fileBaseName, type ExportFormat } from "./editor/export";
import { DiagramsDialog, ImportReportDialog, ShareDialog, ShortcutsDialog, TemplatesDialog, prefetchWhenIdle } from "./editor/lazy";
import { useSaving } from "./editor/use-saving";
import { Canvas } from "./editor/canvas";
import { ErrorBoundary } from "./editor/error-boundary";
import { EditorActions, type EditorActionsValue } from "./editor/actions";
import { Header } from "./editor/header";
import { Inspector } from "./editor/inspector";
import { verdictFor, verdictHighlight, type VerdictKey } from "./editor/verdicts";
import { LangContext, initialLang, rememberLang } from "./editor/lang";
import { Notices, type Notice } from "./editor/notices";
import { Palette } from "./editor/palette";
import { placeInto, type PlaceResult } from "./editor/placement";
import { Problems } from "./editor/problems";
import { useHistory } from "./editor/use-history";
import { useAutoLayout } from "./editor/use-auto-layout";
import { Legend } from "./editor/legend";
import { Search } from "./editor/search";
import { ThemeToggle, initialTheme, rememberTheme, type Theme } from "./editor/theme";
import { useEditingKeys } from "./editor/use-editing-keys";

/** Marked (performance.mark) when the editor's canvas has first been committed to the page. */
export const CANVAS_READY_MARK = "archlint:canvas-ready";

/** Waits for the browser before reading saved work, so the server render never disagrees with it. */
export function Editor() {
  const [boot, setBoot] = useState<Boot | null>(null);
  useEffect(() => {
    let live = true;
    void bootEditor(initialLang()).then((next) => {
      if (!live) return;
      void clearShareFragment();
      setBoot(next);
    });
    return () => {
      live = false;
    };
  }, []);
  // Opening another diagram starts a new session: the editor remounts with that diagram's own undo history.
  const onSwitch = useCallback(
    (next: Session, lang: Lang) => setBoot((current) => current && { ...next, lang, library: current.library, session: current.session + 1 }),
    [],
  );
  if (!boot) return <div className="editor-loading">Archlint…</div>;
  return (
    <ReactFlowProvider key={boot.session}>
      <EditorApp boot={boot} onSwitch={onSwitch} />
    </ReactFlowProvider>
  );
}

function EditorApp({ boot, onSwitch }: { boot: Boot; onSwitch(next: Session, lang: Lang): void }) {
  // The canvas is in the page: first-load.spec.ts checks that no script beyond the HTML's loaded before
  // this. A layout effect, so it precedes every passive effect that starts loading the rest (the engine).
  useLayoutEffect(() => {
    performance.mark(CANVAS_READY_MARK);
  }, []);
  const history = useHistory(() => boot.diagram);
  const { diagram, apply, replace, undo, redo } = history;
  const [lang, setLang] = useState<Lang>(boot.lang);
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const [notices, setNotices] = useState<Notice[]>(() => boot.notices.map((notice, id) => ({ ...notice, id })));
  const nextNotice = useRef(boot.notices.length);
  const flow = useReactFlow();

  const {
    analysis: { findings, reach },
    checking,
  } = useAnalysis(diagram);
  const engine = useEngine();
  useEffect(() => {
    if (engine) prefetchWhenIdle();
  }, [engine]);
  const [shownVerdict, setShownVerdict] = useState<VerdictKey>("egress");
  const [firstSelected] = selection;
  const profile = firstSelected && engine ? engine.profileOf(reach, firstSelected) : undefined;
  useEffect(() => setShownVerdict("egress"), [firstSelected]);
  const highlight = useMemo(
    () => (profile ? verdictHighlight(verdictFor(profile, shownVerdict)) : { path: [] }),
    [profile, shownVerdict],
  );

  const notify = useCallback((message: Text, tone: "error" | "info" = "error", details?: Notice["details"]) => {
    const id = nextNotice.current++;
    setNotices((list) => [...list.slice(-3), { id, tone, message, ...(details ? { details } : {}) }]);
    // Information fades on its own; an error stays until the person has read and dismissed it.
    if (tone === "info") window.setTimeout(() => setNotices((list) => list.filter((n) => n.id !== id)), 6_000);
  }, []);

  const saving = useSaving({ library: boot.library, id: boot.id, stored: boot.stored, diagram, notify });
  const [dialog, setDialog] = useState<"diagrams" | "share" | null>(null);
  /** Opens another diagram once the open one is saved (or was just deleted); false if saving it failed. */
  const switchTo = useCallback(
    async (next: Session, options?: { discardCurrent?: boolean }) => {
      if (!options?.discardCurrent && !(await saving.saveNow())) return false;
      saving.stop();
      onSwitch(next, lang);
      return true;
    },
    [lang, onSwitch, saving],
  );
  // A share link pasted into the address bar of an open editor changes only the fragment.
  useEffect(() => {
    const onHash = async () => {
      const { shareFragmentPayload } = await import("@/lib/share");
      const payload = shareFragmentPayload(window.location.hash);
      if (payload === null) return;
      await clearShareFragment();
      const link = await sessionFromLink(payload);
      if (link.ok) void switchTo(link.session);
      else notify(link.notice.message, link.notice.tone, link.notice.details);
    };
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, [notify, switchTo]);

  useEffect(() => {
    document.documentElement.lang = lang;
    rememberLang(lang);
  }, [lang]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT")) return;
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== "z") return;
      event.preventDefault();
      if (event.shiftKey) redo();
      else undo();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [undo, redo]);


  const place = useCallback(
    (placed: PlaceResult) => {
      if (!placed.ok) {
        notify(placed.reason);
        return;
      }
      apply(placed.ops);
      setSelection(new Set([placed.nodeId]));
    },
    [apply, notify],
  );

  const addKind = useCallback(
    (kindId: string) => {
      const [selected] = selection;
      const container = selected ? diagram.nodes.find((n) => n.id === selected && getKind(n.kind)?.container) : undefined;
      let point: { x: number; y: number };
      if (container) {
        const at = absolutePositions(diagram).get(container.id)!;
        const count = diagram.nodes.filter((n) => n.parent === container.id).length;
        point = { x: at.x + 24 + (count % 4) * 90 + 36, y: at.y + 48 + Math.floor(count / 4) * 90 + 36 };
      } else {
        const box = document.querySelector(".canvas")?.getBoundingClientRect();
        point = flow.screenToFlowPosition({ x: (box?.left ?? 0) + (box?.width ?? 800) / 2, y: (box?.top ?? 0) + (box?.height ?? 600) / 2 });
      }
      place(placeInto(diagram, kindId, container, point));
    },
    [diagram, flow, place, selection],
  );

  // An imported file opens as a new diagram in the library; the open one is saved first.
  const onImport = useCallback(
    async (file: File) => {
      const result = await importFile(file);
      if (!result.ok) {
        notify(
          {
            en: `${translate("en", "importFailed")} (${file.name})`,
            ko: `${translate("ko", "importFailed")} (${file.name})`,
          },
          "error",
          result.errors,
        );
        return;
      }
      await switchTo(result.session);
    },
    [notify, switchTo],
  );
  // A template's import report, shown once when its diagram opens.
  const [importReport, setImportReport] = useState(boot.importReport ?? null);

  const onExport = useCallback(
    async (format: ExportFormat) => {
      if (format === "json") return exportJson(diagram);
      if (format === "markdown") return void (await exportMarkdown(diagram, findings, lang));
      const canvas = document.querySelector<HTMLElement>(".canvas");
      if (!canvas || diagram.nodes.length === 0) return notify(uiText("exportEmpty"), "info");
      try {
        download(`${fileBaseName(diagram)}.${format}`, await canvasImage(format, flow.getNodes(), canvas));
      } catch (error) {
        notify(uiText("exportFailed", { problem: error instanceof Error ? error.message : String(error) }));
      }
    },
    [diagram, findings, flow, lang, notify],
  );

  const layout = useAutoLayout(diagram, apply, notify);
  const [templatesOpen, setTemplatesOpen] = useState(false);
  // The gallery keeps its <dialog> once opened (it closes itself); it is not loaded before that.
  const [templatesUsed, setTemplatesUsed] = useState(false);
  const onTemplate = useCallback(
    (opened: Diagram, template: { name: Text; description: Text }) => {
      if (diagram.nodes.length > 0 && !window.confirm(translate(lang, "confirmTemplate"))) return false;
      const now = new Date().toISOString();
      replace({ ...opened, name: template.name[lang], metadata: { ...opened.metadata, description: template.description[lang], createdAt: now } });
      setSelection(new Set());
      window.requestAnimationFrame(() => flow.fitView({ padding: 0.1 }));
      return true;
    },
    [diagram.nodes.length, flow, lang, replace],
  );

  // The open diagram stays in the library, so a new one needs no confirmation.
  const onNew = useCallback(() => void switchTo(newSession()), [switchTo]);

  /** Selects resources and brings them into view: a problem's, or a search result. */
  const showNodes = useCallback(
    (ids: string[]) => {
      setSelection(new Set(ids));
      window.requestAnimationFrame(() => flow.fitView({ nodes: ids.map((id) => ({ id })), padding: 0.4, duration: 300, maxZoom: 1.5 }));
    },
    [flow],
  );
  const onFocus = useCallback((finding: Finding) => showNodes(finding.nodeIds), [showNodes]);
  const onFix = useCallback((fix: Fix) => apply(fix.ops), [apply]);

  const [theme, setTheme] = useState<Theme>(initialTheme);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const searchInput = useRef<HTMLInputElement>(null);
  const openShortcuts = useCallback(() => setShortcutsOpen(true), []);
  const focusSearch = useCallback(() => searchInput.current?.focus(), []);
  useEditingKeys({ diagram, selection, apply, select: setSelection, notify, onHelp: openShortcuts, onSearch: focusSearch });

  const actions = useMemo<EditorActionsValue>(
    () => ({ resize: (id, layout) => apply([{ op: "updateNode", id, layout }]) }),
    [apply],
  );

  return (
    <LangContext.Provider value={lang}>
      <EditorActions.Provider value={actions}>
        <div className="editor" data-theme={theme}>
          <Header
            name={diagram.name}
            lang={lang}
            canUndo={history.canUndo}
            canRedo={history.canRedo}
            onRename={(name) => apply([{ op: "rename", name }])}
            onLang={setLang}
            onImport={onImport}
            onExport={(format) => void onExport(format)}
            onDiagrams={() => setDialog("diagrams")}
            onShare={() => setDialog("share")}
            onNew={onNew}
            onUndo={undo}
            onRedo={redo}
            onTemplates={() => {
              setTemplatesUsed(true);
              setTemplatesOpen(true);
            }}
            onAutoLayout={() => void layout.run()}
            layoutBusy={layout.busy}
          >
            <ThemeToggle
              theme={theme}
              onTheme={(next) => {
                setTheme(next);
                rememberTheme(next);
              }}
            />
            <button
              type="button"
              className="icon-button"
              aria-label={translate(lang, "shortcuts")}
              title={`${translate(lang, "shortcuts")} (?)`}
              aria-haspopup="dialog"
              onClick={openShortcuts}
            >
              <span aria-hidden="true">?</span>
            </button>
          </Header>
          <ErrorBoundary area={{ en: "palette", ko: "팔레트" }} getDiagram={() => diagram}>
            <Palette onAdd={addKind} />
          </ErrorBoundary>
          <main className="workspace">
            <ErrorBoundary area={{ en: "canvas", ko: "캔버스" }} getDiagram={() => diagram}>
            <Canvas
              diagram={diagram}
              findings={findings}
              selection={selection}
              onSelectionChange={setSelection}
              apply={apply}
              notify={notify}
              place={place}
              highlight={highlight}
              onDropFile={(file) => void onImport(file)}
              colorMode={theme}
            >
              <Search diagram={diagram} onPick={(id) => showNodes([id])} inputRef={searchInput} />
              <Legend />
            </Canvas>
            </ErrorBoundary>
            <ErrorBoundary area={{ en: "problems panel", ko: "문제 패널" }} getDiagram={() => diagram}>
              <Problems diagram={diagram} findings={findings} checking={checking} onFocus={onFocus} onFix={onFix} />
            </ErrorBoundary>
          </main>
          <ErrorBoundary area={{ en: "inspector", ko: "속성 패널" }} getDiagram={() => diagram}>
            <Inspector
              diagram={diagram}
              selection={selection}
              apply={apply}
              profile={profile}
              shownVerdict={shownVerdict}
              onShowVerdict={setShownVerdict}
            />
          </ErrorBoundary>
          {/* Each dialog is its own chunk (lazy.ts), with its own boundary so one loading never hides another;
              one that cannot load (offline before it was fetched) says so instead of taking the editor down. */}
          <ErrorBoundary area={{ en: "dialog", ko: "대화 상자" }} getDiagram={() => diagram}>
            <Suspense fallback={null}>
              {templatesUsed ? <TemplatesDialog open={templatesOpen} onClose={() => setTemplatesOpen(false)} onChoose={onTemplate} /> : null}
            </Suspense>
            <Suspense fallback={null}>
              {dialog === "diagrams" ? (
                <DiagramsDialog
                  library={boot.library}
                  currentId={boot.id}
                  current={diagram}
                  onClose={() => setDialog(null)}
                  switchTo={switchTo}
                  saveCurrent={saving.saveNow}
                  renameCurrent={(name) => apply([{ op: "rename", name }])}
                  notify={notify}
                />
              ) : null}
            </Suspense>
            <Suspense fallback={null}>{dialog === "share" ? <ShareDialog diagram={diagram} onClose={() => setDialog(null)} /> : null}</Suspense>
            <Suspense fallback={null}>{shortcutsOpen ? <ShortcutsDialog onClose={() => setShortcutsOpen(false)} /> : null}</Suspense>
            <Suspense fallback={null}>
              {importReport ? <ImportReportDialog report={importReport} onClose={() => setImportReport(null)} /> : null}
            </Suspense>
          </ErrorBoundary>
          <Notices notices={notices} onDismiss={(id) => setNotices((list) => list.filter((n) => n.id !== id))} />
        </div>
      </EditorActions.Provider>
    </LangContext.Provider>
  );
}
