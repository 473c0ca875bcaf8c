"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { ReactFlowProvider, useReactFlow } from "@xyflow/react";
import { absolutePositions } from "@/lib/diagram/geometry";
import { emptyDiagram, serializeDiagram } from "@/lib/diagram/create";
import { parseDiagram } from "@/lib/diagram/parse";
import type { Diagram } from "@/lib/diagram/types";
import { profileOf } from "@/lib/network";
import { useAnalysis } from "./editor/use-analysis";
import type { Finding, Fix } from "@/lib/engine/types";
import type { Lang, Text } from "@/lib/i18n/text";
import { getKind } from "@/lib/kinds";
import { translate } from "@/lib/i18n/ui";
import { loadAutosave, saveAutosave } from "./editor/autosave";
import { Canvas } from "./editor/canvas";
import { EditorActions, type EditorActionsValue } from "./editor/actions";
import { Header } from "./editor/header";
import { Inspector } from "./editor/inspector";
import { verdictFor, verdictHighlight, type VerdictKey } from "./editor/network-panel";
import { LangContext, initialLang, rememberLang } from "./editor/lang";
import { Notices, type Notice } from "./editor/notices";
import { Palette } from "./editor/palette";
import { placeInto, type PlaceResult } from "./editor/placement";
import { Problems } from "./editor/problems";
import { useHistory } from "./editor/use-history";

interface Boot {
  diagram: Diagram;
  lang: Lang;
  unreadable: boolean;
}

/** Waits for the browser before reading saved work, so the server render never disagrees with it. */
export function Editor() {
  const [boot, setBoot] = useState<Boot | null>(null);
  useEffect(() => {
    const saved = loadAutosave();
    setBoot({
      diagram: saved.diagram ?? emptyDiagram(),
      lang: initialLang(),
      unreadable: saved.diagram === null && saved.unreadable,
    });
  }, []);
  if (!boot) return <div className="editor-loading">Archlint…</div>;
  return (
    <ReactFlowProvider>
      <EditorApp boot={boot} />
    </ReactFlowProvider>
  );
}

function EditorApp({ boot }: { boot: Boot }) {
  const history = useHistory(() => boot.diagram);
  const { diagram, apply, replace, undo, redo } = history;
  const [lang, setLang] = useState<Lang>(boot.lang);
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const [notices, setNotices] = useState<Notice[]>(() =>
    boot.unreadable ? [{ id: 0, tone: "error", message: { en: translate("en", "recoveredFailed"), ko: translate("ko", "recoveredFailed") } }] : [],
  );
  const nextNotice = useRef(1);
  const flow = useReactFlow();

  const {
    analysis: { findings, reach },
    checking,
  } = useAnalysis(diagram);
  const [shownVerdict, setShownVerdict] = useState<VerdictKey>("egress");
  const [firstSelected] = selection;
  const profile = firstSelected ? profileOf(reach, firstSelected) : undefined;
  useEffect(() => setShownVerdict("egress"), [firstSelected]);
  const highlight = useMemo(
    () => (profile ? verdictHighlight(verdictFor(profile, shownVerdict)) : { path: [] }),
    [profile, shownVerdict],
  );

  const notify = useCallback((message: Text, tone: "error" | "info" = "error", details?: Notice["details"]) => {
    const id = nextNotice.current++;
    setNotices((list) => [...list.slice(-3), { id, tone, message, ...(details ? { details } : {}) }]);
  }, []);

  // Autosave, debounced so typing does not write on every key; a pending save is written at once when
  // the page is hidden or the editor closes (following a link to a rule page), so no edit is lost.
  const latest = useRef(diagram);
  const unsaved = useRef(false);
  latest.current = diagram;
  useEffect(() => {
    unsaved.current = true;
    const timer = window.setTimeout(() => {
      unsaved.current = false;
      const failure = saveAutosave(diagram);
      if (failure) notify({ en: `Could not save in this browser: ${failure}`, ko: `이 브라우저에 저장하지 못했습니다: ${failure}` });
    }, 300);
    return () => window.clearTimeout(timer);
  }, [diagram, notify]);
  useEffect(() => {
    const flush = () => {
      if (!unsaved.current) return;
      unsaved.current = false;
      saveAutosave(latest.current);
    };
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, []);

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

  const onImport = useCallback(
    async (file: File) => {
      const text = await file.text().catch(() => null);
      const result = text === null ? null : parseDiagram(text);
      if (!result || !result.ok) {
        notify(
          {
            en: `${translate("en", "importFailed")} (${file.name})`,
            ko: `${translate("ko", "importFailed")} (${file.name})`,
          },
          "error",
          result && !result.ok ? result.errors : [{ path: "$", message: { en: "The file could not be read.", ko: "파일을 읽을 수 없습니다." } }],
        );
        return;
      }
      replace(result.diagram);
      setSelection(new Set());
      window.requestAnimationFrame(() => flow.fitView({ padding: 0.1 }));
    },
    [flow, notify, replace],
  );

  const onExport = useCallback(() => {
    const blob = new Blob([serializeDiagram({ ...diagram, metadata: { ...diagram.metadata, updatedAt: new Date().toISOString() } })], {
      type: "application/json",
    });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = `${(diagram.name || "diagram").replace(/[^\w.-]+/g, "-")}.json`;
    a.click();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  }, [diagram]);

  const onNew = useCallback(() => {
    if (diagram.nodes.length > 0 && !window.confirm(translate(lang, "confirmNew"))) return;
    replace(emptyDiagram());
    setSelection(new Set());
  }, [diagram.nodes.length, lang, replace]);

  const onFocus = useCallback(
    (finding: Finding) => {
      setSelection(new Set(finding.nodeIds));
      window.requestAnimationFrame(() =>
        flow.fitView({ nodes: finding.nodeIds.map((id) => ({ id })), padding: 0.4, duration: 300, maxZoom: 1.5 }),
      );
    },
    [flow],
  );
  const onFix = useCallback((fix: Fix) => apply(fix.ops), [apply]);

  const actions = useMemo<EditorActionsValue>(
    () => ({ resize: (id, layout) => apply([{ op: "updateNode", id, layout }]) }),
    [apply],
  );

  return (
    <LangContext.Provider value={lang}>
      <EditorActions.Provider value={actions}>
        <div className="editor">
          <Header
            name={diagram.name}
            lang={lang}
            canUndo={history.canUndo}
            canRedo={history.canRedo}
            onRename={(name) => apply([{ op: "rename", name }])}
            onLang={setLang}
            onImport={onImport}
            onExport={onExport}
            onNew={onNew}
            onUndo={undo}
            onRedo={redo}
          />
          <Palette onAdd={addKind} />
          <main className="workspace">
            <Canvas
              diagram={diagram}
              findings={findings}
              selection={selection}
              onSelectionChange={setSelection}
              apply={apply}
              notify={notify}
              place={place}
              highlight={highlight}
            />
            <Problems diagram={diagram} findings={findings} checking={checking} onFocus={onFocus} onFix={onFix} />
          </main>
          <Inspector
            diagram={diagram}
            selection={selection}
            apply={apply}
            profile={profile}
            shownVerdict={shownVerdict}
            onShowVerdict={setShownVerdict}
          />
          <Notices notices={notices} onDismiss={(id) => setNotices((list) => list.filter((n) => n.id !== id))} />
        </div>
      </EditorActions.Provider>
    </LangContext.Provider>
  );
}
