import type { DiagramIndex } from "../diagram/graph";
import type { DiagramNode } from "../diagram/types";

/** A DNS name as Route 53 compares it: case-blind, with or without the final dot. */
export function dnsName(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, "");
}

/**
 * Records that answer the same question: same name and type in the same hosted zone. Routing
 * policies (weighted, failover, multivalue…) choose among the records of one such set.
 */
export function recordSets(index: DiagramIndex): DiagramNode[][] {
  const sets = new Map<string, DiagramNode[]>();
  for (const record of index.ofKind("aws.route53-record")) {
    const { name, recordType, zoneName, privateZone } = record.props;
    if (typeof name !== "string" || typeof recordType !== "string") continue;
    const zone = typeof zoneName === "string" ? dnsName(zoneName) : "";
    const key = JSON.stringify([dnsName(name), recordType, zone, privateZone === true]);
    const set = sets.get(key);
    if (set) set.push(record);
    else sets.set(key, [record]);
  }
  return [...sets.values()];
}
