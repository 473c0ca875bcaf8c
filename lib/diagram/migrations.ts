/**
 * The format's migrations: one numbered sequence. Step `to: N` turns a version N-1 document into
 * version N. The current version is derived from the list, so adding a step is the only way to move it.
 */
export type JsonObject = { [key: string]: unknown };

export interface Migration {
  /** The version this step produces. */
  to: number;
  /** What changed, in a sentence, for the changelog and error messages. */
  description: string;
  up(doc: JsonObject): JsonObject;
}

/** Version 1 is the first format; later steps are appended here. */
export const MIGRATIONS: readonly Migration[] = [];

export const FIRST_VERSION = 1;

export function currentVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return FIRST_VERSION + migrations.length;
}

export type MigrationResult =
  | { ok: true; doc: JsonObject; applied: number[] }
  | { ok: false; reason: string };

/** Checks the sequence is contiguous from version 2; a gap or a repeat is a programming error caught by tests. */
export function checkSequence(migrations: readonly Migration[]): string | null {
  for (let i = 0; i < migrations.length; i++) {
    const expected = FIRST_VERSION + i + 1;
    const step = migrations[i];
    if (!step || step.to !== expected) {
      return `migration ${i} produces version ${step?.to ?? "?"} but version ${expected} was expected`;
    }
  }
  return null;
}

export function migrate(doc: JsonObject, fromVersion: number, migrations: readonly Migration[] = MIGRATIONS): MigrationResult {
  const gap = checkSequence(migrations);
  if (gap) return { ok: false, reason: gap };
  const target = currentVersion(migrations);
  if (!Number.isInteger(fromVersion) || fromVersion < FIRST_VERSION) {
    return { ok: false, reason: `version ${String(fromVersion)} is not a format version (they start at ${FIRST_VERSION})` };
  }
  if (fromVersion > target) {
    return {
      ok: false,
      reason: `the file is format version ${fromVersion}, made by a newer Archlint; this one reads up to version ${target}`,
    };
  }
  let current = doc;
  const applied: number[] = [];
  for (const step of migrations) {
    if (step.to <= fromVersion) continue;
    try {
      current = step.up(current);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, reason: `upgrading the file to version ${step.to} (${step.description}) failed: ${detail}` };
    }
    current = { ...current, version: step.to };
    applied.push(step.to);
  }
  return { ok: true, doc: current, applied };
}
