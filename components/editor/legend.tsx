"use client";
import { useEffect, useState } from "react";
import { Panel } from "@xyflow/react";
import type { UiKey } from "@/lib/i18n/ui";
import { useT } from "./lang";

const LEGEND_KEY = "archlint.legend";

const BOXES: ReadonlyArray<[className: string, label: UiKey]> = [
  ["legend-region", "legendRegion"],
  ["legend-vpc", "legendVpc"],
  ["legend-az", "legendAz"],
  ["legend-public", "legendPublic"],
  ["legend-private", "legendPrivate"],
];

/** What the group-box colours and line styles mean, shown on request in the canvas corner. */
export function Legend() {
  const t = useT();
  const [open, setOpen] = useState(() => {
    try {
      return window.localStorage.getItem(LEGEND_KEY) === "open";
    } catch {
      return false;
    }
  });
  useEffect(() => {
    try {
      window.localStorage.setItem(LEGEND_KEY, open ? "open" : "closed");
    } catch {
      // Not remembered, but still shown or hidden.
    }
  }, [open]);
  return (
    <Panel position="top-right" className="legend-panel">
      <button type="button" className="canvas-button" aria-expanded={open} aria-controls="canvas-legend" onClick={() => setOpen(!open)}>
        {t("legend")}
      </button>
      {open ? (
        <section id="canvas-legend" className="legend" aria-label={t("legend")}>
          <ul>
            {BOXES.map(([className, label]) => (
              <li key={className}>
                <span className={`legend-box ${className}`} aria-hidden="true" />
                {t(label)}
              </li>
            ))}
            <li>
              <svg className="legend-line" width="32" height="8" aria-hidden="true">
                <line x1="0" y1="4" x2="32" y2="4" />
              </svg>
              {t("legendTraffic")}
            </li>
            <li>
              <svg className="legend-line" width="32" height="8" aria-hidden="true">
                <line x1="0" y1="4" x2="32" y2="4" strokeDasharray="6 4" />
              </svg>
              {t("legendConfig")}
            </li>
          </ul>
        </section>
      ) : null}
    </Panel>
  );
}
