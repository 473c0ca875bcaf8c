import { CORE_SCHEMA, defineMappingTag, defineScalarTag, defineSequenceTag, load } from "js-yaml";
import type { Text } from "../i18n/text";

/** A template as written, short forms turned into their long forms (`!Ref X` → `{ Ref: X }`). */
export type Raw = string | number | boolean | null | Raw[] | { [key: string]: Raw };

export interface ReadError {
  /** `line 12, column 5`, or a path into the template. */
  path: string;
  message: Text;
}

/** Each short-form tag and the long form it stands for. */
const SHORT_FORMS: Readonly<Record<string, string>> = {
  "!Ref": "Ref",
  "!Condition": "Condition",
  "!GetAtt": "Fn::GetAtt",
  "!Sub": "Fn::Sub",
  "!Select": "Fn::Select",
  "!GetAZs": "Fn::GetAZs",
  "!Join": "Fn::Join",
  "!Split": "Fn::Split",
  "!If": "Fn::If",
  "!Equals": "Fn::Equals",
  "!And": "Fn::And",
  "!Or": "Fn::Or",
  "!Not": "Fn::Not",
  "!FindInMap": "Fn::FindInMap",
  "!Cidr": "Fn::Cidr",
  "!ImportValue": "Fn::ImportValue",
  "!Base64": "Fn::Base64",
  "!Transform": "Fn::Transform",
  "!Length": "Fn::Length",
  "!ToJsonString": "Fn::ToJsonString",
};

/** A tagged node while it is read: its tag and its value so far. */
interface Tagged<T> {
  tag: string;
  value: T;
}

/**
 * A value under a tag: the long form for CloudFormation's short forms; any other tag is kept as the
 * plain value (CloudFormation refuses it; the evaluator reports what it cannot use, with its path).
 */
function longForm(tag: string, value: Raw): Raw {
  const name = SHORT_FORMS[tag];
  if (!name) return value;
  // `!GetAtt Resource.Attribute` is the string form of `Fn::GetAtt: [Resource, Attribute]`; the attribute may hold dots (Outputs.Name).
  if (name === "Fn::GetAtt" && typeof value === "string") {
    const dot = value.indexOf(".");
    return { [name]: dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
  }
  return { [name]: value };
}

// Every local tag (`!Name`) on a scalar, a sequence or a mapping, matched by its `!` prefix.
const SCHEMA = CORE_SCHEMA.withTags(
  defineScalarTag<Raw>("!", { matchByTagPrefix: true, resolve: (source, _explicit, tag) => longForm(tag, source), identify: () => false }),
  defineSequenceTag<Tagged<Raw[]>, Raw>("!", {
    matchByTagPrefix: true,
    create: (tag) => ({ tag, value: [] }),
    addItem: (carrier, item) => void carrier.value.push(item as Raw),
    finalize: (carrier) => longForm(carrier.tag, carrier.value),
    identify: () => false,
  }),
  defineMappingTag<Tagged<Record<string, Raw>>, Raw>("!", {
    matchByTagPrefix: true,
    create: (tag) => ({ tag, value: {} }),
    addPair: (carrier, key, value) => {
      setKey(carrier.value, String(key), value as Raw);
      return "";
    },
    has: (carrier, key) => Object.hasOwn(carrier.value, String(key)),
    keys: (result) => (isObject(result) ? Object.keys(result) : []),
    get: (result, key) => (isObject(result) ? result[String(key)] : undefined),
    finalize: (carrier) => longForm(carrier.tag, carrier.value),
    identify: () => false,
  }),
);

function isObject(v: unknown): v is Record<string, Raw> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** Aliases may repeat a subtree; this bounds the expanded size so a small file cannot explode. */
const MAX_EXPANDED_NODES = 1_000_000;
/** Real templates use a handful of aliases (CloudFormation itself does not resolve them); more is refused. */
const MAX_ALIASES = 10_000;
const MAX_DEPTH = 500;

/**
 * Reads a template's text, JSON or YAML, with CloudFormation's short-form tags. Never throws:
 * a text that is neither gives the parser's complaint with its line and column.
 */
export function readTemplateText(text: string): { ok: true; raw: Raw } | { ok: false; errors: ReadError[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") return { ok: false, errors: [{ path: "$", message: { en: "The template is empty.", ko: "템플릿이 비어 있습니다." } }] };
  // JSON first: far faster on large templates, and every JSON template is one.
  if (body.trimStart().startsWith("{")) {
    try {
      return { ok: true, raw: JSON.parse(body) as Raw };
    } catch {
      // Not strict JSON (a comment, a trailing comma): YAML may still read it.
    }
  }
  let parsed: unknown;
  try {
    // Duplicate keys are refused; aliases and nesting are bounded (the expansion is bounded below).
    parsed = load(body, { schema: SCHEMA, maxAliases: MAX_ALIASES, maxDepth: MAX_DEPTH });
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: unknown }).reason;
    const detail = typeof reason === "string" ? reason : error instanceof Error ? error.message.split("\n")[0]! : String(error);
    return {
      ok: false,
      errors: [
        {
          path: mark ? `line ${mark.line + 1}, column ${mark.column + 1}` : "$",
          message: { en: `The template is not valid YAML or JSON: ${detail}`, ko: `올바른 YAML이나 JSON 템플릿이 아닙니다: ${detail}` },
        },
      ],
    };
  }
  try {
    return { ok: true, raw: toRaw(parsed, { left: MAX_EXPANDED_NODES }, 0) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: "$", message: { en: `The template cannot be read: ${detail}.`, ko: `템플릿을 읽을 수 없습니다: ${detail}.` } }] };
  }
}

/** A fresh tree of what the parser built, where an alias is a shared object: each use counts against the budget. */
function toRaw(value: unknown, budget: { left: number }, depth: number): Raw {
  if (--budget.left < 0) throw new Error("its aliases expand to too large a document");
  if (depth > MAX_DEPTH) throw new Error("it is nested too deeply");
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  if (Array.isArray(value)) return value.map((item) => toRaw(item, budget, depth + 1));
  if (typeof value === "object") {
    const out: Record<string, Raw> = {};
    // `<<` merge keys (YAML 1.1) are not part of CloudFormation; kept as an ordinary key.
    for (const [key, item] of Object.entries(value)) setKey(out, key, toRaw(item, budget, depth + 1));
    return out;
  }
  return String(value);
}

/** `object[key] = value`, where a `__proto__` key is an own property, not the prototype. */
function setKey(object: Record<string, Raw>, key: string, value: Raw): void {
  if (key === "__proto__") Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}
