import type { Page } from "@playwright/test";
import { dragKind, expect, openEditor, snap, test } from "./fixtures";

/**
 * The tab is killed in the middle of an edit (its renderer crashes, so no pagehide, no unload, no
 * pending timer runs) and the person opens the editor again: the edit is there.
 */

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

/** Kills the page's renderer process the way a crash or an OS kill would, and waits until it is gone. */
async function killRenderer(page: Page): Promise<void> {
  const crashed = new Promise<void>((resolve) => page.once("crash", () => resolve()));
  const cdp = await page.context().newCDPSession(page);
  // The renderer dies before it can answer, so the command's own promise never settles usefully.
  void cdp.send("Page.crash").catch(() => undefined);
  await crashed;
}

/** A second tab of the same browser profile, failing the test on its console errors too. */
async function reopen(page: Page, problems: string[]): Promise<Page> {
  const again = await page.context().newPage();
  again.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
  });
  again.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  await again.goto("/");
  await expect(again.getByRole("region", { name: "Diagram canvas" })).toBeVisible();
  return again;
}

test("a tab killed right after typing a label keeps the typed label, and every earlier edit", async ({ page }) => {
  await openEditor(page);
  await dragKind(page, "aws.vpc", { selector: ".react-flow__pane", x: 40, y: 60 });
  await expect(node(page, "vpc-1")).toBeVisible();
  await dragKind(page, "aws.subnet", { selector: '.react-flow__node[data-id="vpc-1"]', x: 20, y: 50 });
  await expect(node(page, "subnet-1")).toBeVisible();

  await node(page, "vpc-1").click({ position: { x: 10, y: 10 } });
  const label = page.getByRole("complementary", { name: "Inspector" }).getByLabel("Label");
  await label.fill("");
  await label.pressSequentially("killed-mid-edit", { delay: 5 });
  await expect(node(page, "vpc-1")).toContainText("killed-mid-edit");
  // No waiting for the debounced save: the crash comes within a few milliseconds of the last key.
  await killRenderer(page);

  const problems: string[] = [];
  const again = await reopen(page, problems);
  await expect(node(again, "vpc-1")).toContainText("killed-mid-edit");
  await expect(node(again, "subnet-1")).toBeVisible();
  await snap(again, "recovered-after-kill");
  expect(problems).toEqual([]);
});

test("a tab killed right after a drop keeps the dropped resource", async ({ page }) => {
  await openEditor(page);
  await dragKind(page, "aws.vpc", { selector: ".react-flow__pane", x: 40, y: 60 });
  await expect(node(page, "vpc-1")).toBeVisible();
  await dragKind(page, "aws.internet-gateway", { selector: '.react-flow__node[data-id="vpc-1"]', x: 300, y: 80 });
  await expect(node(page, "igw-1")).toBeVisible();
  await killRenderer(page);

  const problems: string[] = [];
  const again = await reopen(page, problems);
  await expect(node(again, "igw-1")).toBeVisible();
  expect(problems).toEqual([]);
});

test("a damaged saved diagram is reported and kept aside, and the editor opens ready to use", async ({ page }) => {
  const damaged = '{"format":"archlint.diagram","version":1,"nodes":[{"id":"vpc-1"';
  await page.addInitScript((text) => {
    // Only on the first load: the editor then writes its own copy.
    if (!sessionStorage.getItem("seeded")) {
      sessionStorage.setItem("seeded", "1");
      localStorage.setItem("archlint.autosave", text);
    }
  }, damaged);
  await openEditor(page);
  await expect(page.locator(".notice")).toContainText("could not be read");
  await expect(page.locator(".notice")).toContainText("kept aside");
  expect(await page.evaluate(() => localStorage.getItem("archlint.autosave.unreadable"))).toBe(damaged);
  await dragKind(page, "aws.vpc", { selector: ".react-flow__pane", x: 40, y: 60 });
  await expect(node(page, "vpc-1")).toBeVisible();
  await snap(page, "damaged-save-reported");
});

test("a file from a newer Archlint is refused with the reason, and the open diagram stays as it was", async ({ page }) => {
  await openEditor(page);
  await dragKind(page, "aws.vpc", { selector: ".react-flow__pane", x: 40, y: 60 });
  await page.getByRole("complementary", { name: "Inspector" }).getByLabel("Label").fill("keep-me");
  await page.getByTestId("import-file").setInputFiles({
    name: "from-the-future.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ format: "archlint.diagram", version: 99, name: "future", nodes: [], edges: [], metadata: {} })),
  });
  await expect(page.locator(".notice")).toContainText("not imported");
  await expect(page.locator(".notice")).toContainText("newer Archlint");
  await expect(page.locator(".react-flow__node")).toHaveCount(1);
  await expect(node(page, "vpc-1")).toContainText("keep-me");
  await page.reload();
  await expect(node(page, "vpc-1")).toContainText("keep-me");
});

test("a full browser storage is reported once, and the diagram stays on the canvas", async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === "archlint.autosave") throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return setItem.call(this, key, value);
    };
  });
  await openEditor(page);
  await dragKind(page, "aws.vpc", { selector: ".react-flow__pane", x: 40, y: 60 });
  await expect(node(page, "vpc-1")).toBeVisible();
  await expect(page.locator(".notice")).toContainText("storage is full");
  await dragKind(page, "aws.internet-gateway", { selector: '.react-flow__node[data-id="vpc-1"]', x: 300, y: 80 });
  await expect(node(page, "igw-1")).toBeVisible();
  // Reported once, not on every edit.
  await expect(page.locator(".notice", { hasText: "storage is full" })).toHaveCount(1);
  await snap(page, "storage-full-reported");
});
