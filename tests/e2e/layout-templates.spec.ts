import type { Locator, Page } from "@playwright/test";
import { serializeDiagram } from "../../lib/diagram/create";
import type { Diagram } from "../../lib/diagram/types";
import { countBySeverity, validate } from "../../lib/engine";
import { TEMPLATES, getTemplate, templateDiagram } from "../../lib/templates";
import { expect, openEditor, snap, test } from "./fixtures";

const counts = (diagram: Diagram) => {
  const c = countBySeverity(validate(diagram));
  return `${c.error} errors · ${c.warning} warnings · ${c.info} info`;
};

async function openGallery(page: Page): Promise<Locator> {
  await page.getByRole("button", { name: "Templates", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Start from a template" });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator(".template-card")).toHaveCount(TEMPLATES.length);
  return dialog;
}

/** Opens a template from the gallery, accepting the "replace the current diagram?" question (asked when the canvas has nodes). */
async function openTemplate(page: Page, id: string): Promise<void> {
  const asked = (await page.locator(".react-flow__node").count()) > 0;
  const dialog = await openGallery(page);
  if (asked) page.once("dialog", (question) => void question.accept());
  await dialog.locator(`.template-card[data-template="${id}"]`).click();
  await expect(dialog).toBeHidden();
}

/** Each node's position in flow coordinates (React Flow's transform), which the view's pan and zoom leave alone. */
async function flowPositions(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll<HTMLElement>(".react-flow__node")].map((n) => [n.dataset.id!, n.style.transform])),
  );
}

/** Nodes whose on-screen box pokes out of their container's box. */
async function outsideTheirBox(page: Page, diagram: Diagram): Promise<string[]> {
  const pairs = diagram.nodes.filter((n) => n.parent !== null).map((n) => [n.id, n.parent!] as const);
  return page.evaluate((pairs) => {
    const box = (id: string) => document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`)!.getBoundingClientRect();
    return pairs
      .filter(([child, parent]) => {
        const c = box(child);
        const p = box(parent);
        return c.left < p.left - 1 || c.top < p.top - 1 || c.right > p.right + 1 || c.bottom > p.bottom + 1;
      })
      .map(([child, parent]) => `${child} outside ${parent}`);
  }, pairs);
}

test("the gallery is a labelled modal dialog: focus stays in it, Escape closes it and focus goes back", async ({ page }) => {
  await openEditor(page);
  const opener = page.getByRole("button", { name: "Templates", exact: true });
  const dialog = await openGallery(page);
  await expect(dialog.locator('.template-card[data-template="lambda-public-subnet"] .template-teaches')).toHaveText("Teaches");
  await expect(dialog.locator('.template-card[data-template="serverless-api"] .template-teaches')).toHaveCount(0);
  for (let i = 0; i < TEMPLATES.length + 3; i++) {
    await page.keyboard.press("Tab");
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press("Shift+Tab");
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await snap(page, "templates-gallery");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test("opens every template with the problems validate() finds, and undo brings back the previous diagram", async ({ page }) => {
  await openEditor(page);
  let previous: Diagram | null = null;
  for (const template of TEMPLATES) {
    const diagram = templateDiagram(template);
    await openTemplate(page, template.id);
    await expect(page.locator(".react-flow__node")).toHaveCount(diagram.nodes.length);
    await expect(page.getByTestId("problem-counts")).toHaveText(counts(diagram));
    await expect(page.getByRole("textbox", { name: "Diagram name" })).toHaveValue(template.name.en);
    for (const ruleId of template.findings) await expect(page.locator(`.problem[data-rule="${ruleId}"]`).first()).toBeVisible();
    await page.waitForTimeout(350); // the view fits the new diagram
    await snap(page, `template-${template.id}`);
    previous = diagram;
  }
  // The last template replaced the one before it in one step: undo shows that one again.
  const beforeLast = templateDiagram(TEMPLATES.at(-2)!);
  await page.keyboard.press("Control+z");
  await expect(page.locator(".react-flow__node")).toHaveCount(beforeLast.nodes.length);
  await expect(page.getByTestId("problem-counts")).toHaveText(counts(beforeLast));
  await expect(page.locator(`.react-flow__node[data-id="${beforeLast.nodes[0]!.id}"]`)).toBeVisible();
  expect(previous).not.toBeNull();
});

test("keeping the current diagram leaves it untouched and the gallery open", async ({ page }) => {
  await openEditor(page);
  await openTemplate(page, "serverless-api");
  const dialog = await openGallery(page);
  page.once("dialog", (question) => void question.dismiss());
  await dialog.locator('.template-card[data-template="three-tier-web-app"]').click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.locator(".react-flow__node")).toHaveCount(templateDiagram(getTemplate("serverless-api")!).nodes.length);
});

test("auto-layout untangles a messy diagram in a worker, keeps children in their boxes, and one Ctrl+Z undoes it", async ({ page }) => {
  await openEditor(page);
  // elkjs is not part of the editor's first load.
  const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src).filter(Boolean));
  for (const src of scripts) expect(await (await page.request.get(src)).text(), src).not.toContain("org.eclipse.elk");

  // The three-tier template with every node dropped near its container's corner, on top of each other.
  const tidy = templateDiagram(getTemplate("three-tier-web-app")!);
  const messy: Diagram = { ...tidy, name: "messy", nodes: tidy.nodes.map((n, i) => ({ ...n, layout: { ...n.layout, x: 8 + (i % 3) * 6, y: 8 + (i % 4) * 5 } })) };
  await page.getByTestId("import-file").setInputFiles({ name: "messy.json", mimeType: "application/json", buffer: Buffer.from(serializeDiagram(messy)) });
  await expect(page.locator(".react-flow__node")).toHaveCount(messy.nodes.length);
  await page.waitForTimeout(300);
  await snap(page, "auto-layout-before");
  const before = await flowPositions(page);

  // Record every busy state the button shows, however short.
  const button = page.getByTestId("auto-layout");
  await button.evaluate((b) => {
    const w = window as unknown as { busySeen: string[] };
    w.busySeen = [];
    new MutationObserver(() => w.busySeen.push(b.getAttribute("aria-busy") ?? "")).observe(b, { attributes: true, attributeFilter: ["aria-busy"] });
  });
  await button.click();
  // The page keeps taking input while the layout runs.
  const filter = page.getByRole("searchbox", { name: "Filter resources" });
  await filter.fill("lambda");
  await expect(filter).toHaveValue("lambda");
  await expect(button).toHaveAttribute("aria-busy", "false");
  expect(await page.evaluate(() => (window as unknown as { busySeen: string[] }).busySeen)).toContain("true");
  await filter.fill("");

  await expect.poll(async () => JSON.stringify(await flowPositions(page))).not.toBe(JSON.stringify(before));
  await page.waitForTimeout(400); // the view's fit animation
  expect(await outsideTheirBox(page, messy)).toEqual([]);
  await snap(page, "auto-layout-after");

  await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("Control+z");
  await expect.poll(async () => JSON.stringify(await flowPositions(page))).toBe(JSON.stringify(before));

  // Shift+L does the same as the button.
  await page.keyboard.press("Shift+L");
  await expect.poll(async () => JSON.stringify(await flowPositions(page))).not.toBe(JSON.stringify(before));
});
