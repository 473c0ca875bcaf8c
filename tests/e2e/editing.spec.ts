import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { dragKind, expect, openEditor, snap, test } from "./fixtures";

const EXAMPLES = path.join(process.cwd(), "examples");
const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const handle = (page: Page, id: string, side: "top" | "bottom") => page.locator(`.react-flow__node[data-id="${id}"] .react-flow__handle-${side}`);

/** A VPC near the canvas corner with subnet-1 in it (and subnet-2 beside it when asked). */
async function vpcWithSubnets(page: Page, subnets: 1 | 2): Promise<void> {
  await openEditor(page);
  await dragKind(page, "aws.vpc", { selector: ".react-flow__pane", x: 40, y: 60 });
  await expect(node(page, "vpc-1")).toBeVisible();
  await dragKind(page, "aws.subnet", { selector: '.react-flow__node[data-id="vpc-1"]', x: 20, y: 50 });
  await expect(node(page, "subnet-1")).toBeVisible();
  if (subnets === 2) {
    await dragKind(page, "aws.subnet", { selector: '.react-flow__node[data-id="vpc-1"]', x: 380, y: 50 });
    await expect(node(page, "subnet-2")).toBeVisible();
  }
}

async function importExample(page: Page, file: string): Promise<void> {
  await openEditor(page);
  await page.getByTestId("import-file").setInputFiles(path.join(EXAMPLES, file));
  await expect(node(page, "vpc-1")).toBeVisible();
}

async function isSelected(locator: Locator): Promise<void> {
  await expect(locator).toHaveClass(/\bselected\b/);
}

test("connecting a subnet to an internet gateway adds a route table, its route and association: the subnet turns public, and one undo takes it back", async ({
  page,
}) => {
  await vpcWithSubnets(page, 1);
  await dragKind(page, "aws.internet-gateway", { selector: '.react-flow__node[data-id="vpc-1"]', x: 560, y: 100 });
  await expect(node(page, "igw-1")).toBeVisible();
  const subnetBox = node(page, "subnet-1").locator(".container-node");
  await expect(subnetBox).toHaveClass(/subnet-private/);

  await handle(page, "subnet-1", "bottom").dragTo(handle(page, "igw-1", "top"));
  await expect(page.locator(".notice")).toContainText("Added route 0.0.0.0/0 → igw-1 to route table rtb-1 of subnet subnet-1");
  await expect(node(page, "rtb-1")).toBeVisible();
  await expect(page.locator(".react-flow__edge.edge-route")).toHaveCount(1);
  await expect(page.locator(".react-flow__edge.edge-association")).toHaveCount(1);
  await expect(subnetBox).toHaveClass(/subnet-public/);
  await expect(subnetBox).toContainText("public");
  await snap(page, "subnet-to-igw-route");

  // The route table is an ordinary resource: select it and edit it.
  await node(page, "rtb-1").click();
  const inspector = page.getByRole("complementary", { name: "Inspector" });
  await expect(inspector).toContainText("Route table");
  await inspector.getByLabel("Label").fill("public-rt");
  await expect(node(page, "rtb-1")).toContainText("public-rt");

  // One undo for the label, one for the whole connection.
  await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("Control+z");
  await page.keyboard.press("Control+z");
  await expect(node(page, "rtb-1")).toHaveCount(0);
  await expect(page.locator(".react-flow__edge")).toHaveCount(0);
  await expect(subnetBox).toHaveClass(/subnet-private/);
  await page.keyboard.press("Control+Shift+z");
  await expect(node(page, "rtb-1")).toBeVisible();
  await expect(subnetBox).toHaveClass(/subnet-public/);
});

test("a NAT gateway drawn to a subnet (gateway first) routes the subnet's table to it", async ({ page }) => {
  await importExample(page, "vpc-public-private.json");
  // private-b (subnet-4) uses private-rt; point a new NAT gateway in public-b at it.
  await page.getByRole("combobox", { name: "Find a resource" }).fill("public-b");
  await page.keyboard.press("Enter");
  await isSelected(node(page, "subnet-3"));
  await page.getByRole("button", { name: /^NAT gateway:/ }).press("Enter");
  await expect(node(page, "nat-2")).toBeVisible();
  await page.getByRole("button", { name: "Fit the diagram in view" }).click();
  await handle(page, "nat-2", "bottom").dragTo(handle(page, "subnet-4", "top"));
  await expect(page.locator(".notice").last()).toContainText("route table private-rt of subnet private-b");
  await snap(page, "nat-to-subnet-route");
});

test("a Lambda attached to two subnets gets a placement edge for each, drawn from either end", async ({ page }) => {
  await vpcWithSubnets(page, 2);
  await dragKind(page, "aws.lambda", { selector: '.react-flow__node[data-id="subnet-1"]', x: 160, y: 110 });
  await expect(node(page, "fn-1")).toBeVisible();

  await handle(page, "fn-1", "bottom").dragTo(handle(page, "subnet-2", "top"));
  await expect(page.locator(".react-flow__edge.edge-placement")).toHaveCount(1);
  // Subnet first, Lambda second: still a placement of the Lambda.
  await handle(page, "subnet-1", "bottom").dragTo(handle(page, "fn-1", "top"));
  await expect(page.locator(".react-flow__edge.edge-placement")).toHaveCount(2);
  await expect(page.locator(".notice-error")).toHaveCount(0);

  await page.locator(".react-flow__edge.edge-placement").first().focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("complementary", { name: "Inspector" })).toContainText("Subnet placement");
  await snap(page, "lambda-two-subnets");
});

test("multi-select with shift-click and a box, copy and paste, duplicate, delete, and undo each", async ({ page }) => {
  await openEditor(page);
  await dragKind(page, "aws.lambda", { selector: ".react-flow__pane", x: 120, y: 160 });
  await dragKind(page, "aws.lambda", { selector: ".react-flow__pane", x: 260, y: 160 });
  const lambdas = page.locator('.react-flow__node:has([data-kind="aws.lambda"])');
  await expect(lambdas).toHaveCount(2);

  await node(page, "fn-1").click();
  await node(page, "fn-2").click({ modifiers: ["Shift"] });
  await isSelected(node(page, "fn-1"));
  await isSelected(node(page, "fn-2"));

  await page.keyboard.press("Control+c");
  await page.keyboard.press("Control+v");
  await expect(lambdas).toHaveCount(4);
  // The pasted copies are the new selection, offset from the originals.
  await isSelected(node(page, "fn-3"));
  await isSelected(node(page, "fn-4"));
  await expect(node(page, "fn-1")).not.toHaveClass(/\bselected\b/);

  await page.keyboard.press("Control+d");
  await expect(lambdas).toHaveCount(6);
  await snap(page, "pasted-and-duplicated");

  await page.keyboard.press("Delete");
  await expect(lambdas).toHaveCount(4);
  await page.keyboard.press("Control+z");
  await expect(lambdas).toHaveCount(6);
  await page.keyboard.press("Control+z");
  await expect(lambdas).toHaveCount(4);
  await page.keyboard.press("Control+z");
  await expect(lambdas).toHaveCount(2);

  // Box selection: shift-drag around both Lambdas on the empty canvas, then delete them together.
  const pane = await page.locator(".react-flow__pane").boundingBox();
  await page.keyboard.down("Shift");
  await page.mouse.move(pane!.x + 60, pane!.y + 100);
  await page.mouse.down();
  await page.mouse.move(pane!.x + 340, pane!.y + 240, { steps: 8 });
  await page.mouse.up();
  await page.keyboard.up("Shift");
  await isSelected(node(page, "fn-1"));
  await isSelected(node(page, "fn-2"));
  await page.keyboard.press("Backspace");
  await expect(lambdas).toHaveCount(0);
  await page.keyboard.press("Control+z");
  await expect(lambdas).toHaveCount(2);
});

test("copying a subnet brings what is inside it, pasted into the same VPC", async ({ page }) => {
  await vpcWithSubnets(page, 1);
  await dragKind(page, "aws.lambda", { selector: '.react-flow__node[data-id="subnet-1"]', x: 160, y: 110 });
  await node(page, "subnet-1").locator(".container-title").click();
  await isSelected(node(page, "subnet-1"));
  await page.keyboard.press("Control+c");
  await page.keyboard.press("Control+v");
  await expect(node(page, "subnet-2")).toBeVisible();
  await expect(node(page, "fn-2")).toBeVisible();
  await node(page, "fn-2").click();
  await expect(page.getByRole("complementary", { name: "Inspector" })).toContainText("subnet-2");
  await node(page, "subnet-2").locator(".container-title").click();
  await expect(page.getByRole("complementary", { name: "Inspector" })).toContainText("vpc-1");
  await snap(page, "pasted-subnet");
});

test("search finds a resource by label or id, selects it and zooms to it", async ({ page }) => {
  await importExample(page, "vpc-public-private.json");
  const viewport = page.locator(".react-flow__viewport");
  const before = await viewport.getAttribute("style");
  const search = page.getByRole("combobox", { name: "Find a resource" });
  await search.fill("work");
  const options = page.getByRole("listbox", { name: "Matching resources" }).getByRole("option");
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText("worker");
  await expect(search).toHaveAttribute("aria-expanded", "true");
  await search.press("Enter");
  await isSelected(node(page, "fn-1"));
  await expect(page.getByRole("complementary", { name: "Inspector" })).toContainText("Lambda function");
  await expect.poll(() => viewport.getAttribute("style")).not.toBe(before);
  await page.waitForTimeout(400); // the zoom animation
  await expect(node(page, "fn-1")).toBeInViewport();
  await snap(page, "search-zoomed");

  // By id, picked with the arrow keys; `/` puts the cursor in the box.
  await search.blur();
  await page.keyboard.press("/");
  await expect(search).toBeFocused();
  await page.keyboard.type("rtb-");
  await expect(options).toHaveCount(2);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await isSelected(node(page, "rtb-2"));
  await search.fill("no such thing");
  await expect(page.getByRole("status").filter({ hasText: "No resource matches." })).toBeVisible();
});

test("? opens the shortcuts dialog in the current language; Escape closes it and focus returns", async ({ page }) => {
  await openEditor(page);
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  for (const line of ["Undo", "Copy the selected resources", "Paste", "Duplicate the selection", "Delete the selection", "Find a resource"]) {
    await expect(dialog).toContainText(line);
  }
  await snap(page, "shortcuts-dialog");
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);

  // Opened from its button, closed with Escape: focus goes back to the button.
  const button = page.getByRole("button", { name: "Keyboard shortcuts" });
  await button.click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(button).toBeFocused();

  await page.getByRole("combobox", { name: "Language" }).selectOption("ko");
  await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("?");
  const korean = page.getByRole("dialog", { name: "단축키" });
  await expect(korean).toContainText("선택한 것 복제");
  await page.keyboard.press("Escape");
  await expect(korean).toHaveCount(0);
});

test("the problems panel filters by severity and groups by rule or by resource; a problem still selects its resource", async ({ page }) => {
  await openEditor(page);
  await page.getByTestId("import-file").setInputFiles(path.join(EXAMPLES, "broken-subnets.json"));
  const problems = page.getByRole("region", { name: "Problems" });
  const errors = problems.getByRole("button", { name: /errors$/ });
  const warnings = problems.getByRole("button", { name: /warnings$/ });
  await expect(errors).toHaveAttribute("aria-pressed", "true");
  await expect(problems.locator(".problem-error").first()).toBeVisible();
  const total = await problems.locator(".problem").count();
  const errorCount = await problems.locator(".problem-error").count();
  expect(errorCount).toBeGreaterThan(0);
  expect(await errors.textContent()).toBe(`${errorCount} errors`);

  await errors.click();
  await expect(errors).toHaveAttribute("aria-pressed", "false");
  await expect(problems.locator(".problem-error")).toHaveCount(0);
  await expect(problems.locator(".problem")).toHaveCount(total - errorCount);
  await errors.click();
  await expect(problems.locator(".problem")).toHaveCount(total);

  const groupBy = problems.getByRole("combobox", { name: "Group" });
  await groupBy.selectOption("rule");
  const titles = problems.locator(".problem-group-title");
  const rules = new Set(await problems.locator(".problem").evaluateAll((items) => items.map((i) => i.getAttribute("data-rule"))));
  await expect(titles).toHaveCount(rules.size);
  await snap(page, "problems-by-rule");

  await groupBy.selectOption("resource");
  await expect(titles.first()).toBeVisible();
  await warnings.click();
  await expect(problems.locator(".problem-warning")).toHaveCount(0);
  await snap(page, "problems-by-resource");

  const first = problems.locator(".problem").first();
  const rule = await first.getAttribute("data-rule");
  expect(rule).toBeTruthy();
  await first.locator(".problem-main").click();
  await expect(page.locator(".react-flow__node.selected").first()).toBeVisible();
});

test("dark mode: the header toggle switches it, and a reload remembers it", async ({ page }) => {
  await openEditor(page);
  const editor = page.locator(".editor");
  await expect(editor).toHaveAttribute("data-theme", "light");
  const toggle = page.getByRole("button", { name: "Dark mode" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(editor).toHaveAttribute("data-theme", "dark");
  await expect(page.locator(".react-flow")).toHaveClass(/\bdark\b/);
  await dragKind(page, "aws.vpc", { selector: ".react-flow__pane", x: 60, y: 60 });
  await snap(page, "dark-mode");
  await page.reload();
  await expect(page.locator(".editor")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("button", { name: "Dark mode" })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "Dark mode" }).click();
  await expect(page.locator(".editor")).toHaveAttribute("data-theme", "light");
});

test("dark mode follows the system until the person chooses", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await openEditor(page);
  await expect(page.locator(".editor")).toHaveAttribute("data-theme", "dark");
  await snap(page, "dark-by-default");
});

test("the legend opens and closes from the canvas", async ({ page }) => {
  await openEditor(page);
  const button = page.getByRole("button", { name: "Legend" });
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await button.click();
  const legend = page.getByRole("region", { name: "Legend" });
  await expect(legend).toBeVisible();
  for (const item of ["Region", "VPC", "Availability Zone", "Public subnet", "Private subnet", "Traffic (solid line)", "Configuration (dashed line)"]) {
    await expect(legend).toContainText(item);
  }
  await snap(page, "legend");
  await button.click();
  await expect(legend).toHaveCount(0);
  await expect(button).toHaveAttribute("aria-expanded", "false");
});

test("keyboard only: Tab reaches a palette item with a visible focus ring, and Enter adds the resource", async ({ page }) => {
  await openEditor(page);
  let onPalette = false;
  for (let i = 0; i < 60 && !onPalette; i++) {
    await page.keyboard.press("Tab");
    onPalette = await page.evaluate(() => document.activeElement?.classList.contains("palette-item") ?? false);
  }
  expect(onPalette).toBe(true);
  const focused = page.locator(".palette-item:focus");
  const kind = await focused.getAttribute("data-kind");
  expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");
  await page.keyboard.press("Enter");
  await expect(page.locator(`.react-flow__node:has([data-kind="${kind}"])`)).toHaveCount(1);
  await snap(page, "keyboard-added");
});

test("canvas controls and panels have accessible names, in both languages", async ({ page }) => {
  await openEditor(page);
  for (const name of ["Zoom in", "Zoom out", "Fit the diagram in view"]) {
    await expect(page.getByRole("button", { name })).toBeVisible();
  }
  await expect(page.getByRole("navigation", { name: "Resources" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Problems" })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Inspector" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Show by severity" })).toBeVisible();
  await page.getByRole("combobox", { name: "Language" }).selectOption("ko");
  await expect(page.getByRole("button", { name: "확대", exact: true })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "리소스 찾기" })).toBeVisible();
});
