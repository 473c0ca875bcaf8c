/** The diagram model: domain first. React Flow's objects are derived from this, never stored. */

export const FORMAT_NAME = "archlint.diagram";

export interface Layout {
  /** Position relative to the parent container (or the canvas for top-level nodes). */
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface DiagramNode {
  id: string;
  kind: string;
  label: string;
  /** Id of the container node this one sits in, or null for the canvas. */
  parent: string | null;
  props: Record<string, unknown>;
  layout: Layout;
}

export interface DiagramEdge {
  id: string;
  /** What the relation means: route, association, attachment, … (lib/kinds/edges.ts). */
  kind: string;
  source: string;
  target: string;
  props: Record<string, unknown>;
}

export interface DiagramMetadata {
  createdAt?: string;
  updatedAt?: string;
  /** The program that wrote the file, e.g. `archlint 0.1.0`. */
  generator?: string;
  description?: string;
}

export interface Diagram {
  format: typeof FORMAT_NAME;
  version: number;
  name: string;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  metadata: DiagramMetadata;
}

/** Upper bounds on what a file may hold, so a hostile or mistaken file cannot exhaust the app. */
export const LIMITS = {
  maxNodes: 20_000,
  maxEdges: 100_000,
  maxBytes: 10 * 1024 * 1024,
  maxLabelLength: 200,
  maxIdLength: 128,
  maxErrorsReported: 50,
} as const;
