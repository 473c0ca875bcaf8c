"use client";
import type { ParseError } from "@/lib/diagram/parse";
import type { Text } from "@/lib/i18n/text";
import { useLang, useT } from "./lang";

export interface Notice {
  id: number;
  tone: "error" | "info";
  message: Text;
  details?: ParseError[];
}

/** Messages for refused drops, failed imports and storage trouble: visible until dismissed. */
export function Notices({ notices, onDismiss }: { notices: Notice[]; onDismiss(id: number): void }) {
  const t = useT();
  const lang = useLang();
  return (
    <div className="notices" aria-live="polite">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.tone}`} role={notice.tone === "error" ? "alert" : "status"}>
          <p className="notice-message">{notice.message[lang]}</p>
          {notice.details && notice.details.length > 0 ? (
            <ul className="notice-details">
              {notice.details.map((d, i) => (
                <li key={i}>
                  <code>{d.path}</code> {d.message[lang]}
                </li>
              ))}
            </ul>
          ) : null}
          <button type="button" className="notice-dismiss" onClick={() => onDismiss(notice.id)} aria-label={t("dismiss")}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
