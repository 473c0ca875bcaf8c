"use client";
import type { ImportReport, ResourceOutcome } from "@/lib/import/report";
import type { Text } from "@/lib/i18n/text";
import { uiText, type UiKey } from "@/lib/i18n/ui";
import { useLang, useT } from "./lang";
import { Modal } from "./modal";

type Outcome = ResourceOutcome["outcome"];

const GROUPS: ReadonlyArray<[Outcome, UiKey]> = [
  ["node", "importCountNodes"],
  ["edge", "importCountEdges"],
  ["folded", "importCountFolded"],
  ["skipped", "importCountSkipped"],
  ["unsupported", "importCountUnsupported"],
  ["omitted", "importCountOmitted"],
];

/** Why a logical ID ended up as it did, in one line. */
function detail(r: ResourceOutcome): Text | string | null {
  switch (r.outcome) {
    case "node":
      return `${r.kind}${r.nodeIds.length > 1 || r.nodeIds[0] !== r.logicalId ? ` → ${r.nodeIds.join(", ")}` : ""}`;
    case "edge":
      return r.edgeIds.length === 1 && r.edgeIds[0] === r.logicalId ? null : r.edgeIds.join(", ");
    case "folded":
      return uiText("importFoldedInto", { into: r.into.join(", "), detail: r.detail });
    case "skipped":
      return uiText("importSkippedBecause", { condition: r.condition });
    case "unsupported":
      return uiText("importUnsupportedReason");
    case "omitted":
      return r.reason;
  }
}

/**
 * What became of every logical ID of an imported template, counted and then listed by outcome, with
 * the values the template leaves open and the importer's notes. In the editor's accessible modal.
 */
export function ImportReportDialog({ report, onClose }: { report: ImportReport; onClose(): void }) {
  const t = useT();
  const lang = useLang();
  const text = (value: Text | string | null) => (value === null ? "" : `: ${typeof value === "string" ? value : value[lang]}`);
  const groups = GROUPS.map(([outcome, key]) => ({ outcome, key, items: report.resources.filter((r) => r.outcome === outcome) }));
  const summary = uiText("importReportSummary", { total: report.resources.length, region: report.region, account: report.accountId });
  return (
    <Modal title={t("importReportTitle")} onClose={onClose} className="import-report">
      <p className="modal-note">{summary[lang]}</p>
      <table className="import-counts" data-testid="import-counts">
        <tbody>
          {groups.map(({ outcome, key, items }) => (
            <tr key={outcome} data-outcome={outcome}>
              <th scope="row">{t(key)}</th>
              <td>{items.length}</td>
            </tr>
          ))}
          <tr data-outcome="unknown">
            <th scope="row">{t("importCountUnknowns")}</th>
            <td>{report.unknowns.length}</td>
          </tr>
        </tbody>
      </table>
      {groups
        .filter((g) => g.items.length > 0)
        .map(({ outcome, key, items }) => (
          <section key={outcome} className="import-group" aria-label={t(key)} data-outcome={outcome}>
            <h3>
              {t(key)} ({items.length})
            </h3>
            <ul>
              {items.map((r) => (
                <li key={r.logicalId}>
                  <code>{r.logicalId}</code> <span className="import-type">{r.type}</span>
                  {text(detail(r))}
                </li>
              ))}
            </ul>
          </section>
        ))}
      {report.unknowns.length > 0 ? (
        <section className="import-group" aria-label={t("importCountUnknowns")} data-outcome="unknown">
          <h3>
            {t("importCountUnknowns")} ({report.unknowns.length})
          </h3>
          <ul>
            {report.unknowns.map((u, i) => (
              <li key={i}>
                <code>
                  {u.logicalId}.{u.property}
                </code>
                : {uiText("importUnknownDefault", { reason: u.reason, affects: u.affects })[lang]}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {report.notes.length > 0 ? (
        <section className="import-group" aria-label={t("importCountNotes")} data-outcome="note">
          <h3>
            {t("importCountNotes")} ({report.notes.length})
          </h3>
          <ul>
            {report.notes.map((n, i) => (
              <li key={i}>
                {n.logicalId ? <code>{n.logicalId}</code> : null}
                {n.logicalId ? ": " : null}
                {n.message[lang]}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="diagrams-actions">
        <button type="button" onClick={onClose}>
          {t("importReportOk")}
        </button>
      </div>
    </Modal>
  );
}
