import type { DiagramNode } from "../diagram/types";

/** `com.amazonaws.us-east-1.s3` → `s3`; a short name is kept as written, lowercased. */
export function shortServiceName(name: string): string {
  const lower = name.trim().toLowerCase();
  const parts = lower.split(".");
  return lower.startsWith("com.amazonaws.") && parts.length > 3 ? parts.slice(3).join(".") : lower;
}

/** The short name of the service a VPC endpoint leads to; undefined when unset. */
export function endpointService(endpoint: DiagramNode): string | undefined {
  const name = endpoint.props.serviceName;
  return typeof name === "string" ? shortServiceName(name) : undefined;
}
