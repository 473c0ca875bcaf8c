"use client";
import { useMemo, useState, type DragEvent } from "react";
import { CATEGORIES, KINDS } from "@/lib/kinds";
import { KindIcon } from "../kind-icon";
import { KIND_MIME } from "./canvas";
import { useLang, useT } from "./lang";

/** Every registered kind, grouped by category: dragged onto the canvas, or added with Enter. */
export function Palette({ onAdd }: { onAdd(kindId: string): void }) {
  const t = useT();
  const lang = useLang();
  const [filter, setFilter] = useState("");
  const groups = useMemo(() => {
    const q = filter.trim().toLowerCase();
    return CATEGORIES.map((category) => ({
      category,
      kinds: KINDS.filter(
        (k) =>
          k.category === category &&
          (q === "" || k.name.en.toLowerCase().includes(q) || k.name.ko.includes(q) || k.id.includes(q)),
      ),
    })).filter((g) => g.kinds.length > 0);
  }, [filter]);

  const onDragStart = (event: DragEvent, kindId: string) => {
    event.dataTransfer.setData(KIND_MIME, kindId);
    event.dataTransfer.effectAllowed = "copy";
  };

  return (
    <nav className="palette" aria-label={t("palette")}>
      <h2 className="panel-title">{t("palette")}</h2>
      <input
        className="palette-filter"
        type="search"
        placeholder={t("paletteSearch")}
        aria-label={t("paletteSearch")}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      <p className="palette-hint">{t("paletteHint")}</p>
      {groups.map(({ category, kinds }) => (
        <section key={category} className="palette-group">
          <h3>{t(`category:${category}`)}</h3>
          <ul>
            {kinds.map((kind) => (
              <li key={kind.id}>
                <button
                  type="button"
                  className="palette-item"
                  draggable
                  data-kind={kind.id}
                  onDragStart={(e) => onDragStart(e, kind.id)}
                  onClick={() => onAdd(kind.id)}
                  title={kind.summary[lang]}
                  aria-label={`${kind.name[lang]}: ${kind.summary[lang]}`}
                >
                  <KindIcon kindId={kind.id} size={24} />
                  <span>{kind.name[lang]}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
