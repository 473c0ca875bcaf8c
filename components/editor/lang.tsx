"use client";
import { createContext, useContext } from "react";
import type { Lang, Text } from "@/lib/i18n/text";
import { translate, type UiKey } from "@/lib/i18n/ui";

export const LangContext = createContext<Lang>("en");

export function useLang(): Lang {
  return useContext(LangContext);
}

/** `t("problems")` for UI strings, `t(text)` for registry and rule texts. */
export function useT(): (key: UiKey | Text) => string {
  const lang = useLang();
  return (key) => (typeof key === "string" ? translate(lang, key) : key[lang]);
}

const LANG_KEY = "archlint.lang";

export function initialLang(): Lang {
  try {
    const saved = window.localStorage.getItem(LANG_KEY);
    if (saved === "en" || saved === "ko") return saved;
  } catch {
    // Storage may be disabled; fall back to the browser's language.
  }
  return navigator.language.toLowerCase().startsWith("ko") ? "ko" : "en";
}

export function rememberLang(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Not remembered, but still switched.
  }
}

/** The English/Korean switch of the editor's and the rules pages' headers. */
export function LangSwitch({ lang, onLang }: { lang: Lang; onLang(lang: Lang): void }) {
  const t = useT();
  return (
    <label className="lang-switch">
      <span className="sr-only">{t("language")}</span>
      <select aria-label={t("language")} value={lang} onChange={(e) => onLang(e.target.value as Lang)}>
        <option value="en">English</option>
        <option value="ko">한국어</option>
      </select>
    </label>
  );
}
