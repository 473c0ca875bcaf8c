import { applyOps } from "@/lib/diagram/ops";
import { parseDiagram } from "@/lib/diagram/parse";
import { LIMITS } from "@/lib/diagram/types";
import type { Text } from "@/lib/i18n/text";
import { uiText } from "@/lib/i18n/ui";
import { looksLikeTemplate } from "@/lib/import/detect";
import type { ImportReport } from "@/lib/import/report";
import { newSession, type Session } from "./boot";

/** What the file picker accepts: a diagram, or a CloudFormation / SAM template in JSON or YAML. */
export const IMPORT_ACCEPT = ".json,.yaml,.yml,.template,application/json,application/yaml,application/x-yaml,text/yaml";

export type FileImport = { ok: true; session: Session } | { ok: false; errors: Array<{ path: string; message: Text }> };

/**
 * A dropped or picked file as a new session: an Archlint diagram as it is, or a template (told apart
 * by content, not by name) imported, laid out by ELK in one step, and opened with its import report.
 * A failed layout keeps the importer's grid positions and says so.
 */
export async function importFile(file: File): Promise<FileImport> {
  if (file.size > LIMITS.maxBytes) return { ok: false, errors: [{ path: "$", message: uiText("fileTooLarge", { mb: LIMITS.maxBytes / (1024 * 1024) }) }] };
  const text = await file.text().catch(() => null);
  if (text === null) return { ok: false, errors: [{ path: "$", message: { en: "The file could not be read.", ko: "파일을 읽을 수 없습니다." } }] };
  if (!looksLikeTemplate(text)) {
    const parsed = parseDiagram(text);
    return parsed.ok ? { ok: true, session: newSession(parsed.diagram) } : { ok: false, errors: parsed.errors };
  }
  // The importer (and the YAML reader) load only when a template arrives.
  const { importTemplate } = await import("@/lib/import");
  const result = importTemplate(text);
  if (!result.ok) return { ok: false, errors: result.errors };
  let diagram = result.diagram;
  const session: Session = newSession(diagram);
  try {
    const { layoutInWorker } = await import("./elk-worker");
    diagram = applyOps(diagram, await layoutInWorker(diagram));
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    session.notices.push({ tone: "error", message: uiText("importLayoutFailed", { problem }) });
  }
  return { ok: true, session: { ...session, diagram, importReport: result.report } };
}

export type { ImportReport };
