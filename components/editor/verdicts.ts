import type { NetworkProfile, Verdict } from "@/lib/network/types";

/** Which verdict of the selected resource is shown on the canvas. */
export type VerdictKey = "egress" | "ingress" | `service:${string}` | `connection:${string}`;

/** The nodes a verdict's path runs through, and the one that blocks it, for highlighting on the canvas. */
export function verdictHighlight(verdict: Verdict | undefined): { path: string[]; blocker?: string } {
  if (!verdict) return { path: [] };
  const path = (verdict.path ?? []).flatMap((hop) => (hop.kind === "node" || hop.kind === "route" ? [hop.nodeId] : []));
  return { path, ...(verdict.blocker ? { blocker: verdict.blocker.nodeId } : {}) };
}

export function verdictFor(profile: NetworkProfile, key: VerdictKey): Verdict | undefined {
  if (key === "egress") return profile.internetEgress?.overall;
  if (key === "ingress") return profile.internetIngress.verdict;
  if (key.startsWith("service:")) return profile.awsServices.find((s) => `service:${s.service}` === key)?.access.overall;
  return profile.connections.find((c) => `connection:${c.edgeId}` === key)?.verdict.overall;
}
