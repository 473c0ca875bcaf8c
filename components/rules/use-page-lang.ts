"use client";
import { useCallback, useEffect, useState } from "react";
import type { Lang } from "@/lib/i18n/text";
import { initialLang, rememberLang } from "../editor/lang";

/**
 * The language of pages outside the editor, shared with it through the saved choice. The server
 * renders English; the saved choice (or the browser's language) applies once the page is in the
 * browser, so the first render matches the server's.
 */
export function usePageLang(): [Lang, (lang: Lang) => void] {
  const [lang, setLang] = useState<Lang>("en");
  useEffect(() => setLang(initialLang()), []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const choose = useCallback((next: Lang) => {
    setLang(next);
    rememberLang(next);
  }, []);
  return [lang, choose];
}
