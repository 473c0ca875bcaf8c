"use client";
import Link from "next/link";
import { useLang, useT } from "../editor/lang";
import { ExampleDiagram } from "./example-diagram";
import type { RuleInfo, ShownExample } from "./types";

interface Props {
  rule: RuleInfo;
  examples: { invalid: ShownExample; valid: ShownExample } | null;
}

/** One rule: what it checks and why, where AWS says so, and an example that breaks it next to one that does not. */
export function RuleDetail({ rule, examples }: Props) {
  const t = useT();
  const lang = useLang();
  return (
    <main className="rules-main rule-detail" data-rule={rule.id}>
      <p className="rule-breadcrumb">
        <Link href="/rules">← {t("rules")}</Link>
      </p>
      <h1>{rule.title[lang]}</h1>
      <p className="rule-meta">
        <code className="rule-id">{rule.id}</code>
        <span className={`severity severity-${rule.severity}`}>{t(`severity_${rule.severity}`)}</span>
        <span className="rule-category">{t(`ruleCategory:${rule.category}`)}</span>
      </p>

      <section aria-labelledby="rule-why">
        <h2 id="rule-why">{t("why")}</h2>
        <p className="rule-explanation">{rule.explanation[lang]}</p>
        <dl className="rule-sources">
          {rule.notesSection ? (
            <>
              <dt>{t("notesSection")}</dt>
              <dd>{rule.notesSection}</dd>
            </>
          ) : null}
          <dt>{t("learnMore")}</dt>
          <dd>
            <a href={rule.docsUrl} target="_blank" rel="noreferrer noopener" className="rule-docs">
              {rule.docsUrl}
            </a>
          </dd>
          <dt>{t("ruleFacts")}</dt>
          <dd className="rule-fact-ids">
            {rule.facts.map((fact) => (
              <code key={fact}>{fact}</code>
            ))}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="rule-examples">
        <h2 id="rule-examples">{t("examples")}</h2>
        {examples ? (
          <div className="rule-examples">
            <Example variant="invalid" example={examples.invalid} ruleId={rule.id} />
            <Example variant="valid" example={examples.valid} ruleId={rule.id} />
          </div>
        ) : (
          <p className="rule-no-example">{t("noExample")}</p>
        )}
      </section>
    </main>
  );
}

function Example({ variant, example, ruleId }: { variant: "invalid" | "valid"; example: ShownExample; ruleId: string }) {
  const t = useT();
  const lang = useLang();
  const caption = t(variant === "invalid" ? "invalidExample" : "validExample");
  return (
    <figure className={`rule-example example-${variant}`} data-testid={`example-${variant}`}>
      <figcaption>
        <h3>{caption}</h3>
      </figcaption>
      <ExampleDiagram id={`${ruleId}-${variant}`} label={`${caption}: ${example.diagram.nodes.map((n) => n.label).join(", ")}`} diagram={example.diagram} findings={example.findings} />
      {example.findings.length === 0 ? (
        <p className="example-clean">{t("exampleFindsNothing")}</p>
      ) : (
        <>
          <h4 className="example-finds">{t("exampleFinds")}</h4>
          <ul className="example-findings">
            {example.findings.map((finding, i) => (
              <li key={i} className={`problem problem-${finding.severity}`}>
                <span className={`severity severity-${finding.severity}`}>{t(`severity_${finding.severity}`)}</span>{" "}
                <span className="example-message">{finding.message[lang]}</span>
                {finding.fixes.length > 0 ? (
                  <span className="example-fixes">
                    {t("offeredFix")}: {finding.fixes.map((fix) => fix.title[lang]).join(" · ")}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </figure>
  );
}
