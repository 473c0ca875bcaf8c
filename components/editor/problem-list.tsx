"use client";
import Link from "next/link";
import type { Finding, Fix } from "@/lib/engine/types";
import { useLang, useT } from "./lang";

interface Props {
  findings: readonly Finding[];
  onFocus(finding: Finding): void;
  onFix(fix: Fix): void;
}

/** The findings of one group: what is wrong, why (with the documentation), and the quick fixes. */
export function ProblemList({ findings, onFocus, onFix }: Props) {
  const t = useT();
  const lang = useLang();
  return (
    <ul className="problem-list">
      {findings.map((finding, i) => (
        <li key={`${finding.ruleId}:${finding.nodeIds.join(",")}:${i}`} className={`problem problem-${finding.severity}`} data-rule={finding.ruleId}>
          <button type="button" className="problem-main" onClick={() => onFocus(finding)}>
            <span className={`severity severity-${finding.severity}`}>{t(`severity_${finding.severity}`)}</span>
            <span className="problem-message">{finding.message[lang]}</span>
            <code className="problem-rule">{finding.ruleId}</code>
          </button>
          <details className="problem-details">
            <summary>{t("why")}</summary>
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
  );
}
