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
