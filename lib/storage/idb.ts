import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import { DiagramLibrary, MemoryStore, type DiagramDocument, type DiagramSummary, type RecordStore } from "./library";

const DB_NAME = "archlint";
const DB_VERSION = 1;

interface Schema extends DBSchema {
  summaries: { key: string; value: DiagramSummary };
  documents: { key: string; value: DiagramDocument };
}

class IdbStore implements RecordStore {
  constructor(private readonly db: IDBPDatabase<Schema>) {}
  summaries() {
    return this.db.getAll("summaries");
  }
  summary(id: string) {
    return this.db.get("summaries", id);
  }
  document(id: string) {
    return this.db.get("documents", id);
  }
  async put(summary: DiagramSummary, document: DiagramDocument) {
    const tx = this.db.transaction(["summaries", "documents"], "readwrite");
    // A refused put aborts the transaction; `done` then rejects with the reason (QuotaExceededError).
    await Promise.all([tx.objectStore("summaries").put(summary), tx.objectStore("documents").put(document), tx.done]);
  }
  async remove(id: string) {
    const tx = this.db.transaction(["summaries", "documents"], "readwrite");
    await Promise.all([tx.objectStore("summaries").delete(id), tx.objectStore("documents").delete(id), tx.done]);
  }
}

/** The browser's library: IndexedDB, or diagrams kept only in this tab when the browser refuses it. */
export async function openLibrary(): Promise<DiagramLibrary> {
  if (typeof indexedDB === "undefined") return new DiagramLibrary(new MemoryStore(), false, "IndexedDB is not available in this browser");
  try {
    const db = await openDB<Schema>(DB_NAME, DB_VERSION, {
      upgrade(database) {
        database.createObjectStore("summaries", { keyPath: "id" });
        database.createObjectStore("documents", { keyPath: "id" });
      },
    });
    return new DiagramLibrary(new IdbStore(db), true);
  } catch (error) {
    const detail = error instanceof Error || error instanceof DOMException ? error.message : String(error);
    return new DiagramLibrary(new MemoryStore(), false, detail || "IndexedDB was refused");
  }
}
