// Every diagram in examples/ opened through the editor's Import: its resources and relations show,
// and the problems panel counts what the engine finds in the file.
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { parseDiagram } from "../../lib/diagram/parse";
import type { Diagram } from "../../lib/diagram/types";
import { countBySeverity, validate } from "../../lib/engine";
import { expect, openEditor, test } from "./fixtures";
import type { Page } from "@playwright/test";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const EXAMPLES = path.join(ROOT, "examples");
const files = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith(".json"))
  .sort();

function load(file: string): Diagram {
  const result = parseDiagram(readFileSync(path.join(EXAMPLES, file), "utf8"));
  if (!result.ok) throw new Error(`${file} does not parse`);
  return result.diagram;
}

async function importExample(page: Page, file: string): Promise<Diagram> {
  const diagram = load(file);
  await openEditor(page);
  await page.getByTestId("import-file").setInputFiles(path.join(EXAMPLES, file));
  await expect(page.getByRole("textbox", { name: "Diagram name" })).toHaveValue(diagram.name);
  await expect(page.locator(".react-flow__node")).toHaveCount(diagram.nodes.length);
  for (const node of diagram.nodes) {
    await expect(page.locator(`.react-flow__node[data-id="${node.id}"]`)).toBeVisible();
  }
  await expect(page.locator(".react-flow__edge")).toHaveCount(diagram.edges.length);
  return diagram;
}

test("examples/ has the example diagrams", () => {
  expect(files).toEqual(expect.arrayContaining(["broken-subnets.json", "serverless-api.json", "vpc-public-private.json"]));
});

for (const file of files) {
  const name = file.replace(/\.json$/, "");

  test(`imports examples/${file}: its resources show and the problems panel counts the engine's findings`, async ({ page }) => {
    const diagram = await importExample(page, file);
    const findings = validate(diagram);
    const counts = countBySeverity(findings);
    const panel = page.getByTestId("problem-counts");
    await expect(panel.locator(".count-error")).toHaveText(`${counts.error} errors`);
    await expect(panel.locator(".count-warning")).toHaveText(`${counts.warning} warnings`);
    await expect(panel.locator(".count-info")).toHaveText(`${counts.info} info`);
    await expect(page.locator(".problem")).toHaveCount(findings.length);
    for (const finding of findings) {
      await expect(page.locator(`.problem[data-rule="${finding.ruleId}"]`).first()).toBeVisible();
    }
    await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
  });
}

test("broken-subnets: clicking a problem selects the resource it is about and shows it in the inspector", async ({ page }) => {
  const diagram = await importExample(page, "broken-subnets.json");
  const findings = validate(diagram);
  expect(findings.filter((f) => f.severity === "error").length).toBeGreaterThan(0);
  const first = findings[0]!;
  const target = diagram.nodes.find((n) => n.id === first.nodeIds[0])!;

  await page.locator(".problem").first().locator(".problem-main").click();
  await expect(page.locator(`.react-flow__node[data-id="${target.id}"]`)).toHaveClass(/\bselected\b/);
  const inspector = page.getByRole("complementary", { name: "Inspector" });
  await expect(inspector.getByText(target.id, { exact: true })).toBeVisible();
  await expect(inspector.getByLabel("Label", { exact: true })).toHaveValue(target.label);
  await expect(inspector.getByLabel("cidrBlock", { exact: true })).toHaveValue(String(target.props.cidrBlock));
  await page.screenshot({ path: test.info().outputPath("broken-subnets-focused.png") });
});

test("vpc-public-private: the README screenshot (docs/screenshot.png)", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await importExample(page, "vpc-public-private.json");
  await expect(page.getByTestId("problem-counts").locator(".count-error")).toHaveText("0 errors");
  await page.locator(".react-flow__controls-fitview").click();
  await page.waitForTimeout(500); // the view's fit animation
  await page.mouse.move(0, 0);
  const docs = path.join(ROOT, "docs");
  mkdirSync(docs, { recursive: true });
  await page.screenshot({ path: path.join(docs, "screenshot.png") });
  await page.screenshot({ path: test.info().outputPath("vpc-public-private-readme.png") });
});
