"use client";
import { useRef, type ReactNode } from "react";
import type { Lang } from "@/lib/i18n/text";
import type { ExportFormat } from "./export";
import { ExportMenu } from "./export-menu";
import { IMPORT_ACCEPT } from "./import-file";
import { LangSwitch, useT } from "./lang";

interface Props {
  name: string;
  lang: Lang;
  canUndo: boolean;
  canRedo: boolean;
  onRename(name: string): void;
  onLang(lang: Lang): void;
  onImport(file: File): void;
  onExport(format: ExportFormat): void;
  onDiagrams(): void;
  onShare(): void;
  onNew(): void;
  onUndo(): void;
  onRedo(): void;
  onTemplates?(): void;
  onAutoLayout?(): void;
  /** An auto-layout is running in its worker. */
  layoutBusy?: boolean;
  /** Controls placed before the language switch (the theme and shortcuts buttons). */
  children?: ReactNode;
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
        <button type="button" onClick={props.onDiagrams} aria-haspopup="dialog">
          {t("diagrams")}
        </button>
        <button type="button" onClick={props.onTemplates} aria-haspopup="dialog">
          {t("templates")}
        </button>
        <button
          type="button"
          className={props.layoutBusy ? "is-busy" : undefined}
          onClick={props.onAutoLayout}
          aria-busy={props.layoutBusy ?? false}
          title="Shift+L"
          data-testid="auto-layout"
        >
          {props.layoutBusy ? t("autoLayoutBusy") : t("autoLayout")}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t("importJson")}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept={IMPORT_ACCEPT}
          hidden
          data-testid="import-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) props.onImport(file);
            e.target.value = "";
          }}
        />
        <ExportMenu onExport={props.onExport} />
        <button type="button" onClick={props.onShare} aria-haspopup="dialog">
          {t("share")}
        </button>
        {props.children}
        <LangSwitch lang={props.lang} onLang={props.onLang} />
      </div>
    </header>
  );
}
