import { writeFile } from "node:fs/promises";
import { generateDiagram } from "../../bench/generate";
import { serializeDiagram } from "../../lib/diagram/create";
import { analyze } from "../../lib/engine/analyze";
import { countBySeverity } from "../../lib/engine/validate";
import { expect, openEditor, snap, test } from "./fixtures";

test("a diagram of 2,000 resources is checked in a Web Worker and the editor stays usable", async ({ page }, testInfo) => {
  const diagram = generateDiagram(2_000);
  const file = testInfo.outputPath("large.json");
  await writeFile(file, serializeDiagram(diagram));
  const expected = countBySeverity(analyze(diagram).findings);

  await openEditor(page);
  await page.getByTestId("import-file").setInputFiles(file);
  await expect(page.getByTestId("problem-counts")).toContainText(`${expected.error} errors · ${expected.warning} warnings · ${expected.info} info`, {
    timeout: 30_000,
  });
  await expect(page.getByTestId("problems-checking")).toHaveCount(0);
  // The page answers input while the worker has the diagram: the palette filter takes typing.
  await page.getByRole("searchbox", { name: "Filter resources" }).fill("lambda");
  await expect(page.locator('.palette-item[data-kind="aws.lambda"]')).toBeVisible();
  await snap(page, "large-diagram");
});
