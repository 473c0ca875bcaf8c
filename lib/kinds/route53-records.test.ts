import { describe, expect, it } from "vitest";
import { DiagramIndex } from "../diagram/graph";
import { build } from "../../tests/fixtures/build";
import { dnsName, recordSets } from "./route53-records";

describe("Route 53 record sets", () => {
  it("compares names case-blind, with or without the final dot", () => {
    expect(dnsName(" WWW.Example.com. ")).toBe("www.example.com");
  });

  it("groups records by name, type, zone and zone visibility", () => {
    const diagram = build()
      .record("a", { name: "www.example.com" })
      .record("b", { name: "WWW.example.com." })
      .record("aaaa", { name: "www.example.com", recordType: "AAAA" })
      .record("private", { name: "www.example.com", privateZone: true })
      .record("other-zone", { name: "www.example.com", zoneName: "www.example.com" })
      .diagram();
    const sets = recordSets(new DiagramIndex(diagram)).map((set) => set.map((r) => r.id));
    expect(sets).toEqual([["a", "b"], ["aaaa"], ["private"], ["other-zone"]]);
  });
});
