import type { z } from "zod";
import type { Text } from "../i18n/text";

const KO_TYPES: Record<string, string> = {
  string: "문자열",
  number: "숫자",
  int: "정수",
  boolean: "참/거짓 값",
  array: "배열",
  object: "객체",
  undefined: "값 없음",
  null: "null",
};

function receivedType(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "array";
  if (typeof input === "number" && Number.isNaN(input)) return "NaN";
  return typeof input;
}

function shown(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** A zod issue as a sentence in both languages, naming what was expected and what was found. */
export function describeZodIssue(issue: z.core.$ZodIssue, input: unknown): Text {
  switch (issue.code) {
    case "invalid_type": {
      const got = receivedType(input);
      return {
        en: `expected ${issue.expected}, but found ${got === "undefined" ? "nothing" : got}`,
        ko: `${KO_TYPES[issue.expected] ?? issue.expected} 값이어야 하는데 ${KO_TYPES[got] ?? got}입니다`,
      };
    }
    case "too_small":
      return {
        en: `must be at least ${String(issue.minimum)}${issue.origin === "string" ? " characters long" : issue.origin === "array" ? " items" : ""}, found ${shown(input)}`,
        ko: `최소 ${String(issue.minimum)}${issue.origin === "string" ? "자" : issue.origin === "array" ? "개" : ""} 이상이어야 합니다 (현재 ${shown(input)})`,
      };
    case "too_big":
      return {
        en: `must be at most ${String(issue.maximum)}${issue.origin === "string" ? " characters long" : issue.origin === "array" ? " items" : ""}, found ${shown(input)}`,
        ko: `최대 ${String(issue.maximum)}${issue.origin === "string" ? "자" : issue.origin === "array" ? "개" : ""} 이하여야 합니다 (현재 ${shown(input)})`,
      };
    case "invalid_value": {
      const allowed = issue.values.map((v) => shown(v)).join(", ");
      return {
        en: `must be one of ${allowed}, found ${shown(input)}`,
        ko: `${allowed} 중 하나여야 합니다 (현재 ${shown(input)})`,
      };
    }
    case "invalid_format":
      return {
        en: `${shown(input)} is not ${issue.format === "cidrv4" ? "an IPv4 CIDR block such as 10.0.0.0/16" : issue.format === "cidrv6" ? "an IPv6 CIDR block" : issue.message || `a valid ${issue.format}`}`,
        ko: `${shown(input)}은(는) ${issue.format === "cidrv4" ? "10.0.0.0/16 같은 IPv4 CIDR 블록이" : issue.format === "cidrv6" ? "IPv6 CIDR 블록이" : `올바른 ${issue.format} 형식이`} 아닙니다`,
      };
    case "unrecognized_keys":
      return {
        en: `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`,
        ko: `알 수 없는 필드 ${issue.keys.map((k) => `"${k}"`).join(", ")}`,
      };
    default:
      return { en: issue.message, ko: `값이 올바르지 않습니다: ${issue.message}` };
  }
}

/** Follows a zod issue path into the input to show what was actually there. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** `$.nodes[3].props.memorySize` from a base path and a zod issue path. */
export function joinPath(base: string, path: readonly PropertyKey[]): string {
  let out = base;
  for (const key of path) out += typeof key === "number" ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `.${String(key)}` : `[${JSON.stringify(String(key))}]`;
  return out;
}
