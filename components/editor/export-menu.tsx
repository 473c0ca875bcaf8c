"use client";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { UiKey } from "@/lib/i18n/ui";
import type { ExportFormat } from "./export";
import { useT } from "./lang";

const ITEMS: Array<{ format: ExportFormat; key: UiKey }> = [
  { format: "json", key: "exportAsJson" },
  { format: "png", key: "exportAsPng" },
  { format: "svg", key: "exportAsSvg" },
  { format: "markdown", key: "exportAsMarkdown" },
];

/** A menu button (WAI-ARIA pattern): arrows move between formats, Escape closes and returns focus. */
export function ExportMenu({ onExport }: { onExport(format: ExportFormat): void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();

  const items = () => Array.from(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []);
  useEffect(() => {
    if (!open) return;
    items()[0]?.focus();
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const move = (to: number) => {
      event.preventDefault();
      all[(to + all.length) % all.length]?.focus();
    };
    if (event.key === "ArrowDown") move(at + 1);
    else if (event.key === "ArrowUp") move(at - 1);
    else if (event.key === "Home") move(0);
    else if (event.key === "End") move(all.length - 1);
    else if (event.key === "Escape" || event.key === "Tab") {
      if (event.key === "Escape") event.preventDefault();
      close();
    }
  };

  return (
    <div className="export-menu">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {t("exportJson")}
      </button>
      {open ? (
        <ul ref={menu} id={menuId} role="menu" aria-label={t("exportJson")} className="menu" onKeyDown={onKeyDown}>
          {ITEMS.map((item) => (
            <li key={item.format} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  close();
                  onExport(item.format);
                }}
              >
                {t(item.key)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
