import type { Diagram } from "../diagram/types";
import type { Finding, RuleMeta, Severity } from "../engine/types";
import type { Lang } from "../i18n/text";
import { nodeLabel, nodeLookup } from "./labels";

/** SARIF 2.1.0 (OASIS), the subset Archlint writes. */
export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
export const SARIF_VERSION = "2.1.0";

export type SarifLevel = "error" | "warning" | "note";

export const SARIF_LEVELS: Record<Severity, SarifLevel> = { error: "error", warning: "warning", info: "note" };

export interface SarifMessage {
  text: string;
}

export interface SarifReportingDescriptor {
  id: string;
  name?: string;
  shortDescription?: SarifMessage;
  fullDescription?: SarifMessage;
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties?: Record<string, unknown>;
}

export interface SarifLogicalLocation {
  name: string;
  fullyQualifiedName: string;
  kind: "resource";
  properties?: Record<string, unknown>;
}

export interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string } };
  logicalLocations?: SarifLogicalLocation[];
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: SarifLocation[];
  properties?: Record<string, unknown>;
}

export interface SarifLog {
  $schema: typeof SARIF_SCHEMA;
  version: typeof SARIF_VERSION;
  runs: [
    {
      tool: {
        driver: {
          name: "archlint";
          informationUri?: string;
          version: string;
          rules: SarifReportingDescriptor[];
        };
      };
      results: SarifResult[];
    },
  ];
}

export interface SarifOptions {
  /** The diagram the findings are about: logical locations name its nodes by label. */
  diagram: Diagram;
  /** Archlint's version (package.json). */
  version: string;
  /** Absolute URI of Archlint's home page. */
  informationUri?: string;
}

/** `subnet-cidr-in-vpc` → `SubnetCidrInVpc`: SARIF's `name` is an identifier-like form of the rule. */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("");
}

/**
 * A SARIF 2.1.0 log with one run: every rule in the catalog as a reporting descriptor, and each
 * finding as a result pointing at the diagram file, with the nodes it is about as logical
 * locations. A finding whose rule is not in `rules` still gets a (minimal) descriptor, so every
 * `ruleIndex` is valid.
 */
export function toSarif(
  findings: readonly Finding[],
  rules: readonly { readonly meta: RuleMeta }[],
  fileUri: string,
  lang: Lang,
  options: SarifOptions,
): SarifLog {
  const descriptors: SarifReportingDescriptor[] = [];
  const indexById = new Map<string, number>();
  for (const { meta } of rules) {
    if (indexById.has(meta.id)) continue;
    indexById.set(meta.id, descriptors.length);
    descriptors.push({
      id: meta.id,
      name: ruleName(meta.id),
      shortDescription: { text: meta.title[lang] },
      fullDescription: { text: meta.explanation[lang] },
      helpUri: meta.docsUrl,
      defaultConfiguration: { level: SARIF_LEVELS[meta.severity] },
      properties: { category: meta.category, ...(meta.notesSection ? { notesSection: meta.notesSection } : {}) },
    });
  }

  const byId = nodeLookup(options.diagram);
  const results = findings.map((finding): SarifResult => {
    let ruleIndex = indexById.get(finding.ruleId);
    if (ruleIndex === undefined) {
      ruleIndex = descriptors.length;
      indexById.set(finding.ruleId, ruleIndex);
      descriptors.push({
        id: finding.ruleId,
        name: ruleName(finding.ruleId),
        fullDescription: { text: finding.explanation[lang] },
        helpUri: finding.docsUrl,
        defaultConfiguration: { level: SARIF_LEVELS[finding.severity] },
      });
    }
    const logicalLocations = finding.nodeIds.map(
      (id): SarifLogicalLocation => ({
        name: nodeLabel(byId, id),
        fullyQualifiedName: id,
        kind: "resource",
        ...(byId.has(id) ? { properties: { archlintKind: byId.get(id)!.kind } } : {}),
      }),
    );
    return {
      ruleId: finding.ruleId,
      ruleIndex,
      level: SARIF_LEVELS[finding.severity],
      message: { text: finding.message[lang] },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: fileUri } },
          ...(logicalLocations.length > 0 ? { logicalLocations } : {}),
        },
      ],
      ...(finding.fixes.length > 0 ? { properties: { fixes: finding.fixes.map((f) => f.title[lang]) } } : {}),
    };
  });

  return {
    $schema: SARIF_SCHEMA,
    version: SARIF_VERSION,
    runs: [
      {
        tool: {
          driver: {
            name: "archlint",
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            version: options.version,
            rules: descriptors,
          },
        },
        results,
      },
    ],
  };
}
