import path from "node:path";
import { serializeDiagram } from "../../lib/diagram/create";
import { exampleFor } from "../../lib/engine/rule-examples";
import { expect, openEditor, snap, test } from "./fixtures";

const example = path.resolve(import.meta.dirname, "../../examples/vpc-public-private.json");

test("selecting a Lambda behind a NAT shows its internet path and lights it up on the canvas", async ({ page }) => {
  await openEditor(page);
  await page.getByTestId("import-file").setInputFiles(example);
  const worker = page.locator(`.react-flow__node[data-id="fn-1"]`);
  await worker.click();
  const network = page.getByRole("region", { name: "Network" });
  await expect(network.getByRole("button", { name: /Internet access/ })).toContainText("Yes");
  await expect(network.getByTestId("verdict-path")).toContainText("nat-a");
  await expect(network.getByTestId("verdict-path")).toContainText("igw → internet");
  await expect(page.locator(".react-flow__node.on-path", { hasText: "nat-a" })).toHaveCount(1);
  await expect(page.locator(".react-flow__node.on-path", { hasText: "igw" })).toHaveCount(1);
  await expect(page.locator(".react-flow__edge.on-path").first()).toBeVisible();
  await snap(page, "lambda-nat-path");
});

test("moving the Lambda into a public subnet: no internet, and the Lambda itself is the blocker", async ({ page }) => {
  await openEditor(page);
  await page.getByTestId("import-file").setInputFiles(example);
  const worker = page.locator(`.react-flow__node[data-id="fn-1"]`);
  const publicB = page.locator(".react-flow__node", { hasText: "public-b" }).first();
  // Drag the function by hand into public-b, as a person would.
  const from = await worker.boundingBox();
  const to = await publicB.boundingBox();
  if (!from || !to) throw new Error("nodes not on screen");
  await page.mouse.move(from.x + from.width / 2, from.y + 20);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
  await page.mouse.up();
  await worker.click();
  await expect(page.getByRole("complementary", { name: "Inspector" })).toContainText("public-b");
  const network = page.getByRole("region", { name: "Network" });
  await expect(network.getByRole("button", { name: /Internet access/ })).toContainText("No");
  await expect(network.getByTestId("verdict-blocker")).toContainText("public IP");
  await expect(page.locator(".react-flow__node.is-blocker", { hasText: "worker" })).toHaveCount(1);
  await expect(page.locator('.problem[data-rule="lambda-internet-access"]')).toBeVisible();
  await snap(page, "lambda-public-subnet-blocked");
});

test("a connection drawn as 'must be denied' says whether the drawing denies it", async ({ page }) => {
  const example = exampleFor("security-group-deny")!;
  await openEditor(page);
  const network = page.getByRole("region", { name: "Network" });
  for (const [name, diagram, expected] of [
    ["gets-through.json", example.invalid, "meant to be denied: it gets through"],
    ["denied.json", example.valid, "meant to be denied: it is"],
  ] as const) {
    await page.getByTestId("import-file").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(serializeDiagram(diagram)) });
    await page.locator('.react-flow__node[data-id="app"]').click();
    await expect(network.getByRole("button", { name: /db/ })).toContainText(expected);
  }
  await snap(page, "connection-meant-denied");
});
