"use client";
import { Suspense, useEffect, useMemo, useState } from "react";
import type { Diagram } from "@/lib/diagram/types";
import { countBySeverity } from "@/lib/engine/validate";
import { SEVERITIES, type Finding, type Fix, type Severity } from "@/lib/engine/types";
import type { UiKey } from "@/lib/i18n/ui";
import { useLang, useT } from "./lang";
import { ProblemList, preload } from "./lazy";
import { GROUP_BYS, problemGroups, type GroupBy } from "./problem-view";

interface Props {
  diagram: Diagram;
  findings: readonly Finding[];
  /** A large diagram is being checked in the background: the findings shown are the previous ones. */
  checking?: boolean;
  onFocus(finding: Finding): void;
  onFix(fix: Fix): void;
}

const COUNT_WORD: Record<Severity, UiKey> = { error: "errors", warning: "warnings", info: "infos" };
const GROUP_WORD: Record<GroupBy, UiKey> = { none: "groupNone", rule: "groupRule", resource: "groupResource" };

/**
 * The engine's findings, most severe first; clicking one selects and shows its resources. The counts
 * switch their severity on and off, and the list can be grouped by rule or by resource.
 */
export function Problems({ diagram, findings, checking = false, onFocus, onFix }: Props) {
  const t = useT();
  const lang = useLang();
  const counts = countBySeverity(findings);
  const [shown, setShown] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  const [groupBy, setGroupBy] = useState<GroupBy>("none");
  const groups = useMemo(() => problemGroups(diagram, findings, shown, groupBy), [diagram, findings, shown, groupBy]);
  // The list's code is fetched alongside the engine's, so the first findings do not wait for it.
  useEffect(() => preload("problemList"), []);
  const toggle = (severity: Severity) =>
    setShown((previous) => {
      const next = new Set(previous);
      if (!next.delete(severity)) next.add(severity);
      return next;
    });

  return (
    <section className="problems" aria-label={t("problems")}>
      <div className="problems-bar">
        <h2 className="panel-title">{t("problems")}</h2>
        <div className="problem-counts" role="group" aria-label={t("severityFilter")} data-testid="problem-counts">
          {SEVERITIES.map((severity, i) => (
            <span key={severity}>
              {i > 0 ? <span aria-hidden="true"> · </span> : null}
              <button
                type="button"
                className={`severity-toggle count-${severity}`}
                aria-pressed={shown.has(severity)}
                onClick={() => toggle(severity)}
              >
                {counts[severity]} {t(COUNT_WORD[severity])}
              </button>
            </span>
          ))}
        </div>
        {checking ? (
          <span className="problems-checking" role="status" data-testid="problems-checking">
            {lang === "ko" ? "검사 중…" : "Checking…"}
          </span>
        ) : null}
        <label className="problems-group-by">
          <span>{t("groupBy")}</span>
          <select value={groupBy} onChange={(e) => setGroupBy(e.target.value as GroupBy)}>
            {GROUP_BYS.map((g) => (
              <option key={g} value={g}>
                {t(GROUP_WORD[g])}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Suspense fallback={null}>
        {findings.length === 0 ? (
          // Before the first check has finished there is nothing to say yet, not "no problems".
          checking ? null : <p className="problems-empty">{t("noProblems")}</p>
        ) : groups.length === 0 ? (
          <p className="problems-empty">{t("allFiltered")}</p>
        ) : groupBy === "none" ? (
          <ProblemList findings={groups[0]!.findings} onFocus={onFocus} onFix={onFix} />
        ) : (
          groups.map((group) => (
            <section key={group.key} className="problem-group" aria-labelledby={`problem-group-${groupBy}-${group.key}`}>
              <h3 className="problem-group-title" id={`problem-group-${groupBy}-${group.key}`}>
                {groupBy === "rule" ? <code>{group.title}</code> : group.key === "" ? t("wholeDiagram") : group.title}{" "}
                <span className="problem-group-count">({group.findings.length})</span>
              </h3>
              <ProblemList findings={group.findings} onFocus={onFocus} onFix={onFix} />
            </section>
          ))
        )}
      </Suspense>
    </section>
  );
}
