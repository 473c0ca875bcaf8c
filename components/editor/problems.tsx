"use client";
import Link from "next/link";
import type { Diagram } from "@/lib/diagram/types";
import { countBySeverity } from "@/lib/engine/validate";
import type { Finding, Fix } from "@/lib/engine/types";
import { useLang, useT } from "./lang";

interface Props {
  diagram: Diagram;
  findings: readonly Finding[];
  /** A large diagram is being checked in the background: the findings shown are the previous ones. */
  checking?: boolean;
  onFocus(finding: Finding): void;
  onFix(fix: Fix): void;
}

/** The engine's findings, most severe first; clicking one selects and shows its resources. */
export function Problems({ findings, checking = false, onFocus, onFix }: Props) {
  const t = useT();
  const lang = useLang();
  const counts = countBySeverity(findings);
  return (
    <section className="problems" aria-label={t("problems")}>
      <h2 className="panel-title">
        {t("problems")}{" "}
        <span className="problem-counts" data-testid="problem-counts">
          <span className="count-error">{counts.error} {t("errors")}</span> ·{" "}
          <span className="count-warning">{counts.warning} {t("warnings")}</span> ·{" "}
          <span className="count-info">{counts.info} {t("infos")}</span>
        </span>
        {checking ? (
          <span className="problems-checking" role="status" data-testid="problems-checking">
            {lang === "ko" ? "검사 중…" : "Checking…"}
          </span>
        ) : null}
      </h2>
      {findings.length === 0 ? (
        <p className="problems-empty">{t("noProblems")}</p>
      ) : (
        <ul className="problem-list">
          {findings.map((finding, i) => (
            <li key={`${finding.ruleId}:${finding.nodeIds.join(",")}:${i}`} className={`problem problem-${finding.severity}`} data-rule={finding.ruleId}>
              <button type="button" className="problem-main" onClick={() => onFocus(finding)}>
                <span className={`severity severity-${finding.severity}`}>{t(`severity_${finding.severity}`)}</span>
                <span className="problem-message">{finding.message[lang]}</span>
                <code className="problem-rule">{finding.ruleId}</code>
              </button>
              <details className="problem-details">
                <summary>{lang === "ko" ? "이유" : "Why"}</summary>
                <p>{finding.explanation[lang]}</p>
                {finding.notesSection ? (
                  <p className="problem-notes">
                    {t("notesSection")}: {finding.notesSection}
                  </p>
                ) : null}
                <a href={finding.docsUrl} target="_blank" rel="noreferrer noopener">
                  {t("learnMore")}
                </a>{" "}
                <Link href={`/rules/${finding.ruleId}`} className="problem-rule-page">
                  {t("rulePage")}
                </Link>
              </details>
              {finding.fixes.map((fix, j) => (
                <button key={j} type="button" className="fix-button" onClick={() => onFix(fix)}>
                  {t("applyFix")}: {fix.title[lang]}
                </button>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
