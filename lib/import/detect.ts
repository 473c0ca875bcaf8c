import { FORMAT_NAME } from "../diagram/types";

/**
 * Whether a file's text is a CloudFormation or SAM template rather than a diagram: a diagram is a
 * JSON object whose "format" is archlint.diagram; a template (JSON or YAML) has a Resources section.
 * Cheap: looks at the text, does not parse YAML.
 */
export function looksLikeTemplate(text: string): boolean {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trimStart().startsWith("{")) {
    try {
      const parsed: unknown = JSON.parse(body);
      if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) {
        const record = parsed as Record<string, unknown>;
        return record.format !== FORMAT_NAME && "Resources" in record;
      }
    } catch {
      // Not strict JSON: YAML (a template with comments) or a broken diagram, told apart below.
    }
  }
  return /^Resources\s*:/m.test(body) || /^\s*"Resources"\s*:/m.test(body);
}
