import type { Text } from "../i18n/text";
import type { Raw, ReadError } from "./read";
import { SAM_TRANSFORM } from "./sam";
import { literalString, unknownReason, type Value } from "./values";

/**
 * The transforms a template declares, and what Archlint does with each: SAM's and
 * AWS::LanguageExtensions are applied; any other (AWS::Include, AWS::SecretsManager, a macro) is not,
 * and the import report says so.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/transform-section-structure.html
 */
export const LANGUAGE_EXTENSIONS = "AWS::LanguageExtensions";
const APPLIED = new Set([SAM_TRANSFORM, LANGUAGE_EXTENSIONS]);

export interface TransformUse {
  name: string;
  applied: boolean;
}

/** `Transform: Name`, `Transform: [A, B]`, or `Transform: {Name: AWS::Include, Parameters: …}` (each item may be either). */
export function declaredTransforms(transform: Raw | undefined): TransformUse[] {
  if (transform === undefined || transform === null) return [];
  const items = Array.isArray(transform) ? transform : [transform];
  return items.map((item) => {
    const name = typeof item === "string" ? item : isObject(item) && typeof item.Name === "string" ? item.Name : JSON.stringify(item);
    return { name, applied: APPLIED.has(name) };
  });
}

export function transformNote(use: TransformUse): Text {
  return {
    en: `Transform ${use.name} is not applied: Archlint does not run it, so resources it would add or change are not in the diagram as it would make them.`,
    ko: `변환 ${use.name}은(는) 적용되지 않았습니다. Archlint는 이를 실행하지 않으므로, 변환이 추가하거나 바꿀 리소스는 변환 결과대로 다이어그램에 있지 않습니다.`,
  };
}

type RawObject = Record<string, Raw>;

function isObject(v: Raw | undefined): v is RawObject {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

const FOR_EACH = "Fn::ForEach::";
/** A bound on what loops may produce, so a small template cannot expand without end. */
const MAX_EXPANDED_KEYS = 100_000;
/** Archlint's own bound on nesting (a guard against runaway input, not a CloudFormation quota). */
const MAX_DEPTH = 8;

export interface ExpandResult {
  value: Raw;
  errors: ReadError[];
  notes: Array<{ logicalId?: string; message: Text }>;
}

/** What a loop's collection evaluates to: `Ref` to a list parameter, a mapping lookup… */
export type CollectionReader = (raw: Raw, path: string) => Value | undefined;

/**
 * Fn::ForEach of the AWS::LanguageExtensions transform, expanded as CloudFormation expands it before
 * anything else: each `Fn::ForEach::Name: [Identifier, Collection, {OutputKey: OutputValue}]` key of a
 * mapping is replaced by one OutputKey per item, with `${Identifier}` and `&{Identifier}` (the item
 * without its non-alphanumeric characters) substituted in keys and strings, and `Ref: Identifier`
 * replaced by the item. Loops may nest; a collection that cannot be decided is reported, not guessed.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-foreach.html
 */
export function expandForEach(raw: Raw, path: string, readCollection: CollectionReader): ExpandResult {
  const out: ExpandResult = { value: null, errors: [], notes: [] };
  const budget = { left: MAX_EXPANDED_KEYS };
  out.value = expand(raw, path, 0, readCollection, out, budget);
  return out;
}

function expand(raw: Raw, path: string, depth: number, read: CollectionReader, out: ExpandResult, budget: { left: number }): Raw {
  if (Array.isArray(raw)) return raw.map((item, i) => expand(item, `${path}[${i}]`, depth, read, out, budget));
  if (!isObject(raw)) return raw;
  const result: RawObject = {};
  const put = (key: string, value: Raw, where: string) => {
    if (key in result) {
      out.errors.push({ path: where, message: { en: `Fn::ForEach produces the key "${key}" twice.`, ko: `Fn::ForEach가 키 "${key}"을(를) 두 번 만듭니다.` } });
      return;
    }
    if (--budget.left < 0) throw new Error(`Fn::ForEach expands to more than ${MAX_EXPANDED_KEYS} keys`);
    result[key] = value;
  };
  for (const [key, value] of Object.entries(raw)) {
    const at = `${path}.${key}`;
    if (!key.startsWith(FOR_EACH)) {
      put(key, expand(value, at, depth, read, out, budget), at);
      continue;
    }
    const loop = key.slice(FOR_EACH.length);
    if (depth >= MAX_DEPTH) {
      out.errors.push({ path: at, message: { en: `Fn::ForEach loops nest more than ${MAX_DEPTH} deep, more than Archlint expands.`, ko: `Fn::ForEach 반복이 ${MAX_DEPTH}단계보다 깊게 중첩되어 Archlint가 펼치지 않습니다.` } });
      continue;
    }
    if (!Array.isArray(value) || value.length !== 3 || typeof value[0] !== "string" || !isObject(value[2])) {
      out.errors.push({
        path: at,
        message: { en: "Fn::ForEach expects [Identifier, Collection, {OutputKey: OutputValue}].", ko: "Fn::ForEach에는 [Identifier, Collection, {OutputKey: OutputValue}]가 필요합니다." },
      });
      continue;
    }
    const [identifier, collectionRaw, fragment] = value as [string, Raw, RawObject];
    const items = collectionItems(read(collectionRaw, `${at}[1]`));
    if (typeof items === "string") {
      out.notes.push({
        message: {
          en: `Loop ${loop} (Fn::ForEach) is not expanded: its collection is not known (${items}), so the resources or values it would make are not in the diagram. Give the parameter a value (--param) to expand it.`,
          ko: `반복 ${loop}(Fn::ForEach)을(를) 펼치지 않았습니다. 컬렉션을 알 수 없어(${items}) 반복이 만들 리소스나 값이 다이어그램에 없습니다. 매개변수에 값을 주면(--param) 펼쳐집니다.`,
        },
      });
      continue;
    }
    for (const item of items) {
      const substituted = substitute(fragment, identifier, item) as RawObject;
      const expanded = expand(substituted, at, depth + 1, read, out, budget) as RawObject;
      for (const [outKey, outValue] of Object.entries(expanded)) put(outKey, outValue, `${at}.${outKey}`);
    }
  }
  return result;
}

/** The collection as strings, or why it is not known. */
function collectionItems(value: Value | undefined): string[] | string {
  if (!Array.isArray(value)) return value === undefined ? "it is empty" : (unknownReason(value) ?? "it is not a list");
  const items: string[] = [];
  for (const item of value) {
    const s = literalString(item);
    if (s === undefined) return unknownReason(item) ?? "an item is not a single value";
    items.push(s);
  }
  return items;
}

function substitute(raw: Raw, identifier: string, item: string): Raw {
  if (typeof raw === "string") return substituteText(raw, identifier, item);
  if (Array.isArray(raw)) return raw.map((v) => substitute(v, identifier, item));
  if (!isObject(raw)) return raw;
  const keys = Object.keys(raw);
  if (keys.length === 1 && keys[0] === "Ref" && raw.Ref === identifier) return item;
  const out: RawObject = {};
  for (const key of keys) out[substituteText(key, identifier, item)] = substitute(raw[key]!, identifier, item);
  return out;
}

function substituteText(text: string, identifier: string, item: string): string {
  if (!text.includes("{")) return text;
  return text.split(`\${${identifier}}`).join(item).split(`&{${identifier}}`).join(item.replace(/[^A-Za-z0-9]/g, ""));
}

/** Every `Fn::Transform` (a macro or AWS::Include on a snippet) under `raw`, with its path and name. */
export function snippetTransforms(raw: Raw, path: string, found: Array<{ path: string; name: string }> = []): Array<{ path: string; name: string }> {
  if (Array.isArray(raw)) raw.forEach((v, i) => snippetTransforms(v, `${path}[${i}]`, found));
  else if (isObject(raw)) {
    for (const [key, value] of Object.entries(raw)) {
      if (key === "Fn::Transform") {
        const name = isObject(value) && typeof value.Name === "string" ? value.Name : "?";
        found.push({ path: `${path}.${key}`, name });
      } else snippetTransforms(value, `${path}.${key}`, found);
    }
  }
  return found;
}
