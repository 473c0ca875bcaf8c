/**
 * The fuzz suite (issue 8): property-based and mutation tests with fast-check. One entry file so the
 * input counter is shared; the last test prints "fuzz: N inputs" for CI and checks the floor.
 * FUZZ_SCALE multiplies every run count, FUZZ_SEED fixes the seed.
 */
import { afterAll, describe, expect, it } from "vitest";
import { diagramSuite } from "./diagram.fuzz";
import { importSuite } from "./import.fuzz";
import { roundTripSuite } from "./roundtrip.fuzz";
import { assertPrototypeClean, counter } from "./harness";
import { shareSuite } from "./share.fuzz";

const started = performance.now();

diagramSuite();
importSuite();
roundTripSuite();
shareSuite();

describe("fuzz totals", () => {
  it("fed at least 10,000 generated inputs and left Object.prototype clean", () => {
    assertPrototypeClean();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`fuzz: ${counter.inputs} inputs in ${seconds} s`);
    if (!process.env.FUZZ_SCALE || Number(process.env.FUZZ_SCALE) >= 1) expect(counter.inputs).toBeGreaterThanOrEqual(10_000);
  });
});

afterAll(() => assertPrototypeClean());
