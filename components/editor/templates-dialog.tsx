"use client";
import { useEffect, useId, useRef, useState } from "react";
import type { Diagram } from "@/lib/diagram/types";
import type { Template } from "@/lib/templates/types";
import { useLang, useT } from "./lang";

interface Props {
  open: boolean;
  onClose(): void;
  /** Opens the template's diagram; false when the person kept the current diagram (the dialog stays open). */
  onChoose(diagram: Diagram, template: Template): boolean;
}

type TemplatesModule = typeof import("@/lib/templates");

/**
 * The gallery: a modal <dialog>, so the browser traps focus in it, closes it on Escape and leaves
 * the page inert behind it. The templates load with the first opening, not with the editor.
 */
export function TemplatesDialog({ open, onClose, onChoose }: Props) {
  const t = useT();
  const lang = useLang();
  const titleId = useId();
  const descriptionId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const [templates, setTemplates] = useState<TemplatesModule | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current = document.activeElement;
      element.showModal();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  useEffect(() => {
    if (!open || templates) return;
    let live = true;
    void import("@/lib/templates").then((module) => {
      if (live) setTemplates(module);
    });
    return () => {
      live = false;
    };
  }, [open, templates]);

  return (
    <dialog
      ref={dialog}
      className="templates-dialog"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      // A modal dialog makes the page inert, but Tab can still leave it for the browser's own UI: wrap instead.
      onKeyDown={(event) => {
        if (event.key !== "Tab") return;
        const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>("button, [href], input, select, textarea")];
        const first = focusable[0];
        const last = focusable.at(-1);
        if (event.shiftKey && document.activeElement === first) {
          event.preventDefault();
          last?.focus();
        } else if (!event.shiftKey && document.activeElement === last) {
          event.preventDefault();
          first?.focus();
        }
      }}
      // Escape and close(): tell the editor, and give focus back to what opened the dialog.
      onClose={() => {
        onClose();
        if (opener.current instanceof HTMLElement) opener.current.focus();
      }}
    >
      <div className="templates-head">
        <h2 id={titleId}>{t("templatesTitle")}</h2>
        <button type="button" className="templates-close" onClick={() => dialog.current?.close()} aria-label={t("close")}>
          ×
        </button>
      </div>
      <p id={descriptionId} className="templates-intro">
        {t("templatesIntro")}
      </p>
      {templates ? (
        <ul className="template-list">
          {templates.TEMPLATES.map((template) => (
            <li key={template.id}>
              <button
                type="button"
                className="template-card"
                data-template={template.id}
                onClick={() => {
                  if (onChoose(templates.templateDiagram(template), template)) dialog.current?.close();
                }}
              >
                <span className="template-name">
                  {template.name[lang]}
                  {template.teaches ? <span className="template-teaches">{t("templateTeaches")}</span> : null}
                </span>
                <span className="template-description">{template.description[lang]}</span>
                {template.teaches ? (
                  <span className="template-lesson">
                    <strong>{t("templateLesson")}:</strong> {template.teaches[lang]}
                  </span>
                ) : null}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="templates-loading" role="status">
          {t("templatesLoading")}
        </p>
      )}
    </dialog>
  );
}
