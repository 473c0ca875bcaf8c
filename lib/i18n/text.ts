/** Every sentence a person reads comes in both product languages. */
export type Lang = "en" | "ko";
export const LANGS: readonly Lang[] = ["en", "ko"];

export interface Text {
  en: string;
  ko: string;
}

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing value is noticed, not hidden. */
export function format(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : whole,
  );
}

export function formatText(text: Text, data: Readonly<Record<string, string | number>> = {}): Text {
  return { en: format(text.en, data), ko: format(text.ko, data) };
}

export function isLang(value: unknown): value is Lang {
  return value === "en" || value === "ko";
}
