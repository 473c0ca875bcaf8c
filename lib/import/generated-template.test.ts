import { describe, expect, it } from "vitest";
import { generateTemplate } from "../../bench/template";
import { validate } from "../engine";
import { importTemplate } from ".";
import { internetEgress } from "./testing";

// The import benchmark's templates must be what they claim: exactly n resources, realistic, importing whole.
describe("the benchmark's generated templates", () => {
  it.each([50, 137])("%i resources, every one accounted for, no error finding", (n) => {
    const result = importTemplate(generateTemplate(n));
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message.en}`).join("\n"));
    expect(result.report.resources).toHaveLength(n);
    expect(result.report.resources.filter((r) => r.outcome === "unsupported").map((r) => r.type)).toEqual(Array(Math.floor(n / 50)).fill("AWS::IAM::Role"));
    expect(result.report.resources.filter((r) => r.outcome === "omitted")).toEqual([]);
    expect(validate(result.diagram).filter((f) => f.severity === "error")).toEqual([]);
    expect(internetEgress(result.diagram, "Worker0")).toBe("yes");
    expect(result.diagram.nodes.find((n) => n.id === "PrivateC0")).toMatchObject({ parent: "Vpc0-us-east-1c", props: { cidrBlock: "10.0.5.0/24" } });
  });
});
