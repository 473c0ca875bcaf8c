// CloudFormation and SAM templates in the app: picked or dropped, imported as a new diagram, laid
// out by ELK with containers nested, and explained by an import report; a broken one changes nothing.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Locator, Page } from "@playwright/test";
import { dragKind, dropFile, expect, openEditor, snap, test } from "./fixtures";

const template = (name: string) => fileURLToPath(new URL(`../../tests/fixtures/templates/${name}`, import.meta.url));
const NAT_PER_AZ = template("vpc-three-az-nat.yaml");
const SAM_ENDPOINTS = template("sam-vpc-endpoints.yaml");

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

/** Whether the inner node's box lies inside the outer one's on screen. */
async function expectInside(inner: Locator, outer: Locator): Promise<void> {
  const a = await inner.boundingBox();
  const b = await outer.boundingBox();
  if (!a || !b) throw new Error("node not on screen");
  expect(a.x).toBeGreaterThanOrEqual(b.x - 1);
  expect(a.y).toBeGreaterThanOrEqual(b.y - 1);
  expect(a.x + a.width).toBeLessThanOrEqual(b.x + b.width + 1);
  expect(a.y + a.height).toBeLessThanOrEqual(b.y + b.height + 1);
}

function reportDialog(page: Page): Locator {
  return page.getByRole("dialog", { name: "Template imported" });
}

async function expectCount(dialog: Locator, outcome: string, count: number): Promise<void> {
  await expect(dialog.locator(`.import-counts tr[data-outcome="${outcome}"] td`)).toHaveText(String(count));
}

async function internetVerdict(page: Page, id: string): Promise<Locator> {
  await node(page, id).click();
  const network = page.getByRole("region", { name: "Network" });
  return network.getByRole("button", { name: /Internet access/ });
}

test("a template with a NAT per zone is imported by the picker: nested, laid out, reported, and its Lambda reaches the internet", async ({ page }) => {
  await openEditor(page);
  await page.getByTestId("import-file").setInputFiles(NAT_PER_AZ);

  const dialog = reportDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("32 resources in the template");
  await expectCount(dialog, "node", 17);
  await expectCount(dialog, "edge", 10);
  await expectCount(dialog, "folded", 4);
  await expectCount(dialog, "skipped", 0);
  await expectCount(dialog, "unsupported", 1);
  await expectCount(dialog, "unknown", 0);
  for (const id of ["VPC", "PublicSubnetA", "Fetcher", "PublicDefaultRoute", "NatEipA"]) {
    await expect(dialog.locator("li code", { hasText: new RegExp(`^${id}$`) })).toHaveCount(1);
  }
  await expect(dialog.getByRole("region", { name: "Unsupported types" })).toContainText("FunctionRole");
  await expect(dialog.getByRole("region", { name: "Unsupported types" })).toContainText("AWS::IAM::Role");
  await snap(page, "template-report");
  await dialog.getByRole("button", { name: "OK" }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole("textbox", { name: "Diagram name" })).not.toHaveValue("Untitled diagram");
  await expect(node(page, "PrivateSubnetC")).toBeVisible();
  for (const [subnet, zone] of [
    ["PublicSubnetA", "VPC-us-east-1a"],
    ["PrivateSubnetB", "VPC-us-east-1b"],
    ["PrivateSubnetC", "VPC-us-east-1c"],
  ] as const) {
    await expectInside(node(page, subnet), node(page, zone));
    await expectInside(node(page, zone), node(page, "VPC"));
  }
  await expectInside(node(page, "Fetcher"), node(page, "PrivateSubnetA"));
  await snap(page, "template-nat-per-az");

  await expect(await internetVerdict(page, "Fetcher")).toContainText("Yes");
  await expect(page.getByRole("region", { name: "Network" }).getByTestId("verdict-path")).toContainText("NatGatewayA");
  await snap(page, "template-nat-fetcher-network");
});

test("a SAM template with endpoints only is imported: its functions reach no internet", async ({ page }) => {
  await openEditor(page);
  await page.getByTestId("import-file").setInputFiles(SAM_ENDPOINTS);

  const dialog = reportDialog(page);
  await expect(dialog).toContainText("14 resources in the template");
  await expectCount(dialog, "node", 12);
  await expectCount(dialog, "edge", 2);
  await expectCount(dialog, "unsupported", 0);
  await expect(dialog.getByRole("region", { name: "Drawn as resources" })).toContainText("Worker");
  await expect(dialog.getByRole("region", { name: "Drawn as resources" })).toContainText("AWS::Serverless::Function");
  await expect(dialog.getByRole("region", { name: "Notes" })).toBeVisible();
  await snap(page, "template-sam-report");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  await expectInside(node(page, "PrivateSubnet2"), node(page, "Vpc-us-east-1b"));
  await expectInside(node(page, "Vpc-us-east-1b"), node(page, "Vpc"));
  await expectInside(node(page, "Worker"), node(page, "PrivateSubnet1"));
  await expect(await internetVerdict(page, "Worker")).toContainText("No");
  await snap(page, "template-sam-worker-network");
});

test("a template dropped on the canvas is imported; a broken YAML one says where and keeps the diagram", async ({ page }) => {
  await openEditor(page);
  await dragKind(page, "aws.vpc", { selector: ".react-flow__pane", x: 60, y: 40 });
  const canvas = page.locator(".canvas");
  const drop = (name: string, text: string) => dropFile(page, canvas, { name, text, type: "application/yaml" });

  const broken = ["Resources:", "  Vpc:", "    Type: AWS::EC2::VPC", "    Properties:", "      CidrBlock: [10.0.0.0/16", "  Other: x", ""].join("\n");
  await drop("broken.yaml", broken);
  const notice = page.locator(".notice");
  await expect(notice).toContainText("not imported");
  await expect(notice.locator(".notice-details")).toContainText(/line \d+, column \d+/);
  await expect(node(page, "vpc-1")).toBeVisible();
  await expect(reportDialog(page)).toHaveCount(0);
  await snap(page, "template-broken-yaml");

  await drop("endpoints.template", await readFile(SAM_ENDPOINTS, "utf8"));
  await expect(reportDialog(page)).toBeVisible();
  await expectCount(reportDialog(page), "node", 12);
  await page.keyboard.press("Escape");
  await expect(node(page, "Worker")).toBeVisible();
  await expect(node(page, "vpc-1")).toHaveCount(0);
  await snap(page, "template-dropped");
});

test("the import report is in Korean when the editor is", async ({ page }) => {
  await openEditor(page);
  await page.getByRole("combobox", { name: "Language" }).selectOption("ko");
  await page.getByTestId("import-file").setInputFiles(NAT_PER_AZ);
  const dialog = page.getByRole("dialog", { name: "템플릿을 가져왔습니다" });
  await expect(dialog).toContainText("템플릿의 리소스 32개");
  await expect(dialog.getByRole("region", { name: "지원하지 않는 유형" })).toContainText("FunctionRole");
  await expect(dialog.locator('.import-counts tr[data-outcome="node"]')).toContainText("리소스로 그림");
  await snap(page, "template-report-ko");
  await dialog.getByRole("button", { name: "확인" }).click();
  await expect(dialog).toBeHidden();
});
