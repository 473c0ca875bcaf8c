export * from "./types";
export { parseDiagram, restoreDiagram, type ParseError, type ParseResult } from "./parse";
export { DiagramIndex } from "./graph";
export { applyOps, descendantsAndSelf, type DiagramOp } from "./ops";
export { createEdge, createNode, emptyDiagram, freshId, serializeDiagram, usedIds } from "./create";
export { MIGRATIONS, currentVersion, migrate, type Migration } from "./migrations";
