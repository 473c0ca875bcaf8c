import type { Text } from "../i18n/text";
import type { Interval } from "./intervals";
import type { Blocker, Protocol, Status, Verdict } from "./types";

/** A verdict without a path: the result of one filter (a security group, an ACL) or one routing step. */
export type Check = Pick<Verdict, "status" | "blocker" | "notes">;

export const PASS: Check = { status: "yes" };

export function blocked(status: Exclude<Status, "yes">, blocker: Blocker, notes?: Text[]): Check {
  return notes && notes.length ? { status, blocker, notes } : { status, blocker };
}

/**
 * Folds checks made along one path: the first definite `no` wins (it is what to fix), else the
 * first `unknown`, else `yes`; notes from every check are kept.
 */
export function fold(checks: readonly Check[]): Check {
  const notes = checks.flatMap((c) => c.notes ?? []);
  const decisive = checks.find((c) => c.status === "no") ?? checks.find((c) => c.status === "unknown");
  const result: Check = decisive ? { status: decisive.status, ...(decisive.blocker ? { blocker: decisive.blocker } : {}) } : { status: "yes" };
  return notes.length ? { ...result, notes: dedupe(notes) } : result;
}

function dedupe(notes: readonly Text[]): Text[] {
  const seen = new Set<string>();
  return notes.filter((n) => (seen.has(n.en) ? false : (seen.add(n.en), true)));
}

/** `TCP 443`, `TCP 1024-65535`, `UDP all ports`. */
export function portText(protocol: Protocol, range: Interval): string {
  const ports = range[0] === 0 && range[1] === 65535 ? "all ports" : range[0] === range[1] ? String(range[0]) : `${range[0]}-${range[1]}`;
  return `${protocol.toUpperCase()} ${ports}`;
}

export function portTextKo(protocol: Protocol, range: Interval): string {
  const ports = range[0] === 0 && range[1] === 65535 ? "모든 포트" : range[0] === range[1] ? String(range[0]) : `${range[0]}-${range[1]}`;
  return `${protocol.toUpperCase()} ${ports}`;
}
