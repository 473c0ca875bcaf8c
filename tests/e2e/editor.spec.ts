import { readFile } from "node:fs/promises";
import { dragKind, expect, openEditor, snap, test } from "./fixtures";

test("builds a VPC with a subnet and a Lambda by dragging, and the problems panel reacts", async ({ page }) => {
  await openEditor(page);
  await dragKind(page, "aws.vpc", { selector: ".react-flow__pane", x: 60, y: 40 });
  const vpc = page.locator('.react-flow__node[data-id="vpc-1"]');
  await expect(vpc).toBeVisible();

  // A subnet dropped straight into the VPC is accepted, and the engine asks for its Availability Zone.
  await dragKind(page, "aws.subnet", { selector: '.react-flow__node[data-id="vpc-1"]', x: 120, y: 120 });
  await expect(page.locator('.react-flow__node[data-id="subnet-1"]')).toBeVisible();
  await expect(page.locator('.problem[data-rule="subnet-in-one-az"]')).toBeVisible();

  await dragKind(page, "aws.lambda", { selector: '.react-flow__node[data-id="subnet-1"]', x: 120, y: 110 });
  await expect(page.locator('.react-flow__node[data-id="fn-1"]')).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Inspector" })).toContainText("Lambda function");
  await expect(page.getByRole("complementary", { name: "Inspector" })).toContainText("subnet-1");
  await snap(page, "vpc-subnet-lambda");
});

test("refuses a drop where the kind may not sit, with a visible reason", async ({ page }) => {
  await openEditor(page);
  await dragKind(page, "aws.vpc", { selector: ".react-flow__pane", x: 60, y: 40 });
  await dragKind(page, "aws.ec2-instance", { selector: '.react-flow__node[data-id="vpc-1"]', x: 200, y: 150 });
  await expect(page.locator(".notice")).toContainText("EC2 instance cannot sit in VPC");
  await expect(page.locator('.react-flow__node[data-id="ec2-1"]')).toHaveCount(0);
  await snap(page, "refused-drop");
});

test("the inspector edits properties from the kind's schema and refuses bad values", async ({ page }) => {
  await openEditor(page);
  await dragKind(page, "aws.vpc", { selector: ".react-flow__pane", x: 60, y: 40 });
  const inspector = page.getByRole("complementary", { name: "Inspector" });
  const cidr = inspector.getByLabel("cidrBlock", { exact: true });
  await cidr.fill("10.0.0.0/33");
  await expect(inspector.getByRole("alert")).toContainText("not an IPv4 CIDR");
  await cidr.fill("10.1.0.0/16");
  await expect(inspector.getByRole("alert")).toHaveCount(0);
  await inspector.getByLabel("Label").fill("main-vpc");
  await expect(page.locator('.react-flow__node[data-id="vpc-1"]')).toContainText("main-vpc");
});

test("exports the diagram, imports it back, and a bad file leaves the diagram untouched", async ({ page }, testInfo) => {
  await openEditor(page);
  await dragKind(page, "aws.vpc", { selector: ".react-flow__pane", x: 60, y: 40 });
  await page.getByRole("complementary", { name: "Inspector" }).getByLabel("Label").fill("exported-vpc");

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export" }).click();
  await page.getByRole("menuitem", { name: "Diagram (JSON)" }).click();
  const download = await downloadPromise;
  const file = testInfo.outputPath("exported.json");
  await download.saveAs(file);
  const exported = JSON.parse(await readFile(file, "utf8"));
  expect(exported.format).toBe("archlint.diagram");
  expect(exported.nodes.map((n: { label: string }) => n.label)).toEqual(["exported-vpc"]);

  // A malformed file: an error naming the problem, and the VPC is still there.
  await page.getByTestId("import-file").setInputFiles({
    name: "broken.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ format: "archlint.diagram", version: 1, nodes: [{ id: "x", kind: "aws.nothing" }] })),
  });
  await expect(page.locator(".notice")).toContainText("not imported");
  await expect(page.locator(".notice")).toContainText("aws.nothing");
  await expect(page.locator('.react-flow__node[data-id="vpc-1"]')).toContainText("exported-vpc");
  await snap(page, "import-refused");

  // Start over, then import the exported file and find the VPC again.
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "New", exact: true }).click();
  await expect(page.locator(".react-flow__node")).toHaveCount(0);
  await page.getByTestId("import-file").setInputFiles(file);
  await expect(page.locator('.react-flow__node[data-id="vpc-1"]')).toContainText("exported-vpc");
});

test("autosave: a reload finds the diagram still there", async ({ page }) => {
  await openEditor(page);
  await dragKind(page, "aws.vpc", { selector: ".react-flow__pane", x: 60, y: 40 });
  await dragKind(page, "aws.availability-zone", { selector: '.react-flow__node[data-id="vpc-1"]', x: 40, y: 60 });
  await expect(page.locator('.react-flow__node[data-id="az-1"]')).toBeVisible();
  await page.waitForTimeout(600); // past the autosave debounce
  await page.reload();
  await expect(page.locator('.react-flow__node[data-id="vpc-1"]')).toBeVisible();
  await expect(page.locator('.react-flow__node[data-id="az-1"]')).toBeVisible();
});

test("connecting a route table to a subnet creates an association, and delete removes it", async ({ page }) => {
  await openEditor(page);
  await dragKind(page, "aws.vpc", { selector: ".react-flow__pane", x: 40, y: 20 });
  await dragKind(page, "aws.subnet", { selector: '.react-flow__node[data-id="vpc-1"]', x: 60, y: 60 });
  await dragKind(page, "aws.route-table", { selector: '.react-flow__node[data-id="vpc-1"]', x: 520, y: 200 });
  const rt = page.locator('.react-flow__node[data-id="rtb-1"], .react-flow__node[data-kind="aws.route-table"]').first();
  await expect(rt).toBeVisible();
  const rtId = await rt.getAttribute("data-id");
  const from = page.locator(`.react-flow__node[data-id="${rtId}"] .react-flow__handle-bottom`);
  const to = page.locator('.react-flow__node[data-id="subnet-1"] .react-flow__handle-top');
  await from.dragTo(to);
  await expect(page.locator(".react-flow__edge")).toHaveCount(1);
  // Edges are reachable by keyboard: focus it and press Enter to select it.
  await page.locator(".react-flow__edge").first().focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("complementary", { name: "Inspector" })).toContainText("Association");
  await page.keyboard.press("Delete");
  await expect(page.locator(".react-flow__edge")).toHaveCount(0);
  await page.keyboard.press("Control+z");
  await expect(page.locator(".react-flow__edge")).toHaveCount(1);
});

test("switches to Korean and back", async ({ page }) => {
  await openEditor(page);
  await page.getByRole("combobox", { name: "Language" }).selectOption("ko");
  await expect(page.getByRole("navigation", { name: "리소스" })).toBeVisible();
  await expect(page.locator('.palette-item[data-kind="aws.lambda"]')).toContainText("Lambda 함수");
  await snap(page, "korean");
  await page.reload();
  await expect(page.getByRole("navigation", { name: "리소스" })).toBeVisible();
  await page.getByRole("combobox", { name: "언어" }).selectOption("en");
  await expect(page.getByRole("navigation", { name: "Resources" })).toBeVisible();
});

test("an edit made just before leaving the page is still there on return", async ({ page }) => {
  await openEditor(page);
  await dragKind(page, "aws.vpc", { selector: ".react-flow__pane", x: 60, y: 40 });
  await page.getByRole("complementary", { name: "Inspector" }).getByLabel("Label").fill("renamed-just-now");
  // Leave at once, inside the autosave debounce.
  await page.goto("/rules");
  await page.goto("/");
  await expect(page.locator('.react-flow__node[data-id="vpc-1"]')).toContainText("renamed-just-now");
});
