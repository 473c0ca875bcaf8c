"use client";
import { useMemo, useState, type KeyboardEvent, type Ref } from "react";
import { Panel } from "@xyflow/react";
import type { Diagram, DiagramNode } from "@/lib/diagram/types";
import { getKind } from "@/lib/kinds";
import { useLang, useT } from "./lang";

const MAX_RESULTS = 8;

/** Resources whose label or id holds the query: exact matches first, then those starting with it. */
export function findResources(diagram: Diagram, query: string): DiagramNode[] {
  const q = query.trim().toLowerCase();
  if (q === "") return [];
  const rank = (n: DiagramNode) => {
    const words = [n.label.toLowerCase(), n.id.toLowerCase()];
    return words.includes(q) ? 0 : words.some((w) => w.startsWith(q)) ? 1 : 2;
  };
  return diagram.nodes
    .filter((n) => n.label.toLowerCase().includes(q) || n.id.toLowerCase().includes(q))
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, MAX_RESULTS);
}

interface Props {
  diagram: Diagram;
  /** Selects the resource and brings it into view. */
  onPick(id: string): void;
  inputRef?: Ref<HTMLInputElement>;
}

/** A combobox over the canvas: type a label or id, then Enter (or pick one) to select and zoom to it. */
export function Search({ diagram, onPick, inputRef }: Props) {
  const t = useT();
  const lang = useLang();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const matches = useMemo(() => findResources(diagram, query), [diagram, query]);
  const expanded = open && matches.length > 0;
  const current = Math.min(active, matches.length - 1);

  const pick = (node: DiagramNode | undefined) => {
    if (!node) return;
    onPick(node.id);
    setQuery("");
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      if (matches.length > 0) setActive((current + (event.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      pick(matches[Math.max(current, 0)]);
    } else if (event.key === "Escape") {
      if (expanded) setOpen(false);
      else setQuery("");
    }
  };

  return (
    <Panel position="top-center" className="search-panel">
      <div className="search" role="search">
        <input
          ref={inputRef}
          type="text"
          className="search-input"
          role="combobox"
          aria-label={t("searchResources")}
          aria-expanded={expanded}
          aria-controls="search-results"
          aria-autocomplete="list"
          aria-activedescendant={expanded ? `search-result-${current}` : undefined}
          placeholder={t("searchPlaceholder")}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => setOpen(true)}
        />
        <ul id="search-results" role="listbox" aria-label={t("searchResults")} className="search-results" hidden={!expanded}>
          {matches.map((node, i) => (
            <li
              key={node.id}
              id={`search-result-${i}`}
              role="option"
              aria-selected={i === current}
              className={i === current ? "is-active" : undefined}
              // Keep focus in the box so the pick does not race the blur that closes the list.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(node)}
            >
              <span className="search-label">{node.label || node.id}</span>
              <span className="search-meta">
                {getKind(node.kind)?.name[lang] ?? node.kind}
                {node.label && node.label !== node.id ? ` · ${node.id}` : ""}
              </span>
            </li>
          ))}
        </ul>
        {open && query.trim() !== "" && matches.length === 0 ? (
          <p className="search-empty" role="status">
            {t("searchNoMatch")}
          </p>
        ) : null}
      </div>
    </Panel>
  );
}
