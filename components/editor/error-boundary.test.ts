// @vitest-environment happy-dom
import { createElement, act, type ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { build } from "@/lib/diagram/builder";
import { parseDiagram } from "@/lib/diagram/parse";
import { ErrorBoundary } from "./error-boundary";
import { LangContext } from "./lang";

/**
 * The boundary around the canvas and each panel, rendered in a DOM: a part that throws while
 * rendering shows the sentence and the download button instead of blanking the page, the download
 * is the diagram as it is at the moment of the click, and "Try again" renders the part anew.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLElement;
let root: Root;
let downloads: Blob[];

beforeEach(() => {
  host = document.createElement("div");
  document.body.append(host);
  root = createRoot(host);
  downloads = [];
  vi.spyOn(URL, "createObjectURL").mockImplementation((blob: Blob | MediaSource) => {
    downloads.push(blob as Blob);
    return "blob:archlint-test";
  });
  vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => undefined);
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.restoreAllMocks();
});

let broken = true;
function Panel(): ReactNode {
  if (broken) throw new Error("inspector exploded");
  return createElement("p", { id: "panel" }, "panel works");
}

const diagramNow = { current: build().vpc("vpc-1", null, { cidrBlock: "10.0.0.0/16" }).diagram() };

function render(lang: "en" | "ko"): void {
  act(() =>
    root.render(
      createElement(
        LangContext.Provider,
        { value: lang },
        createElement("section", null, [
          createElement(ErrorBoundary, { key: "b", area: { en: "inspector", ko: "속성 패널" }, getDiagram: () => diagramNow.current, children: createElement(Panel) }),
          createElement("p", { key: "s", id: "sibling" }, "the rest of the editor"),
        ]),
      ),
    ),
  );
}

describe("ErrorBoundary", () => {
  it("replaces only the broken part with a sentence naming it and the error, in English", () => {
    broken = true;
    render("en");
    const alert = host.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain("The inspector stopped working because of an error (inspector exploded)");
    expect(host.querySelector("#panel")).toBeNull();
    expect(host.querySelector("#sibling")?.textContent).toBe("the rest of the editor");
    expect(console.error).toHaveBeenCalled();
  });

  it("says it in Korean", () => {
    broken = true;
    render("ko");
    expect(host.querySelector('[role="alert"]')?.textContent).toContain("속성 패널에서 오류가 발생해");
    expect([...host.querySelectorAll("button")].map((b) => b.textContent)).toEqual(["다이어그램 JSON 내려받기", "다시 시도"]);
  });

  it("downloads the diagram as it is when the button is pressed, as a file that loads back", async () => {
    broken = true;
    render("en");
    diagramNow.current = build().vpc("vpc-1", null, { cidrBlock: "10.0.0.0/16" }).vpc("vpc-2", null, { cidrBlock: "10.1.0.0/16" }).diagram();
    const download = [...host.querySelectorAll("button")].find((b) => b.textContent === "Download diagram JSON")!;
    act(() => download.click());
    expect(downloads).toHaveLength(1);
    const parsed = parseDiagram(await downloads[0]!.text());
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.diagram.nodes.map((n) => n.id).sort()).toEqual(["vpc-1", "vpc-2"]);
  });

  it("renders the part again on Try again, once it no longer throws", () => {
    broken = true;
    render("en");
    broken = false;
    const retry = [...host.querySelectorAll("button")].find((b) => b.textContent === "Try again")!;
    act(() => retry.click());
    expect(host.querySelector('[role="alert"]')).toBeNull();
    expect(host.querySelector("#panel")?.textContent).toBe("panel works");
  });
});
