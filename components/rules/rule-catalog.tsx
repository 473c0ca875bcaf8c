"use client";
import Link from "next/link";
import { useId, useMemo, useState } from "react";
import { SEVERITIES, type RuleCategory, type Severity } from "@/lib/engine/types";
import { format } from "@/lib/i18n/text";
import { useLang, useT } from "../editor/lang";
import type { RuleInfo } from "./types";

/** Every rule, narrowed by a search over both languages and by category and severity. */
export function RuleCatalog({ rules }: { rules: readonly RuleInfo[] }) {
  const t = useT();
  const lang = useLang();
  const ids = useId();
  const [query, setQuery] = useState("");
  const [category, setCategory] = useState<RuleCategory | "">("");
  const [severity, setSeverity] = useState<Severity | "">("");

  const categories = [...new Set(rules.map((r) => r.category))].sort((a, b) =>
    t(`ruleCategory:${a}`).localeCompare(t(`ruleCategory:${b}`), lang),
  );
  const searchable = useMemo(
    () => new Map(rules.map((r) => [r.id, [r.id, r.title.en, r.title.ko, r.explanation.en, r.explanation.ko].join("\n").toLowerCase()])),
    [rules],
  );
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = rules.filter(
    (r) =>
      (category === "" || r.category === category) &&
      (severity === "" || r.severity === severity) &&
      words.every((word) => searchable.get(r.id)!.includes(word)),
  );

  return (
    <main className="rules-main">
      <h1>{t("rules")}</h1>
      <p className="rules-intro">{t("rulesIntro")}</p>
      <form className="rules-filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="rules-filter rules-search">
          <label htmlFor={`${ids}-q`}>{t("searchRules")}</label>
          <input id={`${ids}-q`} type="search" value={query} placeholder={t("searchRulesHint")} onChange={(e) => setQuery(e.target.value)} />
        </div>
        <div className="rules-filter">
          <label htmlFor={`${ids}-category`}>{t("ruleCategory")}</label>
          <select id={`${ids}-category`} value={category} onChange={(e) => setCategory(e.target.value as RuleCategory | "")}>
            <option value="">{t("allCategories")}</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {t(`ruleCategory:${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="rules-filter">
          <label htmlFor={`${ids}-severity`}>{t("ruleSeverity")}</label>
          <select id={`${ids}-severity`} value={severity} onChange={(e) => setSeverity(e.target.value as Severity | "")}>
            <option value="">{t("allSeverities")}</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {t(`severity_${s}`)}
              </option>
            ))}
          </select>
        </div>
      </form>
      <p className="rules-count" role="status">
        {format(t("rulesShown"), { shown: shown.length, total: rules.length })}
      </p>
      {shown.length === 0 ? (
        <p className="rules-empty">{t("noRulesMatch")}</p>
      ) : (
        <ul className="rule-list">
          {shown.map((rule) => (
            <li key={rule.id} className="rule-item" data-rule={rule.id} data-severity={rule.severity}>
              <Link href={`/rules/${rule.id}`} className="rule-link">
                <span className="rule-title">{rule.title[lang]}</span>
                <code className="rule-id">{rule.id}</code>
              </Link>
              <span className={`severity severity-${rule.severity}`}>{t(`severity_${rule.severity}`)}</span>
              <span className="rule-category">{t(`ruleCategory:${rule.category}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
