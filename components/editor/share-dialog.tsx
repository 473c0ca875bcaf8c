"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Diagram } from "@/lib/diagram/types";
import { format } from "@/lib/i18n/text";
import { encodeShare, SHARE_PARAM } from "@/lib/share";
import { useT } from "./lang";
import { Modal } from "./modal";

type Copy = "copying" | "copied" | "failed";

/**
 * A link holding the whole diagram in its fragment (never sent to a server), copied to the
 * clipboard when the browser allows it and always shown in a field to copy by hand.
 */
export function ShareDialog({ diagram, onClose }: { diagram: Diagram; onClose(): void }) {
  const t = useT();
  const encoded = useMemo(() => encodeShare(diagram), [diagram]);
  const link = encoded.ok ? `${window.location.origin}${window.location.pathname}#${SHARE_PARAM}=${encoded.payload}` : null;
  const [copy, setCopy] = useState<Copy>("copying");
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!link) return;
    let live = true;
    const copied = navigator.clipboard?.writeText ? navigator.clipboard.writeText(link) : Promise.reject(new Error("no clipboard"));
    copied.then(
      () => live && setCopy("copied"),
      () => {
        if (!live) return;
        setCopy("failed");
        field.current?.focus();
        field.current?.select();
      },
    );
    return () => {
      live = false;
    };
  }, [link]);

  return (
    <Modal title={t("shareTitle")} onClose={onClose} className="share-dialog">
      {encoded.ok ? (
        <>
          <p className="modal-note" role="status">
            {copy === "copied" ? t("linkCopied") : copy === "failed" ? t("linkCopyByHand") : "…"}
          </p>
          <label className="share-field">
            <span>{t("shareLink")}</span>
            <input ref={field} readOnly value={link ?? ""} onFocus={(e) => e.target.select()} data-testid="share-link" />
          </label>
          <p className="modal-note">{t("sharePrivacy")}</p>
        </>
      ) : (
        <p className="modal-note share-too-large" role="alert">
          {format(t("shareTooLarge"), { length: encoded.length.toLocaleString("en-US"), max: encoded.max.toLocaleString("en-US") })}
        </p>
      )}
    </Modal>
  );
}
