import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { dragKind, expect, openEditor, snap, test } from "./fixtures";

/** Drags from one node's bottom handle to another node's top handle, as a person draws a connection. */
async function connect(page: Page, from: string, to: string): Promise<void> {
  await page.locator(`.react-flow__node[data-id="${from}"] .react-flow__handle-bottom`).dragTo(
    page.locator(`.react-flow__node[data-id="${to}"] .react-flow__handle-top`),
  );
}

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

/**
 * Issue 5's "done when": someone who has never seen Archlint builds the notes' "Lambda in a VPC with
 * NAT" design from the palette, sees the verdict and its path, breaks it, fixes it with a quick fix,
 * switches to Korean, and exports and re-imports it.
 */
test("a first-time user builds Lambda in a VPC with NAT, breaks it, fixes it, reads it in Korean, exports and re-imports it", async ({ page }, testInfo) => {
  await openEditor(page);

  // Build: a VPC, an Availability Zone, a public and a private subnet, an internet gateway.
  await dragKind(page, "aws.vpc", { selector: ".react-flow__pane", x: 16, y: 16 });
  await page.getByRole("button", { name: /zoom out/i }).click();
  await page.getByRole("button", { name: /zoom out/i }).click();
  await dragKind(page, "aws.availability-zone", { selector: '.react-flow__node[data-id="vpc-1"]', x: 20, y: 40 });
  await dragKind(page, "aws.subnet", { selector: '.react-flow__node[data-id="az-1"]', x: 16, y: 30 });
  await dragKind(page, "aws.subnet", { selector: '.react-flow__node[data-id="az-1"]', x: 16, y: 200 });
  await expect(node(page, "subnet-2")).toBeVisible();
  const vpcBox = (await node(page, "vpc-1").boundingBox())!;
  await dragKind(page, "aws.internet-gateway", { selector: '.react-flow__node[data-id="vpc-1"]', x: vpcBox.width * 0.75, y: vpcBox.height * 0.3 });
  await expect(node(page, "igw-1")).toBeVisible();

  // Connecting the public subnet to the internet gateway adds the 0.0.0.0/0 route (and its route table).
  await connect(page, "subnet-1", "igw-1");
  await expect(node(page, "subnet-1").locator(".container-node")).toHaveClass(/subnet-public/);

  // A NAT gateway in the public subnet, the private subnet routed to it, and the function in the private subnet.
  await dragKind(page, "aws.nat-gateway", { selector: '.react-flow__node[data-id="subnet-1"]', x: 120, y: 70 });
  await expect(node(page, "nat-1")).toBeVisible();
  await connect(page, "subnet-2", "nat-1");
  await dragKind(page, "aws.lambda", { selector: '.react-flow__node[data-id="subnet-2"]', x: 120, y: 70 });
  await expect(node(page, "fn-1")).toBeVisible();

  // The verdict and its path.
  await node(page, "fn-1").click();
  const network = page.getByRole("region", { name: "Network" });
  await expect(network.getByRole("button", { name: /Internet access/ })).toContainText("Yes");
  await expect(network.getByTestId("verdict-path")).toContainText("nat-1");
  await expect(network.getByTestId("verdict-path")).toContainText("igw-1 → internet");
  await snap(page, "1-built-with-path");

  // Break it: the NAT gateway loses its Elastic IP.
  await node(page, "nat-1").click();
  await page.getByRole("complementary", { name: "Inspector" }).getByLabel("elasticIp", { exact: true }).uncheck();
  const natProblem = page.locator('.problem[data-rule="nat-gateway-elastic-ip"]');
  await expect(natProblem).toBeVisible();
  await node(page, "fn-1").click();
  await expect(network.getByRole("button", { name: /Internet access/ })).toContainText("No");
  await expect(network.getByTestId("verdict-blocker")).toContainText("nat-1");
  await snap(page, "2-broken");

  // Fix it with the quick fix.
  await natProblem.getByRole("button", { name: /Give it an Elastic IP/ }).click();
  await expect(natProblem).toHaveCount(0);
  await node(page, "fn-1").click();
  await expect(network.getByRole("button", { name: /Internet access/ })).toContainText("Yes");

  // In Korean.
  await page.getByRole("combobox", { name: "Language" }).selectOption("ko");
  const networkKo = page.getByRole("region", { name: "네트워크" });
  await expect(networkKo.getByRole("button", { name: /인터넷 접근/ })).toContainText("가능");
  await snap(page, "3-korean");
  await page.getByRole("combobox", { name: "언어" }).selectOption("en");

  // Export, start over, re-import: the design and its verdict come back.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const exportJson = page.getByRole("menuitem", { name: /JSON/ });
  if (await exportJson.count()) await exportJson.click();
  const file = testInfo.outputPath("lambda-nat.json");
  await (await download).saveAs(file);
  expect(JSON.parse(await readFile(file, "utf8")).nodes.length).toBeGreaterThanOrEqual(9);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "New", exact: true }).click();
  await expect(page.locator(".react-flow__node")).toHaveCount(0);
  await page.getByTestId("import-file").setInputFiles(file);
  await node(page, "fn-1").click();
  await expect(page.getByRole("region", { name: "Network" }).getByRole("button", { name: /Internet access/ })).toContainText("Yes");
  await snap(page, "4-reimported");
});
