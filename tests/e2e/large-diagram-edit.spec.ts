import { writeFile } from "node:fs/promises";
import { generateDiagram } from "../../bench/generate";
import { serializeDiagram } from "../../lib/diagram/create";
import { applyOps } from "../../lib/diagram/ops";
import { analyze } from "../../lib/engine/analyze";
import { countBySeverity } from "../../lib/engine/validate";
import { expect, openEditor, test } from "./fixtures";

const countsText = (c: { error: number; warning: number; info: number }) => `${c.error} errors · ${c.warning} warnings · ${c.info} info`;

// The worker gets each edit as a delta from the diagram it holds (lib/diagram/delta.ts) and re-checks incrementally.
test("an edit to a 2,000-resource diagram reaches the worker and updates the problems", async ({ page }, testInfo) => {
  const diagram = generateDiagram(2_000);
  const file = testInfo.outputPath("large.json");
  await writeFile(file, serializeDiagram(diagram));
  const before = countBySeverity(analyze(diagram).findings);
  const after = countBySeverity(analyze(applyOps(diagram, [{ op: "removeNode", id: "fn-0-0-1" }])).findings);
  expect(after).not.toEqual(before);

  await openEditor(page);
  await page.getByTestId("import-file").setInputFiles(file);
  await expect(page.getByTestId("problem-counts")).toContainText(countsText(before), { timeout: 30_000 });
  // Generated diagrams stack their nodes: select by keyboard, as a screen-reader user would.
  await page.locator('.react-flow__node[data-id="fn-0-0-1"]').focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Delete");
  await expect(page.getByTestId("problem-counts")).toContainText(countsText(after), { timeout: 30_000 });
  await page.keyboard.press("Control+z");
  await expect(page.getByTestId("problem-counts")).toContainText(countsText(before), { timeout: 30_000 });
});
