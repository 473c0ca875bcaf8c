"use client";
import { useEffect, useId, useMemo, useState } from "react";
import type { z } from "zod";
import { describeZodIssue } from "@/lib/diagram/zod-text";
import { useLang, useT } from "./lang";

type FieldType = "boolean" | "number" | "string" | "enum" | "json";

interface FieldInfo {
  key: string;
  type: FieldType;
  optional: boolean;
  options: string[];
}

interface ZodDefLike {
  type: string;
  innerType?: z.ZodType;
  entries?: Record<string, string>;
}

function defOf(schema: z.ZodType): ZodDefLike {
  return (schema as unknown as { def: ZodDefLike }).def;
}

/** What input a property needs, read from its kind's zod schema: the form is generated, never hand-written. */
export function fieldsOf(schema: z.ZodObject): FieldInfo[] {
  return Object.entries(schema.shape).map(([key, field]) => {
    let inner = field as z.ZodType;
    let optional = false;
    for (let i = 0; i < 5; i++) {
      const def = defOf(inner);
      if ((def.type === "default" || def.type === "optional" || def.type === "nullable") && def.innerType) {
        if (def.type === "optional") optional = true;
        inner = def.innerType;
      } else break;
    }
    const def = defOf(inner);
    switch (def.type) {
      case "boolean":
        return { key, type: "boolean", optional, options: [] };
      case "number":
        return { key, type: "number", optional, options: [] };
      case "string":
        return { key, type: "string", optional, options: [] };
      case "enum":
        return { key, type: "enum", optional, options: Object.values(def.entries ?? {}) };
      default:
        return { key, type: "json", optional, options: [] };
    }
  });
}

interface Props {
  schema: z.ZodObject;
  values: Record<string, unknown>;
  onChange(patch: Record<string, unknown>): void;
  idPrefix: string;
}

/** A form for a kind's (or relation's) properties; a value is applied only once the schema accepts it. */
export function SchemaForm({ schema, values, onChange, idPrefix }: Props) {
  const fields = useMemo(() => fieldsOf(schema), [schema]);
  if (fields.length === 0) return null;
  return (
    <div className="schema-form">
      {fields.map((field) => (
        <Field key={`${idPrefix}:${field.key}`} field={field} schema={schema} values={values} onChange={onChange} />
      ))}
    </div>
  );
}

function toDraft(field: FieldInfo, value: unknown): string {
  if (value === undefined || value === null) return "";
  if (field.type === "json") return JSON.stringify(value, null, 1);
  return String(value);
}

function Field({ field, schema, values, onChange }: { field: FieldInfo } & Omit<Props, "idPrefix">) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const value = values[field.key];
  const [draft, setDraft] = useState(() => toDraft(field, value));
  const [error, setError] = useState<string | null>(null);
  // Follows the model when it changes from elsewhere (undo, a quick fix); `field` is stable per schema.
  useEffect(() => {
    setDraft(toDraft(field, value));
    setError(null);
  }, [field, value]);

  const commit = (raw: unknown) => {
    const candidate = { ...values, [field.key]: raw };
    if (raw === undefined) delete candidate[field.key];
    const parsed = schema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues.find((i) => i.path[0] === field.key) ?? parsed.error.issues[0]!;
      setError(describeZodIssue(issue, raw)[lang]);
      return;
    }
    setError(null);
    onChange({ [field.key]: (parsed.data as Record<string, unknown>)[field.key] });
  };

  const fromText = (text: string): unknown => {
    if (text.trim() === "" && field.optional) return undefined;
    if (field.type === "number") return text.trim() === "" ? undefined : Number(text);
    if (field.type === "json") {
      try {
        return JSON.parse(text);
      } catch {
        return Symbol.for("invalid-json");
      }
    }
    return text;
  };

  const label = (
    <label htmlFor={id} className="field-label">
      {field.key}
    </label>
  );
  let input: React.ReactNode;
  if (field.type === "boolean") {
    input = <input id={id} type="checkbox" checked={value === true} onChange={(e) => commit(e.target.checked)} />;
  } else if (field.type === "enum") {
    input = (
      <select id={id} value={value === undefined ? "" : String(value)} onChange={(e) => commit(e.target.value === "" ? undefined : e.target.value)}>
        {field.optional ? <option value="">—</option> : null}
        {field.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  } else if (field.type === "json") {
    input = (
      <textarea
        id={id}
        rows={4}
        value={draft}
        spellCheck={false}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          const parsed = fromText(draft);
          if (parsed === Symbol.for("invalid-json")) setError(lang === "ko" ? "올바른 JSON이 아닙니다" : "not valid JSON");
          else commit(parsed);
        }}
      />
    );
  } else {
    input = (
      <input
        id={id}
        type={field.type === "number" ? "number" : "text"}
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          commit(fromText(e.target.value));
        }}
      />
    );
  }
  return (
    <div className={`field field-${field.type}${error ? " has-error" : ""}`}>
      {label}
      {input}
      {error ? (
        <p className="field-error" role="alert">
          {t("invalidValue")}: {error}
        </p>
      ) : null}
    </div>
  );
}
