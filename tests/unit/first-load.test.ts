import { describe, expect, it } from "vitest";
import { firstLoadScripts } from "../../bench/first-load";

describe("firstLoadScripts (bench/first-load.ts)", () => {
  const html = [
    '<link rel="preload" as="script" href="/_next/static/chunks/late.js"/>',
    '<script src="/_next/static/chunks/a.js" async=""></script>',
    '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
    '<script>self.__next_f.push([1,"inline"])</script>',
    '<script src="https://example.com/elsewhere.js"></script>',
    '<script async src="/_next/static/chunks/b.js"></script>',
  ].join("");

  it("lists the page's own scripts a module-capable browser downloads, in order", () => {
    expect(firstLoadScripts(html)).toEqual(["static/chunks/a.js", "static/chunks/b.js"]);
  });

  it("leaves out noModule scripts, which such browsers never fetch", () => {
    expect(firstLoadScripts(html)).not.toContain("static/chunks/polyfills.js");
    expect(firstLoadScripts('<script src="/_next/static/chunks/p.js" nomodule></script>')).toEqual([]);
  });
});
