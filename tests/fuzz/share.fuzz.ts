/** decodeShare and the fragment reader on garbage, damaged links and deflate bombs. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "fflate";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDiagram } from "@/lib/diagram/parse";
import { decodeShare, encodeShare, shareFragmentPayload, toBase64Url } from "@/lib/share";
import { assertResultOrClearError, guarded, oddString, params } from "./harness";

const EXAMPLE = readFileSync(path.resolve(import.meta.dirname, "../../examples/broken-subnets.json"), "utf8");

function decode(payload: string): void {
  const result = guarded("decodeShare", () => decodeShare(payload));
  assertResultOrClearError(result);
}

export function shareSuite(): void {
  describe("share link fuzz", { timeout: 60_000 }, () => {
    it("garbage strings and fragments are refused clearly", () => {
      fc.assert(
        fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), oddString, fc.base64String({ maxLength: 400 })), (text) => {
          decode(text);
          guarded("shareFragmentPayload", () => shareFragmentPayload(`#d=${text}`));
        }),
        params(1_200),
      );
    });

    it("base64url of random bytes and of deflated random bytes is refused clearly", () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 600 }), fc.boolean(), (bytes, deflate) => {
          decode(toBase64Url(deflate ? deflateSync(bytes) : bytes));
        }),
        params(800),
      );
    });

    it("a real link truncated or with one character changed is refused clearly or still a diagram", () => {
      const parsed = parseDiagram(EXAMPLE);
      if (!parsed.ok) throw new Error("example does not parse");
      const encoded = encodeShare(parsed.diagram);
      if (!encoded.ok) throw new Error("example does not fit a link");
      const link = encoded.payload;
      fc.assert(
        fc.property(fc.nat({ max: link.length }), fc.option(fc.constantFrom("A", "_", "-", "=", "*", "%")), (at, replace) => {
          decode(replace === null ? link.slice(0, at) : link.slice(0, at) + replace + link.slice(at + 1));
        }),
        params(400),
      );
    });

    it("a deflate bomb is stopped at the size cap", () => {
      const bomb = toBase64Url(deflateSync(new Uint8Array(24 * 1024 * 1024).fill(0x20), { level: 9 }));
      const result = guarded("decodeShare", () => decodeShare(bomb));
      expect(result.ok).toBe(false);
      assertResultOrClearError(result);
    });
  });
}
