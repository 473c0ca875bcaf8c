import { describe, expect, it } from "vitest";
import { emptyDiagram } from "../diagram/create";
import { DIAGRAM } from "../report/testing";
import { DiagramLibrary, MemoryStore, StorageError, storageError, type RecordStore } from "./library";

const T0 = new Date("2025-01-01T00:00:00Z");
const T1 = new Date("2025-01-02T00:00:00Z");
const T2 = new Date("2025-01-03T00:00:00Z");

function library(store: RecordStore = new MemoryStore()) {
  return new DiagramLibrary(store, false, "test");
}

describe("DiagramLibrary", () => {
  it("saves, lists newest first with counts, and opens what it saved", async () => {
    const lib = library();
    await lib.save("a", { ...DIAGRAM, name: "first" }, T0);
    await lib.save("b", emptyDiagram("second", T1), T1);
    const list = await lib.list();
    expect(list.map((s) => [s.id, s.name, s.nodeCount])).toEqual([["b", "second", 0], ["a", "first", 4]]);
    const opened = await lib.open("a");
    expect(opened.ok && opened.diagram.nodes.map((n) => n.id)).toEqual(DIAGRAM.nodes.map((n) => n.id));
  });

  it("keeps the creation time and moves the update time on each save", async () => {
    const lib = library();
    await lib.save("a", DIAGRAM, T0);
    const again = await lib.save("a", DIAGRAM, T2);
    expect(again.createdAt).toBe(T0.toISOString());
    expect(again.updatedAt).toBe(T2.toISOString());
  });

  it("renames in the summary and in the stored diagram", async () => {
    const lib = library();
    await lib.save("a", DIAGRAM, T0);
    await lib.rename("a", "renamed", T1);
    expect((await lib.list())[0]!.name).toBe("renamed");
    const opened = await lib.open("a");
    expect(opened.ok && opened.diagram.name).toBe("renamed");
  });

  it("duplicates under a new id, leaving the original", async () => {
    const lib = library();
    await lib.save("a", DIAGRAM, T0);
    const copy = await lib.duplicate("a", "fixture (copy)", T1);
    expect(copy.id).not.toBe("a");
    expect(copy.createdAt).toBe(T1.toISOString());
    const list = await lib.list();
    expect(list.map((s) => s.name)).toEqual(["fixture (copy)", "fixture"]);
    const opened = await lib.open(copy.id);
    expect(opened.ok && opened.diagram.nodes).toHaveLength(4);
  });

  it("deletes, and opening a deleted diagram says it is gone", async () => {
    const lib = library();
    await lib.save("a", DIAGRAM, T0);
    await lib.remove("a");
    expect(await lib.list()).toEqual([]);
    await expect(lib.open("a")).rejects.toMatchObject({ problem: "missing" });
  });

  it("reports a damaged stored text as errors instead of opening it", async () => {
    const store = new MemoryStore();
    const lib = library(store);
    const summary = await lib.save("a", DIAGRAM, T0);
    await store.put(summary, { id: "a", text: "{ not json" });
    const opened = await lib.open("a");
    expect(opened.ok).toBe(false);
  });

  it("reports a full storage as such, never swallowing it", async () => {
    const full = new MemoryStore();
    full.put = async () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
    const error = await library(full).save("a", DIAGRAM, T0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).problem).toBe("quota");
    expect((error as StorageError).text.en).toContain("storage is full");
    expect((error as StorageError).text.ko).toContain("저장 공간");
  });
});

describe("storageError", () => {
  it("tells a full storage from other refusals", () => {
    expect(storageError(new DOMException("x", "QuotaExceededError")).problem).toBe("quota");
    expect(storageError(new Error("disk on fire")).problem).toBe("other");
    expect(storageError(new Error("disk on fire")).text.en).toContain("disk on fire");
  });
});
