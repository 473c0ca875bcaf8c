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
  // One pass, no intermediate arrays: this runs for every resource, subnet and service.
  let no: Check | undefined;
  let unknown: Check | undefined;
  let notes: Text[] | undefined;
  for (const c of checks) {
    if (c.status === "no") no ??= c;
    else if (c.status === "unknown") unknown ??= c;
    if (c.notes && c.notes.length) (notes ??= []).push(...c.notes);
  }
  const decisive = no ?? unknown;
  const result: Check = decisive ? (decisive.blocker ? { status: decisive.status, blocker: decisive.blocker } : { status: decisive.status }) : { status: "yes" };
  if (notes) result.notes = notes.length > 1 ? dedupe(notes) : notes;
  return result;
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
