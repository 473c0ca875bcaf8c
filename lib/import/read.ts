import { Alias, isAlias, isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node, type ScalarTag, type CollectionTag } from "yaml";
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

// The tags keep the node as it is; `toRaw` turns tagged nodes into long forms. Each tag is accepted
// on a scalar, a sequence and a mapping, so a misuse is reported by the evaluator with its path.
const CUSTOM_TAGS: (ScalarTag | CollectionTag)[] = Object.keys(SHORT_FORMS).flatMap((tag) => [
  { tag, resolve: (value: string) => value } satisfies ScalarTag,
  { tag, collection: "seq", resolve: (value) => value } satisfies CollectionTag,
  { tag, collection: "map", resolve: (value) => value } satisfies CollectionTag,
]);

/** Aliases may repeat a subtree; this bounds the expanded size so a small file cannot explode. */
const MAX_EXPANDED_NODES = 1_000_000;
/** Real templates use a handful of aliases (CloudFormation itself does not resolve them); more is refused. */
const MAX_ALIASES = 10_000;

/** Each alias's anchored node, found in one pass: yaml's `Alias.resolve(doc)` walks the whole document per call. */
type AliasTargets = Map<Alias, Node | undefined>;

function resolveAliases(doc: Document.Parsed): AliasTargets | string {
  const targets: AliasTargets = new Map();
  const anchors = new Map<string, Node>();
  let tooMany = false;
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) {
        if (targets.size >= MAX_ALIASES) {
          tooMany = true;
          return visit.BREAK;
        }
        targets.set(node, anchors.get(node.source));
      } else if (node.anchor) {
        anchors.set(node.anchor, node);
      }
      return undefined;
    },
  });
  return tooMany ? `it uses more than ${MAX_ALIASES} YAML aliases` : targets;
}

/**
 * Reads a template's text, JSON or YAML, with CloudFormation's short-form tags. Never throws:
 * a text that is neither gives the parser's complaints with their line and column.
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
  let doc: Document.Parsed;
  try {
    doc = parseDocument(body, { customTags: CUSTOM_TAGS, prettyErrors: true, uniqueKeys: true, strict: false });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: "$", message: { en: `The template cannot be read: ${detail}`, ko: `템플릿을 읽을 수 없습니다: ${detail}` } }] };
  }
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.slice(0, 20).map((e) => {
        const at = e.linePos?.[0];
        const detail = e.message.split("\n")[0] ?? e.message;
        return {
          path: at ? `line ${at.line}, column ${at.col}` : "$",
          message: { en: `The template is not valid YAML or JSON: ${detail}`, ko: `올바른 YAML이나 JSON 템플릿이 아닙니다: ${detail}` },
        };
      }),
    };
  }
  const budget = { left: MAX_EXPANDED_NODES };
  try {
    const targets = resolveAliases(doc);
    if (typeof targets === "string") throw new Error(targets);
    return { ok: true, raw: toRaw(doc.contents, targets, budget, 0) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: "$", message: { en: `The template cannot be read: ${detail}.`, ko: `템플릿을 읽을 수 없습니다: ${detail}.` } }] };
  }
}

function toRaw(node: Node | null | undefined | unknown, targets: AliasTargets, budget: { left: number }, depth: number): Raw {
  if (--budget.left < 0) throw new Error("its aliases expand to too large a document");
  if (depth > 500) throw new Error("it is nested too deeply");
  if (node === null || node === undefined) return null;
  if (isAlias(node)) {
    const target = targets.get(node as Alias);
    if (!target) throw new Error(`the alias *${(node as Alias).source} names no anchor set before it`);
    return toRaw(target, targets, budget, depth + 1);
  }
  let value: Raw;
  if (isScalar(node)) {
    const v = node.value;
    value = typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v === null ? v : typeof v === "bigint" ? Number(v) : String(v);
  } else if (isSeq(node)) {
    value = node.items.map((item) => toRaw(item, targets, budget, depth + 1));
  } else if (isMap(node)) {
    const out: Record<string, Raw> = {};
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(toRaw(pair.key, targets, budget, depth + 1));
      // `<<` merge keys (YAML 1.1) are not part of CloudFormation; kept as an ordinary key.
      out[key] = toRaw(pair.value, targets, budget, depth + 1);
    }
    value = out;
  } else {
    return null;
  }
  const tag = (node as { tag?: string }).tag;
  const longForm = tag ? SHORT_FORMS[tag] : undefined;
  if (!longForm) return value;
  // `!GetAtt Resource.Attribute` is the string form of `Fn::GetAtt: [Resource, Attribute]`; the attribute may hold dots (Outputs.Name).
  if (longForm === "Fn::GetAtt" && typeof value === "string") {
    const dot = value.indexOf(".");
    return { [longForm]: dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
  }
  return { [longForm]: value };
}
