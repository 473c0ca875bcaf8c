"use client";
import { useEffect, useId, useRef, type ReactNode } from "react";
import { useT } from "./lang";

interface Props {
  title: string;
  onClose(): void;
  className?: string;
  children: ReactNode;
}

/**
 * A modal dialog on the browser's own <dialog>: labelled by its title, focus kept inside, Escape
 * closes, and focus goes back to whatever opened it. Mounted only while open.
 */
export function Modal({ title, onClose, className, children }: Props) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      opener?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`modal ${className ?? ""}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="modal-head">
        <h2 id={titleId} className="modal-title">
          {title}
        </h2>
        <button type="button" className="modal-close" onClick={onClose} aria-label={t("close")}>
          ×
        </button>
      </div>
      {children}
    </dialog>
  );
}
