import { firstLoadScripts } from "../../bench/first-load";
import type { Page } from "@playwright/test";
import { dragKind, expect, openEditor, test } from "./fixtures";

/** Paths under /_next/ of the scripts fetched so far, each with when its request started (ms since navigation). */
async function scriptsFetched(page: Page): Promise<Array<{ path: string; startTime: number }>> {
  return page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((entry) => ({ url: new URL(entry.name), startTime: entry.startTime }))
      .filter(({ url }) => url.pathname.startsWith("/_next/") && url.pathname.endsWith(".js"))
      .map(({ url, startTime }) => ({ path: url.pathname.slice("/_next/".length), startTime })),
  );
}

/** The scripts fetched before the editor marked its canvas as up that the HTML does not list, and those fetched after. */
async function aroundCanvasReady(page: Page, listed: ReadonlySet<string>): Promise<{ unlistedBefore: string[]; unlistedAfter: string[] }> {
  const ready = await page.evaluate(() => performance.getEntriesByName("archlint:canvas-ready")[0]?.startTime ?? null);
  expect(ready, "the editor marks when its canvas is up").not.toBeNull();
  const unlisted = (await scriptsFetched(page)).filter((s) => !listed.has(s.path));
  return {
    unlistedBefore: unlisted.filter((s) => s.startTime < ready!).map((s) => s.path),
    unlistedAfter: unlisted.filter((s) => s.startTime >= ready!).map((s) => s.path),
  };
}

async function listedScripts(page: Page): Promise<Set<string>> {
  const listed = new Set(firstLoadScripts(await (await page.request.get("/")).text()));
  expect(listed.size).toBeGreaterThan(0);
  return listed;
}

// bench/first-load.ts measures the editor's first-load JS from the built HTML alone; this is what makes that honest.
test("every script fetched before the canvas is up is one the page's HTML lists, and the engine comes after", async ({ page }) => {
  const listed = await listedScripts(page);
  await openEditor(page);
  // The engine loads once the canvas is up; the problems panel then stops saying it is checking.
  await expect(page.getByTestId("problems-checking")).toHaveCount(0);
  // So do the AWS icons, into boxes already their size.
  await expect(page.locator('.palette-item[data-kind="aws.vpc"] .kind-icon svg')).toBeVisible();
  const { unlistedBefore, unlistedAfter } = await aroundCanvasReady(page, listed);
  expect(unlistedBefore, "scripts loaded before the canvas was up but not in the HTML").toEqual([]);
  // Something was deferred: at least the engine's chunk arrives after the canvas.
  expect(unlistedAfter.length).toBeGreaterThan(0);
});

test("a saved diagram's problems fill the panel after a reload, and the dialogs open on first use", async ({ page }) => {
  await openEditor(page);
  await dragKind(page, "aws.vpc", { selector: ".react-flow__pane", x: 60, y: 40 });
  await dragKind(page, "aws.subnet", { selector: '.react-flow__node[data-id="vpc-1"]', x: 120, y: 120 });
  await expect(page.locator('.problem[data-rule="subnet-in-one-az"]')).toBeVisible();
  await page.waitForTimeout(600); // past the autosave debounce
  await page.reload();
  await expect(page.getByRole("region", { name: "Diagram canvas" })).toBeVisible();
  await expect(page.locator('.problem[data-rule="subnet-in-one-az"]')).toBeVisible();
  // Reading and checking the saved diagram needed nothing beyond the HTML's scripts either.
  expect((await aroundCanvasReady(page, await listedScripts(page))).unlistedBefore).toEqual([]);

  // Each dialog is fetched when first opened (or sooner, when the browser was idle).
  await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await page.getByRole("button", { name: "Templates", exact: true }).click();
  await expect(page.locator(".template-card").first()).toBeVisible();
});
