/** Helpers for the import tests: load a fixture template and read the verdicts of its diagram. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { DiagramIndex } from "../diagram/graph";
import type { Diagram } from "../diagram/types";
import { analyzeReachability } from "../network";
import type { Status } from "../network/types";
import { importTemplate, type ImportOptions } from ".";

export const FIXTURES = path.resolve(__dirname, "../../tests/fixtures/templates");

export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), "utf8");
}

/** Imports a fixture, failing the test with the errors if it does not import. */
export function load(name: string, options: ImportOptions = {}) {
  const result = importTemplate(fixture(name), options);
  if (!result.ok) throw new Error(`${name} did not import:\n${result.errors.map((e) => `  ${e.path}: ${e.message.en}`).join("\n")}`);
  return result;
}

export function internetEgress(diagram: Diagram, nodeId: string): Status | undefined {
  return analyzeReachability(new DiagramIndex(diagram)).profiles[nodeId]?.internetEgress?.overall.status;
}

/** `kind parent` of a node, for compact expectations. */
export function where(diagram: Diagram, id: string): string | undefined {
  const node = diagram.nodes.find((n) => n.id === id);
  return node ? `${node.kind} in ${node.parent}` : undefined;
}

export function edge(diagram: Diagram, kind: string, source: string, target: string) {
  return diagram.edges.find((e) => e.kind === kind && e.source === source && e.target === target);
}
