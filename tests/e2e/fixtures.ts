import { test as base, expect, type Locator, type Page } from "@playwright/test";

/**
 * Every browser test fails if the page logs a console error or warning, or throws: a person
 * should never meet one in normal use.
 */
export const test = base.extend<{ consoleProblems: string[] }>({
  consoleProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning") problems.push(`${message.type()}: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
      await use(problems);
      expect(problems, "console errors or warnings during the test").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the editor on a fresh browser profile (no saved diagram) and waits for the canvas. */
export async function openEditor(page: Page): Promise<void> {
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Diagram canvas" })).toBeVisible();
}

/** Drags a palette item (by its kind id) and drops it at a point relative to the target element. */
export async function dragKind(page: Page, kindId: string, target: { selector: string; x: number; y: number }): Promise<void> {
  await page.locator(`.palette-item[data-kind="${kindId}"]`).dragTo(page.locator(target.selector).first(), {
    targetPosition: { x: target.x, y: target.y },
  });
}

/** Drops a file (`name`, contents `text`, MIME `type`) on `target` the way a browser does: dragenter, dragover, drop. */
export async function dropFile(page: Page, target: Locator, file: { name: string; text: string; type: string }): Promise<void> {
  const transfer = await page.evaluateHandle(({ name, text, type }) => {
    const data = new DataTransfer();
    data.items.add(new File([text], name, { type }));
    return data;
  }, file);
  await target.dispatchEvent("dragenter", { dataTransfer: transfer });
  await target.dispatchEvent("dragover", { dataTransfer: transfer });
  await target.dispatchEvent("drop", { dataTransfer: transfer });
}

export async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: false });
}
