import path from "node:path";
import { expect, openEditor, snap, test } from "./fixtures";

const example = path.resolve(import.meta.dirname, "../../examples/vpc-public-private.json");

// The canvas keeps React Flow's copy of every node an edit did not change (components/editor/flow-state.ts):
// a refused move must still put the dragged node back, and an edit elsewhere must not move it.
test("a refused move snaps the node back to its box, and a later edit leaves it there", async ({ page }) => {
  await openEditor(page);
  await page.getByTestId("import-file").setInputFiles(example);
  const worker = page.locator('.react-flow__node[data-id="fn-1"]');
  await expect(worker).toBeVisible();
  const transform = () => worker.evaluate((el) => (el as HTMLElement).style.transform);
  const before = await transform();

  // Onto an Availability Zone's title bar, outside its subnets: a Lambda may not sit straight in a zone.
  const from = (await worker.boundingBox())!;
  const zoneTitle = (await page.locator('.react-flow__node[data-id="az-2"] .container-title').boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(zoneTitle.x + zoneTitle.width / 2, zoneTitle.y + zoneTitle.height / 2, { steps: 12 });
  expect(await transform()).not.toBe(before); // it did move while dragged
  await page.mouse.up();
  await expect(page.locator(".notice-error")).toBeVisible();
  await expect.poll(transform).toBe(before);

  // An edit to another resource re-derives the canvas: the Lambda stays where the model has it.
  await page.locator('.react-flow__node[data-id="nat-1"]').click();
  await page.keyboard.press("Delete");
  await expect(page.locator('.react-flow__node[data-id="nat-1"]')).toHaveCount(0);
  expect(await transform()).toBe(before);
  await snap(page, "refused-move-snapped-back");
});
