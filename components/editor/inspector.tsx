"use client";
import { Suspense } from "react";
import type { Diagram } from "@/lib/diagram/types";
import type { DiagramOp } from "@/lib/diagram/ops";
import { getEdgeKind, getKind } from "@/lib/kinds";
import { useLang, useT } from "./lang";
import { NetworkPanel, SchemaForm } from "./lazy";
import type { VerdictKey } from "./verdicts";
import type { NetworkProfile } from "@/lib/network/types";

interface Props {
  diagram: Diagram;
  selection: ReadonlySet<string>;
  apply(ops: DiagramOp[]): void;
  /** The reachability profile of the selected resource, when it has a network presence. */
  profile?: NetworkProfile;
  shownVerdict: VerdictKey;
  onShowVerdict(key: VerdictKey): void;
}

/** Properties of the selected resource or relation, generated from its kind's schema. */
export function Inspector({ diagram, selection, apply, profile, shownVerdict, onShowVerdict }: Props) {
  const t = useT();
  const lang = useLang();
  const [firstId] = selection;
  const node = firstId ? diagram.nodes.find((n) => n.id === firstId) : undefined;
  const edge = !node && firstId ? diagram.edges.find((e) => e.id === firstId) : undefined;

  let body: React.ReactNode = <p className="inspector-empty">{t("inspectorEmpty")}</p>;
  if (node) {
    const kind = getKind(node.kind)!;
    const parent = node.parent ? diagram.nodes.find((n) => n.id === node.parent) : undefined;
    body = (
      <>
        <p className="inspector-kind">{kind.name[lang]}</p>
        <p className="inspector-summary">{kind.summary[lang]}</p>
        <div className="field">
          <label htmlFor="inspector-label" className="field-label">
            {t("label")}
          </label>
          <input
            id="inspector-label"
            type="text"
            value={node.label}
            maxLength={200}
            onChange={(e) => apply([{ op: "updateNode", id: node.id, label: e.target.value }])}
          />
        </div>
        <dl className="inspector-facts">
          <dt>id</dt>
          <dd>
            <code>{node.id}</code>
          </dd>
          <dt>{t("parent")}</dt>
          <dd>{parent ? parent.label || parent.id : t("canvasRoot")}</dd>
          {kind.cfnType ? (
            <>
              <dt>CloudFormation</dt>
              <dd>
                <code>{kind.cfnType}</code>
              </dd>
            </>
          ) : null}
        </dl>
        {/* The network panel and the property form load on the first selection (lazy.ts). */}
        <Suspense fallback={null}>
          {profile ? <NetworkPanel diagram={diagram} profile={profile} shown={shownVerdict} onShow={onShowVerdict} /> : null}
        </Suspense>
        <h3 className="inspector-section">{t("properties")}</h3>
        <Suspense fallback={null}>
          <SchemaForm
            idPrefix={node.id}
            schema={kind.props}
            values={node.props}
            onChange={(patch) => apply([{ op: "updateNode", id: node.id, props: patch }])}
          />
        </Suspense>
      </>
    );
  } else if (edge) {
    const kind = getEdgeKind(edge.kind)!;
    const label = (id: string) => diagram.nodes.find((n) => n.id === id)?.label ?? id;
    body = (
      <>
        <p className="inspector-kind">
          {t("relation")}: {kind.name[lang]}
        </p>
        <p className="inspector-summary">{kind.summary[lang]}</p>
        <dl className="inspector-facts">
          <dt>{t("from")}</dt>
          <dd>{label(edge.source)}</dd>
          <dt>{t("to")}</dt>
          <dd>{label(edge.target)}</dd>
        </dl>
        <Suspense fallback={null}>
          <SchemaForm
            idPrefix={edge.id}
            schema={kind.props}
            values={edge.props}
            onChange={(patch) => apply([{ op: "updateEdge", id: edge.id, props: patch }])}
          />
        </Suspense>
      </>
    );
  }
  return (
    <aside className="inspector" aria-label={t("inspector")}>
      <h2 className="panel-title">{t("inspector")}</h2>
      {body}
    </aside>
  );
}
