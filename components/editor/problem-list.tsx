"use client";
import Link from "next/link";
import { memo } from "react";
import type { Finding, Fix } from "@/lib/engine/types";
import { useLang, useT } from "./lang";

interface Props {
  findings: readonly Finding[];
  onFocus(finding: Finding): void;
  onFix(fix: Fix): void;
}

/**
 * The findings of one group: what is wrong, why (with the documentation), and the quick fixes. Keys
 * are the finding's identity (rule, message, resources; a counter only for exact repeats), not its
 * position, and each row is memoised: the incremental engine hands back the same finding objects for
 * the parts of the diagram an edit did not touch, so an edit re-renders only the rows it changed.
 */
export function ProblemList({ findings, onFocus, onFix }: Props) {
  const seen = new Map<string, number>();
  return (
    <ul className="problem-list">
      {findings.map((finding) => {
        const base = `${finding.ruleId}:${finding.nodeIds.join(",")}:${finding.message.en}`;
        const n = seen.get(base) ?? 0;
        seen.set(base, n + 1);
        return <ProblemItem key={n === 0 ? base : `${base}#${n}`} finding={finding} onFocus={onFocus} onFix={onFix} />;
      })}
    </ul>
  );
}

const ProblemItem = memo(function ProblemItem({ finding, onFocus, onFix }: { finding: Finding; onFocus(finding: Finding): void; onFix(fix: Fix): void }) {
  const t = useT();
  const lang = useLang();
  return (
    <li className={`problem problem-${finding.severity}`} data-rule={finding.ruleId}>
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
  );
});
