/** Report formatters: pure functions from findings to text, JSON and SARIF, shared by the CLI, the API and the app. */
export { formatText } from "./text";
export { escapeMarkdown, formatMarkdown } from "./markdown";
export { toJson, type JsonFinding, type JsonReport } from "./json";
export {
  toSarif,
  SARIF_LEVELS,
  SARIF_SCHEMA,
  SARIF_VERSION,
  type SarifLevel,
  type SarifLog,
  type SarifOptions,
  type SarifResult,
} from "./sarif";
export { catalogToJson, formatCatalogText, type JsonCatalogRule } from "./catalog";
export { describeNode, nodeLabel, nodeLookup, summaryLine, SEVERITY_HEADINGS, type SeverityCounts } from "./labels";
export {
  formatPathText,
  formatPorts,
  formatReachResourceText,
  formatReachText,
  hopsToJson,
  mergeServices,
  reachToJson,
  resourceToJson,
  serviceName,
  verdictToJson,
  type JsonBlocker,
  type JsonConnection,
  type JsonHop,
  type JsonReachReport,
  type JsonReachResource,
  type JsonServiceAccess,
  type JsonSubnetVerdict,
  type JsonVerdict,
  type Reachable,
} from "./reach";
