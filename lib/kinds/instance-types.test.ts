import { describe, expect, it } from "vitest";
import { isKnownXenBased, parseInstanceType } from "./instance-types";

describe("instance types", () => {
  it("splits a type into family and size", () => {
    expect(parseInstanceType("m5d.xlarge")).toEqual({ family: "m5d", size: "xlarge" });
    expect(parseInstanceType("u-6tb1.metal")).toEqual({ family: "u-6tb1", size: "metal" });
    expect(parseInstanceType("nonsense")).toBeUndefined();
  });

  it("knows the Xen-based families", () => {
    for (const type of ["t2.micro", "m4.large", "c4.xlarge", "r4.2xlarge", "x1.16xlarge", "d2.xlarge", "i2.xlarge", "p3.2xlarge", "i3.large"]) {
      expect(isKnownXenBased(type), type).toBe(true);
    }
  });

  it("treats Nitro families, bare metal and unknown families as not known Xen", () => {
    for (const type of ["t3.micro", "m5.large", "c7g.large", "p3dn.24xlarge", "i3.metal", "i3en.large", "zz9.large", "bad"]) {
      expect(isKnownXenBased(type), type).toBe(false);
    }
  });
});
