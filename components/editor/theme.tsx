"use client";
import { useT } from "./lang";

export type Theme = "light" | "dark";

const THEME_KEY = "archlint.theme";

/** The theme the person chose last, else the one their system prefers. */
export function initialTheme(): Theme {
  try {
    const saved = window.localStorage.getItem(THEME_KEY);
    if (saved === "light" || saved === "dark") return saved;
  } catch {
    // Storage may be disabled; follow the system.
  }
  return window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

export function rememberTheme(theme: Theme): void {
  try {
    window.localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Not remembered, but still switched.
  }
}

export function ThemeToggle({ theme, onTheme }: { theme: Theme; onTheme(theme: Theme): void }) {
  const t = useT();
  return (
    <button
      type="button"
      className="icon-button"
      aria-pressed={theme === "dark"}
      aria-label={t("darkMode")}
      title={t("darkMode")}
      onClick={() => onTheme(theme === "dark" ? "light" : "dark")}
    >
      <span aria-hidden="true">{theme === "dark" ? "☾" : "☀"}</span>
    </button>
  );
}
