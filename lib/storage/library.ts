import { serializeDiagram } from "../diagram/create";
import { parseDiagram, type ParseError } from "../diagram/parse";
import type { Diagram } from "../diagram/types";
import type { Text } from "../i18n/text";

/** What the list shows of a saved diagram, kept apart from its text so listing stays cheap. */
export interface DiagramSummary {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  nodeCount: number;
  edgeCount: number;
}

/** The two record kinds a backing store keeps: summaries, and each diagram's file text under the same id. */
export interface DiagramDocument {
  id: string;
  text: string;
}

/** Where the records live: IndexedDB in the browser, a Map in tests or when IndexedDB is refused. */
export interface RecordStore {
  summaries(): Promise<DiagramSummary[]>;
  summary(id: string): Promise<DiagramSummary | undefined>;
  document(id: string): Promise<DiagramDocument | undefined>;
  /** Writes both records at once: never a summary without its text. */
  put(summary: DiagramSummary, document: DiagramDocument): Promise<void>;
  remove(id: string): Promise<void>;
}

export type OpenResult = { ok: true; diagram: Diagram; summary: DiagramSummary } | { ok: false; errors: ParseError[] };

export type StorageProblem = "quota" | "unavailable" | "missing" | "other";

/** A refused storage operation, with what went wrong in both languages. */
export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    readonly text: Text,
    options?: { cause?: unknown },
  ) {
    super(text.en, options);
    this.name = "StorageError";
  }
}

/** Names a browser's storage failure for people; a full storage (QuotaExceededError) is told apart. */
export function storageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  const detail = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  if (name === "QuotaExceededError" || /quota/i.test(detail)) {
    return new StorageError(
      "quota",
      {
        en: "This browser's storage is full, so the diagram was not saved. Export it as JSON, or delete diagrams you no longer need.",
        ko: "이 브라우저의 저장 공간이 가득 차서 다이어그램을 저장하지 못했습니다. JSON으로 내보내거나 필요 없는 다이어그램을 지우세요.",
      },
      { cause: error },
    );
  }
  return new StorageError("other", { en: `The browser refused to save: ${detail}`, ko: `브라우저가 저장을 거부했습니다: ${detail}` }, { cause: error });
}

/** A new id for a saved diagram: random, so two tabs never pick the same one. */
export function newDiagramId(): string {
  const random = typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `d-${random}`;
}

/**
 * Named diagrams kept in the browser. The diagram's own `name` is the one name: renaming here
 * rewrites the stored text too. Texts are parsed on open like any imported file, so a diagram saved
 * by an older version is migrated and a damaged one is reported, not opened half-read.
 */
export class DiagramLibrary {
  constructor(
    private readonly store: RecordStore,
    /** False when the diagrams last only as long as the tab (IndexedDB refused); `reason` says why. */
    readonly persistent: boolean,
    readonly reason?: string,
  ) {}

  /** Most recently changed first. */
  async list(): Promise<DiagramSummary[]> {
    const all = await this.guard(() => this.store.summaries());
    return all.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  }

  async open(id: string): Promise<OpenResult> {
    const document = await this.guard(() => this.store.document(id));
    const summary = await this.guard(() => this.store.summary(id));
    if (!document || !summary) throw missing(id);
    const parsed = parseDiagram(document.text);
    return parsed.ok ? { ok: true, diagram: parsed.diagram, summary } : { ok: false, errors: parsed.errors };
  }

  /** Saves under `id`, creating the entry the first time. */
  async save(id: string, diagram: Diagram, now = new Date()): Promise<DiagramSummary> {
    const before = await this.guard(() => this.store.summary(id));
    const summary: DiagramSummary = {
      id,
      name: diagram.name,
      createdAt: before?.createdAt ?? diagram.metadata.createdAt ?? now.toISOString(),
      updatedAt: now.toISOString(),
      nodeCount: diagram.nodes.length,
      edgeCount: diagram.edges.length,
    };
    await this.guard(() => this.store.put(summary, { id, text: serializeDiagram(diagram) }));
    return summary;
  }

  async rename(id: string, name: string, now = new Date()): Promise<DiagramSummary> {
    const opened = await this.open(id);
    if (!opened.ok) throw unreadable(id);
    return this.save(id, { ...opened.diagram, name }, now);
  }

  /** A copy under a new id and the given name; the original is untouched. */
  async duplicate(id: string, name: string, now = new Date()): Promise<DiagramSummary> {
    const opened = await this.open(id);
    if (!opened.ok) throw unreadable(id);
    const copy = { ...opened.diagram, name, metadata: { ...opened.diagram.metadata, createdAt: now.toISOString() } };
    return this.save(newDiagramId(), copy, now);
  }

  async remove(id: string): Promise<void> {
    await this.guard(() => this.store.remove(id));
  }

  private async guard<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw storageError(error);
    }
  }
}

function missing(id: string): StorageError {
  return new StorageError("missing", { en: `The saved diagram ${id} is no longer in this browser.`, ko: `저장한 다이어그램 ${id}이(가) 이 브라우저에 더 이상 없습니다.` });
}

function unreadable(id: string): StorageError {
  return new StorageError("other", { en: `The saved diagram ${id} could not be read.`, ko: `저장한 다이어그램 ${id}을(를) 읽을 수 없습니다.` });
}

/** Records in a Map: for tests, and for a browser that refuses IndexedDB (they last as long as the tab). */
export class MemoryStore implements RecordStore {
  private readonly records = new Map<string, { summary: DiagramSummary; document: DiagramDocument }>();
  async summaries() {
    return [...this.records.values()].map((r) => ({ ...r.summary }));
  }
  async summary(id: string) {
    const record = this.records.get(id);
    return record ? { ...record.summary } : undefined;
  }
  async document(id: string) {
    const record = this.records.get(id);
    return record ? { ...record.document } : undefined;
  }
  async put(summary: DiagramSummary, document: DiagramDocument) {
    this.records.set(summary.id, { summary: { ...summary }, document: { ...document } });
  }
  async remove(id: string) {
    this.records.delete(id);
  }
}
