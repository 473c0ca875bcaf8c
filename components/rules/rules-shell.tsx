"use client";
import Link from "next/link";
import type { Lang } from "@/lib/i18n/text";
import { LangContext, LangSwitch, useT } from "../editor/lang";
import { usePageLang } from "./use-page-lang";

/** The frame of the rule pages: a small header with the way back to the editor and the language switch. */
export function RulesShell({ children }: { children: React.ReactNode }) {
  const [lang, setLang] = usePageLang();
  return (
    <LangContext.Provider value={lang}>
      <div className="rules-page">
        <RulesHeader lang={lang} onLang={setLang} />
        {children}
      </div>
    </LangContext.Provider>
  );
}

function RulesHeader({ lang, onLang }: { lang: Lang; onLang(lang: Lang): void }) {
  const t = useT();
  return (
    <header className="header rules-header">
      <Link href="/" className="brand">
        <strong>{t("appName")}</strong>
        <span className="tagline">{t("tagline")}</span>
      </Link>
      <nav className="rules-nav" aria-label={t("rules")}>
        <Link href="/">{t("backToEditor")}</Link>
        <Link href="/rules">{t("rules")}</Link>
      </nav>
      <div className="toolbar">
        <LangSwitch lang={lang} onLang={onLang} />
      </div>
    </header>
  );
}
