import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkSequence, currentVersion, FIRST_VERSION, MIGRATIONS, migrate, type JsonObject, type Migration } from "./migrations";

/** Three steps that each leave a trace, so order and coverage can be read from the result. */
const STEPS: Migration[] = [
  { to: 2, description: "adds a", up: (doc) => ({ ...doc, trail: [...trail(doc), "2"], a: true }) },
  { to: 3, description: "renames a to b", up: ({ a, ...doc }) => ({ ...doc, trail: [...trail(doc), "3"], b: a }) },
  { to: 4, description: "adds c", up: (doc) => ({ ...doc, trail: [...trail(doc), "4"], c: 1 }) },
];

function trail(doc: JsonObject): string[] {
  return Array.isArray(doc.trail) ? (doc.trail as string[]) : [];
}

describe("the real MIGRATIONS", () => {
  it("form a contiguous sequence", () => {
    expect(checkSequence(MIGRATIONS)).toBeNull();
    expect(currentVersion()).toBe(FIRST_VERSION + MIGRATIONS.length);
  });

  it("pass the current version through untouched", () => {
    const doc = { format: "archlint.diagram", version: currentVersion(), nodes: [] };
    const result = migrate(doc, currentVersion());
    expect(result).toEqual({ ok: true, doc, applied: [] });
  });

  it("bring version 1 to the current version, applying every step once", () => {
    const result = migrate({ version: 1, nodes: [] }, 1);
    if (!result.ok) throw new Error(result.reason);
    expect(result.applied).toEqual(MIGRATIONS.map((m) => m.to));
    expect(result.doc.version).toBe(currentVersion());
  });

  // Every step has its own test: a saved file of the older version and the document the step must make of it.
  const FIXTURES = path.resolve(import.meta.dirname, "../../tests/fixtures/migrations");
  it.each(MIGRATIONS.map((m) => [m.to, m] as const))("step to version %i turns its fixture into the expected document", (to, step) => {
    const input = path.join(FIXTURES, `v${to - 1}.json`);
    const expected = path.join(FIXTURES, `v${to - 1}-to-v${to}.json`);
    expect(existsSync(input) && existsSync(expected), `tests/fixtures/migrations/v${to - 1}.json and v${to - 1}-to-v${to}.json`).toBe(true);
    const doc = JSON.parse(readFileSync(input, "utf8")) as JsonObject;
    expect(step.up(structuredClone(doc))).toEqual(JSON.parse(readFileSync(expected, "utf8")));
  });

  it("has fixtures only for steps that exist", () => {
    for (let from = FIRST_VERSION + MIGRATIONS.length; from < FIRST_VERSION + MIGRATIONS.length + 5; from++) {
      expect(existsSync(path.join(FIXTURES, `v${from}.json`)), `a fixture for a step to ${from + 1} that MIGRATIONS lacks`).toBe(false);
    }
  });

  it("refuse a newer version", () => {
    const result = migrate({}, currentVersion() + 1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain("newer Archlint");
  });
});

describe("migrate with a synthetic 3-step sequence", () => {
  it("derives the current version from the list", () => {
    expect(currentVersion(STEPS)).toBe(4);
  });

  it("applies every step in order from version 1", () => {
    const result = migrate({ version: 1, name: "x" }, 1, STEPS);
    expect(result).toEqual({ ok: true, applied: [2, 3, 4], doc: { version: 4, name: "x", trail: ["2", "3", "4"], b: true, c: 1 } });
  });

  it("runs only the later steps from a middle version", () => {
    const result = migrate({ version: 3, b: "kept" }, 3, STEPS);
    expect(result).toEqual({ ok: true, applied: [4], doc: { version: 4, b: "kept", trail: ["4"], c: 1 } });
  });

  it("does nothing at the last version", () => {
    expect(migrate({ version: 4 }, 4, STEPS)).toEqual({ ok: true, applied: [], doc: { version: 4 } });
  });

  it("never mutates the input document", () => {
    const input = { version: 1, trail: ["start"] };
    migrate(input, 1, STEPS);
    expect(input).toEqual({ version: 1, trail: ["start"] });
  });

  it("refuses a newer version, naming both", () => {
    const result = migrate({}, 5, STEPS);
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/version 5.*newer Archlint.*up to version 4/) });
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("refuses %s as a version", (version) => {
    const result = migrate({}, version, STEPS);
    expect(result.ok).toBe(false);
  });

  it("reports a throwing step as ok:false with its reason, never throwing", () => {
    const broken: Migration[] = [
      STEPS[0]!,
      {
        to: 3,
        description: "splits the name",
        up: () => {
          throw new Error("name is not a string");
        },
      },
      STEPS[2]!,
    ];
    let result: ReturnType<typeof migrate> | undefined;
    expect(() => (result = migrate({ version: 1 }, 1, broken))).not.toThrow();
    expect(result).toEqual({ ok: false, reason: expect.stringContaining("version 3 (splits the name) failed: name is not a string") });
    // A step that throws something other than an Error is reported too.
    const odd: Migration[] = [{ to: 2, description: "odd", up: () => { throw "plain string"; } }];
    expect(migrate({}, 1, odd)).toEqual({ ok: false, reason: expect.stringContaining("failed: plain string") });
  });
});

describe("checkSequence", () => {
  it("accepts an empty list and a contiguous one", () => {
    expect(checkSequence([])).toBeNull();
    expect(checkSequence(STEPS)).toBeNull();
  });

  it("catches a gap, a repeat and a wrong start, and migrate refuses to run them", () => {
    const gap = [STEPS[0]!, STEPS[2]!];
    expect(checkSequence(gap)).toMatch(/migration 1 produces version 4 but version 3 was expected/);
    expect(checkSequence([STEPS[0]!, STEPS[0]!])).toMatch(/version 2 but version 3/);
    expect(checkSequence([STEPS[1]!])).toMatch(/version 3 but version 2/);
    expect(migrate({}, 1, gap)).toEqual({ ok: false, reason: expect.stringContaining("was expected") });
  });
});
