"use client";
import type { UiKey } from "@/lib/i18n/ui";
import { useT } from "./lang";
import { Modal } from "./modal";

type Key = string | { ui: UiKey };

/** Every shortcut the editor answers, in the order a person learns them. */
const SHORTCUTS: ReadonlyArray<[keys: Key[][], what: UiKey]> = [
  [[["Mod", "Z"]], "scUndo"],
  [[["Mod", "Shift", "Z"]], "scRedo"],
  [[["Mod", "C"]], "scCopy"],
  [[["Mod", "V"]], "scPaste"],
  [[["Mod", "D"]], "scDuplicate"],
  [[["Delete"], ["Backspace"]], "scDelete"],
  [[["Shift", "L"]], "autoLayout"],
  [[["Shift", { ui: "keyClick" }]], "scMulti"],
  [[["Shift", { ui: "keyDrag" }]], "scBox"],
  [[["/"]], "scSearch"],
  [[["?"]], "scHelp"],
  [[["Esc"]], "scEscape"],
  [[["Tab"], ["Shift", "Tab"]], "scTab"],
  [[["Enter"], ["Space"]], "scActivate"],
];

const isMac = () => typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

/** The shortcuts, in the current language, in the editor's modal: Escape closes it and focus goes back. */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const mod = isMac() ? "⌘" : "Ctrl";
  return (
    <Modal title={t("shortcuts")} onClose={onClose} className="shortcuts-dialog">
      <table className="shortcuts-table">
        <tbody>
          {SHORTCUTS.map(([combos, what]) => (
            <tr key={what}>
              <td>
                {combos.map((keys, i) => (
                  <span key={i} className="shortcut-combo">
                    {i > 0 ? " / " : null}
                    {keys.map((key, j) => (
                      <span key={j}>
                        {j > 0 ? " + " : null}
                        <kbd>{typeof key === "string" ? (key === "Mod" ? mod : key) : t(key.ui)}</kbd>
                      </span>
                    ))}
                  </span>
                ))}
              </td>
              <td>{t(what)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
