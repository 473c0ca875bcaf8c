import { layOut } from "../diagram/builder";
import { currentVersion } from "../diagram/migrations";
import { restoreDiagram } from "../diagram/parse";
import { FORMAT_NAME, LIMITS, type Diagram } from "../diagram/types";
import type { Text } from "../i18n/text";
import { ImportContext } from "./context";
import { HANDLERS } from "./handlers";
import { Evaluator, type EvalOptions, type TemplateParts } from "./intrinsics";
import { readTemplateText, type Raw, type ReadError } from "./read";
import type { ImportNote, ImportReport } from "./report";
import { mergeGlobals, usesSam } from "./sam";
import { declaredTransforms, expandForEach, LANGUAGE_EXTENSIONS, snippetTransforms, transformNote, type TransformUse } from "./transforms";
import { isRecord, literalString } from "./values";

export type { ImportReport, ResourceOutcome, UnknownValue, ImportNote } from "./report";
export { formatImportReport } from "./report";
export { looksLikeTemplate } from "./detect";

export interface ImportOptions extends EvalOptions {
  /** The diagram's name; the template's Description (first line) unless given. */
  name?: string;
}

export interface ImportError {
  /** Where in the template: `Resources.PublicA.Properties.CidrBlock`, or `line 3, column 7`. */
  path: string;
  message: Text;
}

export type ImportResult = { ok: true; diagram: Diagram; report: ImportReport } | { ok: false; errors: ImportError[] };

type RawObject = Record<string, Raw>;

function isObject(v: Raw | undefined): v is RawObject {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/**
 * A CloudFormation or SAM template (JSON or YAML text) as a diagram, with a report that accounts for
 * every logical ID. Pure and total: never throws, never returns half a diagram.
 */
export function importTemplate(text: string, options: ImportOptions = {}): ImportResult {
  try {
    return importUnsafe(text, options);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: "$", message: { en: `The import failed: ${detail}.`, ko: `가져오기에 실패했습니다: ${detail}.` } }] };
  }
}

function importUnsafe(text: string, options: ImportOptions): ImportResult {
  const read = readTemplateText(text);
  if (!read.ok) return { ok: false, errors: read.errors };
  const template = read.raw;
  const errors: ReadError[] = [];
  if (!isObject(template)) {
    return fail("$", { en: "The template is not a CloudFormation template: expected a mapping at the top level.", ko: "CloudFormation 템플릿이 아닙니다. 최상위에 매핑이 있어야 합니다." });
  }
  const transforms = declaredTransforms(template.Transform);
  const early: ImportNote[] = transforms.filter((t) => !t.applied).map((t) => ({ message: transformNote(t) }));
  const expanded = languageExtensions(text, template, transforms, options, early);
  if (!expanded.ok) return { ok: false, errors: expanded.errors };
  if (expanded.resources === undefined || Object.keys(expanded.resources).length === 0) {
    return fail("Resources", { en: "The template has no Resources section with at least one resource.", ko: "템플릿에 리소스가 하나 이상 있는 Resources 섹션이 없습니다." });
  }
  for (const section of ["Parameters", "Mappings", "Conditions", "Globals"] as const) {
    if (template[section] !== undefined && !isObject(template[section])) {
      errors.push({ path: section, message: { en: `${section} must be a mapping.`, ko: `${section}은(는) 매핑이어야 합니다.` } });
    }
  }
  const sam = usesSam(template.Transform);
  const globals = isObject(template.Globals) ? template.Globals : {};
  const resources: Record<string, TemplateParts["resources"][string]> = {};
  for (const [id, raw] of Object.entries(expanded.resources)) {
    const path = `Resources.${id}`;
    if (!/^[A-Za-z0-9]+$/.test(id)) errors.push({ path, message: { en: `The logical ID "${id}" must be alphanumeric.`, ko: `논리적 ID "${id}"은(는) 영문자와 숫자여야 합니다.` } });
    if (!isObject(raw) || typeof raw.Type !== "string") {
      errors.push({ path: `${path}.Type`, message: { en: `Resource ${id} has no Type.`, ko: `리소스 ${id}에 Type이 없습니다.` } });
      continue;
    }
    if (raw.Properties !== undefined && raw.Properties !== null && !isObject(raw.Properties)) {
      errors.push({ path: `${path}.Properties`, message: { en: `The Properties of ${id} must be a mapping.`, ko: `${id}의 Properties는 매핑이어야 합니다.` } });
      continue;
    }
    if (raw.Condition !== undefined && typeof raw.Condition !== "string") {
      errors.push({ path: `${path}.Condition`, message: { en: `The Condition of ${id} must be a condition name.`, ko: `${id}의 Condition은 조건 이름이어야 합니다.` } });
      continue;
    }
    // SAM's Globals apply before anything is evaluated, as the transform does.
    const section = sam && raw.Type.startsWith("AWS::Serverless::") ? globals[raw.Type.slice("AWS::Serverless::".length)] : undefined;
    resources[id] = { ...raw, Properties: mergeGlobals(section, raw.Properties ?? undefined) ?? {} };
  }
  if (errors.length > 0) return { ok: false, errors };

  const ev = new Evaluator(
    {
      parameters: isObject(template.Parameters) ? template.Parameters : {},
      mappings: isObject(template.Mappings) ? template.Mappings : {},
      conditions: expanded.conditions ?? {},
      resources,
    },
    options,
  );
  const ctx = new ImportContext(ev, new Map(Object.entries(resources).map(([id, r]) => [id, r.Type as string])));
  ctx.notes.push(...early);
  for (const [id, raw] of Object.entries(resources)) {
    const type = raw.Type as string;
    const condition = raw.Condition as string | undefined;
    if (condition !== undefined) {
      const value = ev.condition(condition, `Resources.${id}.Condition`);
      if (value === false) {
        ctx.setOutcome({ id, type }, { outcome: "skipped", condition });
        continue;
      }
      if (value === "unknown") {
        ctx.note(id, { en: `Condition ${condition} cannot be decided without a deployment; the resource is drawn as if it holds.`, ko: `조건 ${condition}은(는) 배포 없이 정할 수 없어, 참인 것으로 보고 리소스를 그렸습니다.` });
      }
    }
    const props = ev.value(raw.Properties, `Resources.${id}.Properties`);
    ctx.add({ id, type, props: isRecord(props) ? props : {} });
  }
  for (const name of Object.keys(expanded.conditions ?? {})) ev.condition(name);
  if (ev.errors.length > 0) return { ok: false, errors: ev.errors };

  for (const pass of [0, 1, 2] as const) {
    for (const r of ctx.resources.values()) {
      const entry = HANDLERS[r.type];
      if (entry?.[0] === pass) entry[1](ctx, r);
      else if (!entry && pass === 0) ctx.setOutcome(r, { outcome: "unsupported" });
    }
  }
  return finish(ctx, { ...template, Conditions: expanded.conditions ?? null }, transforms, options);
}

type Expanded = { ok: true; resources: RawObject | undefined; conditions: RawObject | undefined } | { ok: false; errors: ImportError[] };

/**
 * The Resources and Conditions as CloudFormation sees them after AWS::LanguageExtensions: Fn::ForEach
 * loops expanded (Fn::Length and Fn::ToJsonString are evaluated with the other functions). Snippet
 * macros (Fn::Transform), which Archlint does not run, are noted.
 */
function languageExtensions(text: string, template: RawObject, transforms: TransformUse[], options: ImportOptions, notes: ImportNote[]): Expanded {
  let resources = isObject(template.Resources) ? template.Resources : undefined;
  let conditions = isObject(template.Conditions) ? template.Conditions : undefined;
  if (text.includes("Fn::ForEach::")) {
    if (!transforms.some((t) => t.name === LANGUAGE_EXTENSIONS)) {
      notes.push({
        message: {
          en: `The template uses Fn::ForEach without the ${LANGUAGE_EXTENSIONS} transform, which CloudFormation refuses; the loops are expanded as if it were declared.`,
          ko: `템플릿이 ${LANGUAGE_EXTENSIONS} 변환 없이 Fn::ForEach를 씁니다. CloudFormation은 이를 거부합니다. 변환이 선언된 것처럼 반복을 펼쳤습니다.`,
        },
      });
    }
    // Collections name parameters and mappings, never resources.
    const collections = new Evaluator(
      { parameters: isObject(template.Parameters) ? template.Parameters : {}, mappings: isObject(template.Mappings) ? template.Mappings : {}, conditions: {}, resources: {} },
      options,
    );
    const read = (raw: Raw, path: string) => collections.value(raw, path);
    const errors: ImportError[] = [];
    for (const [section, value] of [["Resources", resources], ["Conditions", conditions]] as const) {
      if (value === undefined) continue;
      const result = expandForEach(value, section, read);
      errors.push(...result.errors);
      notes.push(...result.notes);
      if (section === "Resources") resources = result.value as RawObject;
      else conditions = result.value as RawObject;
    }
    if (errors.length > 0) return { ok: false, errors };
  }
  if (resources && (text.includes("Fn::Transform") || text.includes("!Transform"))) {
    for (const use of snippetTransforms(resources, "Resources")) {
      const logicalId = /^Resources\.([^.[]+)/.exec(use.path)?.[1];
      const atSection = logicalId === "Fn::Transform";
      notes.push({
        ...(atSection ? {} : { logicalId }),
        message: {
          en: `${use.path} runs ${use.name}, which Archlint does not run: ${atSection ? "the resources it would add are not in the diagram" : "the values it would produce are unknown, and defaults are used"}.`,
          ko: `${use.path}은(는) Archlint가 실행하지 않는 ${use.name}을(를) 실행합니다. ${atSection ? "추가될 리소스가 다이어그램에 없습니다" : "만들어질 값을 알 수 없어 기본값을 씁니다"}.`,
        },
      });
    }
    if ("Fn::Transform" in resources) {
      const { ["Fn::Transform"]: _included, ...rest } = resources;
      resources = rest;
    }
  }
  return { ok: true, resources, conditions };
}

function idOf(outcome: { logicalId: string; type: string }): { id: string; type: string } {
  return { id: outcome.logicalId, type: outcome.type };
}

function fail(path: string, message: Text): ImportResult {
  return { ok: false, errors: [{ path, message }] };
}

/** Drops what cannot stand (a node whose container is not drawn, an edge to nothing), lays out, and checks the result. */
function finish(ctx: ImportContext, template: RawObject, transforms: TransformUse[], options: ImportOptions): ImportResult {
  ctx.settlePlaceholders();
  const dropped = (id: string) => ({ en: `it would sit in ${id}, which is not drawn`, ko: `그려지지 않은 ${id} 안에 놓여야 합니다` });
  for (let changed = true; changed; ) {
    changed = false;
    for (const node of [...ctx.nodes.values()]) {
      if (node.parent === null || ctx.nodes.has(node.parent)) continue;
      ctx.nodes.delete(node.id);
      changed = true;
      const outcome = node.origin === undefined ? undefined : ctx.outcomes.get(node.origin);
      if (outcome?.outcome === "node") {
        const left = outcome.nodeIds.filter((id) => ctx.nodes.has(id));
        if (left.length === 0 || node.id === node.origin) ctx.setOutcome(idOf(outcome), { outcome: "omitted", reason: dropped(node.parent) });
        else ctx.setOutcome(idOf(outcome), { outcome: "node", kind: outcome.kind, nodeIds: left });
      }
    }
  }
  const lostEdges = new Map<string, string[]>();
  for (const edge of [...ctx.edges.values()]) {
    const missing = [edge.source, edge.target].find((id) => !ctx.nodes.has(id));
    if (missing === undefined) continue;
    ctx.edges.delete(edge.id);
    const outcome = ctx.outcomes.get(edge.origin);
    if (outcome?.outcome === "edge") {
      const left = outcome.edgeIds.filter((id) => ctx.edges.has(id));
      if (left.length === 0) ctx.setOutcome(idOf(outcome), { outcome: "omitted", reason: { en: `${missing} is not drawn`, ko: `${missing}이(가) 그려지지 않았습니다` } });
      else ctx.setOutcome(idOf(outcome), { outcome: "edge", edgeIds: left });
    } else if (outcome?.outcome === "node" || outcome?.outcome === "folded") {
      lostEdges.set(edge.origin, [...(lostEdges.get(edge.origin) ?? []), `${edge.kind} → ${missing}`]);
    }
  }
  for (const [origin, lost] of lostEdges) {
    ctx.note(origin, { en: `Not drawn, because the other end is not in the diagram: ${lost.join(", ")}.`, ko: `다른 쪽 끝이 다이어그램에 없어 그리지 않았습니다: ${lost.join(", ")}.` });
  }
  for (const id of ctx.declaredTypes.keys()) {
    if (!ctx.outcomes.has(id)) throw new Error(`resource ${id} was not accounted for`);
  }

  const nodes = [...ctx.nodes.values()];
  const layouts = layOut(nodes);
  const description = literalString(template.Description as never);
  const name = (options.name ?? description?.split("\n")[0]?.trim() ?? "").slice(0, LIMITS.maxLabelLength) || "Imported template";
  const restored = restoreDiagram({
    format: FORMAT_NAME,
    version: currentVersion(),
    name,
    nodes: nodes.map((n) => ({ id: n.id, kind: n.kind, label: n.label, parent: n.parent, props: n.props, layout: layouts.get(n.id) })),
    edges: [...ctx.edges.values()].map((e) => ({ id: e.id, kind: e.kind, source: e.source, target: e.target, props: e.props })),
    metadata: { generator: "archlint import", ...(description ? { description: description.slice(0, 10_000) } : {}) },
  });
  if (!restored.ok) {
    // The template maps to something the format refuses: say which resource, not a half diagram.
    return {
      ok: false,
      errors: restored.errors.map((e) => {
        const match = /^\$\.(nodes|edges)\[(\d+)\]/.exec(e.path);
        const item = match ? (match[1] === "nodes" ? nodes[Number(match[2])] : [...ctx.edges.values()][Number(match[2])]) : undefined;
        const origin = item && ("origin" in item ? item.origin : undefined);
        return { path: origin ? `Resources.${origin}` : e.path, message: e.message };
      }),
    };
  }
  const report: ImportReport = {
    region: ctx.region,
    accountId: ctx.ev.accountId,
    parameters: Object.keys(isObject(template.Parameters) ? template.Parameters : {}).map((p) => {
      const v = ctx.ev.value({ Ref: p }, "Parameters");
      return { name: p, value: Array.isArray(v) ? v.map((x) => literalString(x) ?? "?").join(",") : (literalString(v) ?? null) };
    }),
    conditions: Object.keys(isObject(template.Conditions) ? template.Conditions : {}).map((c) => ({ name: c, value: ctx.ev.condition(c) })),
    transforms,
    resources: [...ctx.declaredTypes.keys()].map((id) => ctx.outcomes.get(id)!),
    unknowns: ctx.unknowns,
    notes: ctx.notes,
  };
  return { ok: true, diagram: restored.diagram, report };
}
