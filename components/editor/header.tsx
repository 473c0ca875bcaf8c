"use client";
import { useRef } from "react";
import type { Lang } from "@/lib/i18n/text";
import { useT } from "./lang";

interface Props {
  name: string;
  lang: Lang;
  canUndo: boolean;
  canRedo: boolean;
  onRename(name: string): void;
  onLang(lang: Lang): void;
  onImport(file: File): void;
  onExport(): void;
  onNew(): void;
  onUndo(): void;
  onRedo(): void;
}

export function Header(props: Props) {
  const t = useT();
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <header className="header">
      <div className="brand">
        <strong>{t("appName")}</strong>
        <span className="tagline">{t("tagline")}</span>
      </div>
      <input
        className="diagram-name"
        aria-label={t("diagramName")}
        value={props.name}
        maxLength={200}
        onChange={(e) => props.onRename(e.target.value)}
      />
      <div className="toolbar" role="toolbar" aria-label="Diagram">
        <button type="button" onClick={props.onUndo} disabled={!props.canUndo} title="Ctrl+Z">
          {t("undo")}
        </button>
        <button type="button" onClick={props.onRedo} disabled={!props.canRedo} title="Shift+Ctrl+Z">
          {t("redo")}
        </button>
        <button type="button" onClick={props.onNew}>
          {t("newDiagram")}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t("importJson")}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="import-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) props.onImport(file);
            e.target.value = "";
          }}
        />
        <button type="button" onClick={props.onExport}>
          {t("exportJson")}
        </button>
        <label className="lang-switch">
          <span className="sr-only">{t("language")}</span>
          <select aria-label={t("language")} value={props.lang} onChange={(e) => props.onLang(e.target.value as Lang)}>
            <option value="en">English</option>
            <option value="ko">한국어</option>
          </select>
        </label>
      </div>
    </header>
  );
}
