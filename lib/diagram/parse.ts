import "../zod-setup";
import { z } from "zod";
import { canSitIn, edgeAllows, getEdgeKind, getKind } from "../kinds";
import type { Text } from "../i18n/text";
import { currentVersion, migrate, type JsonObject } from "./migrations";
import { FORMAT_NAME, LIMITS, type Diagram, type DiagramEdge, type DiagramNode } from "./types";
import { describeZodIssue, joinPath, valueAt } from "./zod-text";

export interface ParseError {
  /** Where in the JSON document, e.g. `$.nodes[3].props.memorySize`. */
  path: string;
  message: Text;
}

export type ParseResult =
  | { ok: true; diagram: Diagram; migratedFrom: number | null }
  | { ok: false; errors: ParseError[] };

const finite = z.number().refine(Number.isFinite, "must be a finite number");

const envelopeSchema = z.object({
  format: z.literal(FORMAT_NAME),
  version: z.number().int(),
  name: z.string().max(LIMITS.maxLabelLength).default("Untitled diagram"),
  nodes: z.array(z.unknown()).max(LIMITS.maxNodes),
  edges: z.array(z.unknown()).max(LIMITS.maxEdges).default([]),
  metadata: z
    .object({
      createdAt: z.string().max(64).optional(),
      updatedAt: z.string().max(64).optional(),
      generator: z.string().max(200).optional(),
      description: z.string().max(10_000).optional(),
    })
    .default({}),
});

const idSchema = z.string().min(1).max(LIMITS.maxIdLength);

const nodeSchema = z.object({
  id: idSchema,
  kind: z.string().min(1).max(100),
  label: z.string().max(LIMITS.maxLabelLength).default(""),
  parent: idSchema.nullable().default(null),
  props: z.record(z.string(), z.unknown()).default({}),
  layout: z.object({
    x: finite.default(0),
    y: finite.default(0),
    w: finite.refine((v) => v > 0, "must be positive").optional(),
    h: finite.refine((v) => v > 0, "must be positive").optional(),
  }).default({ x: 0, y: 0 }),
});

const edgeSchema = z.object({
  id: idSchema,
  kind: z.string().min(1).max(100),
  source: idSchema,
  target: idSchema,
  props: z.record(z.string(), z.unknown()).default({}),
});

class ErrorList {
  readonly items: ParseError[] = [];
  private dropped = 0;
  add(path: string, message: Text): void {
    if (this.items.length < LIMITS.maxErrorsReported) this.items.push({ path, message });
    else this.dropped++;
  }
  addZod(basePath: string, error: z.ZodError, input: unknown, prefix?: Text): void {
    for (const issue of error.issues) {
      const text = describeZodIssue(issue, valueAt(input, issue.path));
      this.add(joinPath(basePath, issue.path), prefix ? { en: `${prefix.en}: ${text.en}`, ko: `${prefix.ko}: ${text.ko}` } : text);
    }
  }
  result(): ParseError[] {
    if (this.dropped === 0) return this.items;
    return [
      ...this.items,
      {
        path: "$",
        message: {
          en: `...and ${this.dropped} more problems not listed.`,
          ko: `...그 밖에 ${this.dropped}개의 문제가 더 있습니다.`,
        },
      },
    ];
  }
  get size(): number {
    return this.items.length + this.dropped;
  }
}

function describeNode(node: { id: string; kind?: string }): Text {
  return { en: `node "${node.id}"`, ko: `노드 "${node.id}"` };
}

/**
 * Reads a diagram file's text. Never throws and never half-loads: either the whole diagram is
 * valid and returned, or every problem found is listed with its JSON path and a sentence.
 */
export function parseDiagram(text: string): ParseResult {
  if (typeof text !== "string") {
    return fail("$", { en: "The file has no text to read.", ko: "읽을 텍스트가 없습니다." });
  }
  // UTF-16 length is a lower bound on the byte size; an exact count is only needed near the limit.
  if (text.length > LIMITS.maxBytes || (text.length > LIMITS.maxBytes / 4 && new TextEncoder().encode(text).length > LIMITS.maxBytes)) {
    return fail("$", {
      en: `The file is larger than ${LIMITS.maxBytes / 1024 / 1024} MB, the most a diagram may be.`,
      ko: `파일이 다이어그램 최대 크기인 ${LIMITS.maxBytes / 1024 / 1024}MB보다 큽니다.`,
    });
  }
  if (text.trim() === "") {
    return fail("$", { en: "The file is empty.", ko: "파일이 비어 있습니다." });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail("$", {
      en: `The file is not valid JSON (${detail}).`,
      ko: `올바른 JSON 파일이 아닙니다 (${detail}).`,
    });
  }
  return restoreDiagram(raw);
}

/** A short quote of a wrong value for a message: never the whole value, never a throw (deep nesting, cycles). */
function preview(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return JSON.stringify(value.slice(0, 60));
  if (value === null || typeof value !== "object") return String(value).slice(0, 60);
  return Array.isArray(value) ? "a list" : "an object";
}

function fail(path: string, message: Text): ParseResult {
  return { ok: false, errors: [{ path, message }] };
}

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Validates an already-decoded document (from IndexedDB, an API body, a share link). */
export function restoreDiagram(raw: unknown): ParseResult {
  if (!isObject(raw)) {
    return fail("$", {
      en: "The file is not an Archlint diagram: expected a JSON object at the top level.",
      ko: "Archlint 다이어그램이 아닙니다. 최상위에 JSON 객체가 있어야 합니다.",
    });
  }
  if (raw.format !== FORMAT_NAME) {
    return fail("$.format", {
      en: `The file is not an Archlint diagram: "format" should be "${FORMAT_NAME}"${raw.format === undefined ? " and is missing" : `, found ${preview(raw.format)}`}.`,
      ko: `Archlint 다이어그램이 아닙니다. "format"은 "${FORMAT_NAME}"이어야 합니다.`,
    });
  }
  const version = raw.version;
  if (typeof version !== "number" || !Number.isInteger(version)) {
    return fail("$.version", {
      en: `"version" should be a whole number (the format version), found ${preview(version)}.`,
      ko: `"version"은 정수(형식 버전)여야 합니다.`,
    });
  }
  const migrated = migrate(raw, version);
  if (!migrated.ok) {
    return fail("$.version", {
      en: `This diagram cannot be read: ${migrated.reason}.`,
      ko: `이 다이어그램을 읽을 수 없습니다: ${migrated.reason}.`,
    });
  }
  const doc = migrated.doc;
  const errors = new ErrorList();

  if (Array.isArray(doc.nodes) && doc.nodes.length > LIMITS.maxNodes) {
    return fail("$.nodes", {
      en: `The diagram has ${doc.nodes.length} nodes; at most ${LIMITS.maxNodes} are allowed.`,
      ko: `다이어그램에 노드가 ${doc.nodes.length}개 있습니다. 최대 ${LIMITS.maxNodes}개까지 허용됩니다.`,
    });
  }
  const envelope = envelopeSchema.safeParse(doc);
  if (!envelope.success) {
    errors.addZod("$", envelope.error, doc);
    return { ok: false, errors: errors.result() };
  }

  const nodes: DiagramNode[] = [];
  const nodeIndex = new Map<string, number>();
  envelope.data.nodes.forEach((rawNode, i) => {
    const path = `$.nodes[${i}]`;
    const parsed = nodeSchema.safeParse(rawNode);
    if (!parsed.success) {
      errors.addZod(path, parsed.error, rawNode);
      return;
    }
    const n = parsed.data;
    const kind = getKind(n.kind);
    if (!kind) {
      errors.add(`${path}.kind`, {
        en: `${describeNode(n).en} has kind "${n.kind}", which Archlint does not know.`,
        ko: `${describeNode(n).ko}의 종류 "${n.kind}"은(는) Archlint가 알지 못하는 종류입니다.`,
      });
      return;
    }
    if (nodeIndex.has(n.id)) {
      errors.add(`${path}.id`, {
        en: `Two nodes share the id "${n.id}" (nodes[${nodeIndex.get(n.id)}] and nodes[${i}]); ids must be unique.`,
        ko: `두 노드가 같은 id "${n.id}"를 씁니다 (nodes[${nodeIndex.get(n.id)}], nodes[${i}]). id는 고유해야 합니다.`,
      });
      return;
    }
    const props = kind.props.safeParse(n.props);
    if (!props.success) {
      errors.addZod(`${path}.props`, props.error, n.props, {
        en: `${kind.name.en} "${n.label || n.id}"`,
        ko: `${kind.name.ko} "${n.label || n.id}"`,
      });
      return;
    }
    nodeIndex.set(n.id, i);
    nodes.push({
      id: n.id,
      kind: n.kind,
      label: n.label,
      parent: n.parent,
      props: props.data as Record<string, unknown>,
      layout: { x: n.layout.x, y: n.layout.y, w: n.layout.w ?? kind.size.w, h: n.layout.h ?? kind.size.h },
    });
  });

  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const node of nodes) {
    const path = `$.nodes[${nodeIndex.get(node.id)}].parent`;
    if (node.parent === null) {
      if (!canSitIn(node.kind, "root")) {
        const kind = getKind(node.kind)!;
        errors.add(path, {
          en: `${kind.name.en} "${node.label || node.id}" must sit inside ${allowedParentsText(node.kind, "en")}, not on the bare canvas.`,
          ko: `${kind.name.ko} "${node.label || node.id}"은(는) 빈 캔버스가 아니라 ${allowedParentsText(node.kind, "ko")} 안에 있어야 합니다.`,
        });
      }
      continue;
    }
    const parent = byId.get(node.parent);
    if (!parent) {
      errors.add(path, {
        en: `Node "${node.id}" names parent "${node.parent}", which is not in the diagram.`,
        ko: `노드 "${node.id}"의 부모 "${node.parent}"이(가) 다이어그램에 없습니다.`,
      });
      continue;
    }
    if (!canSitIn(node.kind, parent.kind)) {
      const kind = getKind(node.kind)!;
      const parentKind = getKind(parent.kind)!;
      errors.add(path, {
        en: `${kind.name.en} "${node.label || node.id}" cannot sit inside ${parentKind.name.en} "${parent.label || parent.id}"; it belongs in ${allowedParentsText(node.kind, "en")}.`,
        ko: `${kind.name.ko} "${node.label || node.id}"은(는) ${parentKind.name.ko} "${parent.label || parent.id}" 안에 둘 수 없습니다. ${allowedParentsText(node.kind, "ko")} 안에 두세요.`,
      });
    }
  }
  for (const cycle of findParentCycles(nodes, byId)) {
    errors.add(`$.nodes[${nodeIndex.get(cycle[0]!)}].parent`, {
      en: `Nodes contain each other in a loop: ${cycle.map((id) => `"${id}"`).join(" → ")} → "${cycle[0]}".`,
      ko: `노드들이 서로를 순환해서 포함합니다: ${cycle.map((id) => `"${id}"`).join(" → ")} → "${cycle[0]}".`,
    });
  }

  const edges: DiagramEdge[] = [];
  const edgeIds = new Set<string>();
  envelope.data.edges.forEach((rawEdge, i) => {
    const path = `$.edges[${i}]`;
    const parsed = edgeSchema.safeParse(rawEdge);
    if (!parsed.success) {
      errors.addZod(path, parsed.error, rawEdge);
      return;
    }
    const e = parsed.data;
    const edgeKind = getEdgeKind(e.kind);
    if (!edgeKind) {
      errors.add(`${path}.kind`, {
        en: `Edge "${e.id}" has kind "${e.kind}", which Archlint does not know.`,
        ko: `엣지 "${e.id}"의 종류 "${e.kind}"은(는) Archlint가 알지 못하는 종류입니다.`,
      });
      return;
    }
    if (edgeIds.has(e.id) || byId.has(e.id)) {
      errors.add(`${path}.id`, {
        en: `The id "${e.id}" of edges[${i}] is already used; ids must be unique across nodes and edges.`,
        ko: `edges[${i}]의 id "${e.id}"는 이미 쓰이고 있습니다. id는 노드와 엣지 전체에서 고유해야 합니다.`,
      });
      return;
    }
    edgeIds.add(e.id);
    const source = byId.get(e.source);
    const target = byId.get(e.target);
    for (const [end, id, node] of [["source", e.source, source], ["target", e.target, target]] as const) {
      if (!node) {
        errors.add(`${path}.${end}`, {
          en: `Edge "${e.id}" points to ${end} "${id}", which is not in the diagram.`,
          ko: `엣지 "${e.id}"의 ${end === "source" ? "출발" : "도착"} 노드 "${id}"이(가) 다이어그램에 없습니다.`,
        });
      }
    }
    if (!source || !target) return;
    if (!edgeAllows(edgeKind, source.kind, target.kind)) {
      const s = getKind(source.kind)!;
      const t = getKind(target.kind)!;
      errors.add(path, {
        en: `A ${edgeKind.name.en.toLowerCase()} cannot go from ${s.name.en} "${source.label || source.id}" to ${t.name.en} "${target.label || target.id}".`,
        ko: `${s.name.ko} "${source.label || source.id}"에서 ${t.name.ko} "${target.label || target.id}"(으)로는 ${edgeKind.name.ko} 관계를 만들 수 없습니다.`,
      });
      return;
    }
    const props = edgeKind.props.safeParse(e.props);
    if (!props.success) {
      errors.addZod(`${path}.props`, props.error, e.props, { en: `Edge "${e.id}"`, ko: `엣지 "${e.id}"` });
      return;
    }
    edges.push({ id: e.id, kind: e.kind, source: e.source, target: e.target, props: props.data as Record<string, unknown> });
  });

  if (errors.size > 0) return { ok: false, errors: errors.result() };
  return {
    ok: true,
    diagram: {
      format: FORMAT_NAME,
      version: currentVersion(),
      name: envelope.data.name,
      nodes,
      edges,
      metadata: envelope.data.metadata,
    },
    migratedFrom: migrated.applied.length > 0 ? version : null,
  };
}

function allowedParentsText(kindId: string, lang: "en" | "ko"): string {
  const kind = getKind(kindId);
  if (!kind) return "";
  const names = kind.parents
    .filter((p) => p !== "root")
    .map((p) => getKind(p)?.name[lang] ?? p);
  if (lang === "en") return names.length ? `a ${names.join(" or a ")}` : "the canvas";
  return names.length ? names.join(" 또는 ") : "캔버스";
}

/** Each parent cycle once, as the list of ids around it. Iterative, so deep nesting cannot overflow the stack. */
export function findParentCycles(nodes: readonly DiagramNode[], byId: ReadonlyMap<string, DiagramNode>): string[][] {
  const state = new Map<string, 1 | 2>(); // 1: on the current walk, 2: known to end at the root
  const cycles: string[][] = [];
  for (const start of nodes) {
    if (state.has(start.id)) continue;
    const walk: string[] = [];
    let current: DiagramNode | undefined = start;
    while (current && !state.has(current.id)) {
      state.set(current.id, 1);
      walk.push(current.id);
      current = current.parent === null ? undefined : byId.get(current.parent);
    }
    if (current && state.get(current.id) === 1) {
      const from = walk.indexOf(current.id);
      if (from >= 0) cycles.push(walk.slice(from));
    }
    for (const id of walk) state.set(id, 2);
  }
  return cycles;
}
