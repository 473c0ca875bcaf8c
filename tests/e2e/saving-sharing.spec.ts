// Saving and sharing: named diagrams kept in the browser, export as image and report, import by
// dropping a file, and share links that carry the whole diagram in the URL fragment.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Download, Locator, Page } from "@playwright/test";
import { dragKind, dropFile, expect, openEditor, snap, test } from "./fixtures";

const BROKEN_SUBNETS = fileURLToPath(new URL("../../examples/broken-subnets.json", import.meta.url));

function diagramsDialog(page: Page): Locator {
  return page.getByRole("dialog", { name: "Diagrams" });
}

/** The saved-diagram row whose name is exactly `name`. */
function entry(page: Page, name: string): Locator {
  return diagramsDialog(page)
    .locator(".diagram-entry")
    .filter({ has: page.locator(".diagram-entry-name", { hasText: new RegExp(`^${name.replace(/[()]/g, "\\$&")}$`) }) });
}

async function openDiagrams(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Diagrams", exact: true }).click();
  await expect(diagramsDialog(page)).toBeVisible();
}

async function importBrokenSubnets(page: Page): Promise<void> {
  await page.getByTestId("import-file").setInputFiles(BROKEN_SUBNETS);
  await expect(page.locator('.react-flow__node[data-id="subnet-4"]')).toBeVisible();
}

async function exportAs(page: Page, item: string): Promise<Download> {
  const downloaded = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export", exact: true }).click();
  await page.getByRole("menuitem", { name: item }).click();
  return downloaded;
}

async function saved(download: Download, name: string): Promise<Buffer> {
  const file = test.info().outputPath(name);
  await download.saveAs(file);
  return readFile(file);
}

test("keeps several named diagrams: rename, duplicate, delete, switch, and all are there after a reload", async ({ page }) => {
  await openEditor(page);
  const name = page.getByRole("textbox", { name: "Diagram name" });
  await dragKind(page, "aws.vpc", { selector: ".react-flow__pane", x: 60, y: 40 });
  await name.fill("Alpha");

  // New keeps Alpha in the library and opens an empty diagram.
  await page.getByRole("button", { name: "New", exact: true }).click();
  await expect(page.locator(".react-flow__node")).toHaveCount(0);
  await name.fill("Beta");
  await dragKind(page, "aws.region", { selector: ".react-flow__pane", x: 60, y: 40 });
  await expect(page.locator('.react-flow__node[data-id="region-1"]')).toBeVisible();

  await openDiagrams(page);
  await expect(entry(page, "Beta")).toContainText("open now");
  await expect(entry(page, "Alpha")).toContainText("Resources: 1");

  await entry(page, "Alpha").getByRole("button", { name: "Rename" }).click();
  await diagramsDialog(page).getByRole("textbox", { name: "New name" }).fill("Alpha renamed");
  await page.keyboard.press("Enter");
  await expect(entry(page, "Alpha renamed")).toBeVisible();

  await entry(page, "Alpha renamed").getByRole("button", { name: "Duplicate" }).click();
  await expect(entry(page, "Alpha renamed (copy)")).toContainText("Resources: 1");
  await snap(page, "diagrams-dialog");

  await entry(page, "Alpha renamed (copy)").getByRole("button", { name: "Delete" }).click();
  await entry(page, "Alpha renamed (copy)").getByRole("button", { name: "Yes, delete" }).click();
  await expect(entry(page, "Alpha renamed (copy)")).toHaveCount(0);
  await expect(diagramsDialog(page).locator(".diagram-entry")).toHaveCount(2);

  // Escape closes the dialog and gives focus back to the button that opened it.
  await page.keyboard.press("Escape");
  await expect(diagramsDialog(page)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Diagrams", exact: true })).toBeFocused();

  // Switching saves Beta first; Alpha opens with its own content and name.
  await openDiagrams(page);
  await entry(page, "Alpha renamed").getByRole("button", { name: "Open" }).click();
  await expect(name).toHaveValue("Alpha renamed");
  await expect(page.locator('.react-flow__node[data-id="vpc-1"]')).toBeVisible();
  await expect(page.locator('.react-flow__node[data-id="region-1"]')).toHaveCount(0);

  await page.reload();
  await expect(name).toHaveValue("Alpha renamed");
  await expect(page.locator('.react-flow__node[data-id="vpc-1"]')).toBeVisible();
  await openDiagrams(page);
  await expect(diagramsDialog(page).locator(".diagram-entry")).toHaveCount(2);
  await entry(page, "Beta").getByRole("button", { name: "Open" }).click();
  await expect(name).toHaveValue("Beta");
  await expect(page.locator('.react-flow__node[data-id="region-1"]')).toBeVisible();
});

test("exports the canvas as PNG and SVG, and the findings as a Markdown report", async ({ page }) => {
  await openEditor(page);
  await importBrokenSubnets(page);

  // The Export menu works from the keyboard too.
  const exportButton = page.getByRole("button", { name: "Export", exact: true });
  await exportButton.focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem", { name: "Diagram (JSON)" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem", { name: "Image (PNG)" })).toBeFocused();
  await snap(page, "export-menu");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toHaveCount(0);
  await expect(exportButton).toBeFocused();

  const png = await saved(await exportAs(page, "Image (PNG)"), "canvas.png");
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.length).toBeGreaterThan(2_000);

  const svgDownload = await exportAs(page, "Image (SVG)");
  expect(svgDownload.suggestedFilename()).toMatch(/\.svg$/);
  const svg = (await saved(svgDownload, "canvas.svg")).toString("utf8");
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    return { root: doc.documentElement.nodeName, broken: doc.querySelector("parsererror") !== null };
  }, svg);
  expect(parsed).toEqual({ root: "svg", broken: false });
  expect(svg).toContain("web-a");

  const firstRule = await page.locator(".problem").first().getAttribute("data-rule");
  const report = await exportAs(page, "Report (Markdown)");
  expect(report.suggestedFilename()).toMatch(/-report\.md$/);
  const markdown = (await saved(report, "report.md")).toString("utf8");
  expect(markdown).toMatch(/^# Archlint report: Broken on purpose/);
  expect(markdown).toContain("## Errors");
  expect(markdown).toContain(`\`${firstRule}\``);
  expect(markdown).toContain('Subnet "no-zone" (subnet-4)');
});

test("a diagram file dropped on the canvas is imported; a bad one is refused and changes nothing", async ({ page }) => {
  await openEditor(page);
  await dragKind(page, "aws.vpc", { selector: ".react-flow__pane", x: 60, y: 40 });
  const canvas = page.locator(".canvas");
  const drop = (name: string, text: string) => dropFile(page, canvas, { name, text, type: "application/json" });

  await drop("bad.json", JSON.stringify({ format: "archlint.diagram", version: 1, nodes: [{ id: "x", kind: "aws.nothing" }] }));
  await expect(page.locator(".notice")).toContainText("not imported");
  await expect(page.locator(".notice")).toContainText("aws.nothing");
  await expect(page.locator('.react-flow__node[data-id="vpc-1"]')).toBeVisible();

  await drop("broken-subnets.json", await readFile(BROKEN_SUBNETS, "utf8"));
  await expect(page.locator('.react-flow__node[data-id="subnet-4"]')).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Diagram name" })).toHaveValue(/^Broken on purpose/);
  await snap(page, "dropped-file");

  // The diagram that was open before the drop is kept in the library.
  await openDiagrams(page);
  await expect(entry(page, "Untitled diagram")).toContainText("Resources: 1");
});

test("a share link opens the same diagram elsewhere; the open diagram is kept", async ({ page, context, browser }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openEditor(page);
  await importBrokenSubnets(page);
  const ids = (await page.locator(".react-flow__node").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-id")))).sort();

  await page.getByRole("button", { name: "Share", exact: true }).click();
  const share = page.getByRole("dialog", { name: "Share by link" });
  await expect(share).toContainText("The link is copied to the clipboard.");
  const link = await share.getByTestId("share-link").inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expect(link).toMatch(/\/#d=[A-Za-z0-9_-]+$/);
  await snap(page, "share-dialog");
  await share.getByRole("button", { name: "Close" }).click();

  // A browser that has never seen the diagram.
  const elsewhere = await browser.newContext();
  const fresh = await elsewhere.newPage();
  await fresh.goto(link);
  await expect(fresh.locator(".notice")).toContainText("Opened the shared diagram");
  await expect(fresh.locator(".react-flow__node")).toHaveCount(ids.length);
  const freshIds = (await fresh.locator(".react-flow__node").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-id")))).sort();
  expect(freshIds).toEqual(ids);
  expect(new URL(fresh.url()).hash).toBe("");
  await elsewhere.close();

  // The same browser, on a diagram of its own: that one stays in the library.
  const second = await context.newPage();
  await openEditor(second);
  await second.getByRole("button", { name: "New", exact: true }).click();
  await dragKind(second, "aws.vpc", { selector: ".react-flow__pane", x: 60, y: 40 });
  await second.getByRole("textbox", { name: "Diagram name" }).fill("Mine");
  await second.goto(link);
  await expect(second.locator('.react-flow__node[data-id="subnet-4"]')).toBeVisible();
  await openDiagrams(second);
  await expect(entry(second, "Mine")).toContainText("Resources: 1");
  await second.close();
});

test("a damaged share link says so and leaves the open diagram alone", async ({ page }) => {
  await openEditor(page);
  await importBrokenSubnets(page);
  await page.getByRole("button", { name: "Share", exact: true }).click();
  const link = await page.getByTestId("share-link").inputValue();
  await page.keyboard.press("Escape");

  // Pasted into the address bar of the open editor: only the fragment changes.
  await page.goto(link.slice(0, link.length - 40));
  await expect(page.locator(".notice-error")).toContainText("The shared link could not be opened");
  await expect(page.locator(".notice-error")).toContainText("truncated or damaged");
  await expect(page.locator('.react-flow__node[data-id="subnet-4"]')).toBeVisible();
  await snap(page, "damaged-link");

  // Opened fresh: the same refusal, and the saved diagram is the one shown.
  await page.goto("/rules");
  await page.goto("/#d=not*a*link");
  await expect(page.locator(".notice-error")).toContainText("The shared link could not be opened");
  await expect(page.locator('.react-flow__node[data-id="subnet-4"]')).toBeVisible();
});
