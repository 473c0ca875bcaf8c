// Security: the headers every page is served with, no CSP violation in normal use, and hostile
// text in a diagram is shown as text, never turned into HTML.
import type { Response } from "@playwright/test";
import { expect, openEditor, test } from "./fixtures";

function expectSecurityHeaders(response: Response | null): void {
  expect(response, "the page answered").not.toBeNull();
  const headers = response!.headers();
  const csp = headers["content-security-policy"] ?? "";
  for (const directive of [
    "default-src 'self'",
    "img-src 'self' data: blob:",
    "style-src 'self' 'unsafe-inline'",
    "worker-src 'self' blob:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ]) {
    expect(csp).toContain(directive);
  }
  expect(csp).toMatch(/script-src 'self'/);
  expect(csp, "no eval in production").not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(["no-referrer", "strict-origin-when-cross-origin"]).toContain(headers["referrer-policy"]);
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-powered-by"]).toBeUndefined();
}

test("the editor and the rules pages are served with strict security headers and run without CSP violations", async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction("__reportCsp", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { __reportCsp(t: string): void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });

  expectSecurityHeaders(await page.goto("/"));
  await expect(page.getByRole("region", { name: "Diagram canvas" })).toBeVisible();
  // The analysis runs in a worker: wait for it so a worker-src violation would show.
  await page.getByTestId("import-file").setInputFiles("examples/broken-subnets.json");
  await expect(page.locator('.react-flow__node[data-id="subnet-4"]')).toBeVisible();
  await expect(page.getByRole("region", { name: "Problems" })).toBeVisible();

  expectSecurityHeaders(await page.goto("/rules"));
  await expect(page.locator("h1").first()).toBeVisible();
  const api = await page.request.post("/api/validate", { data: "{}" });
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  expect(violations).toEqual([]);
});

const HOSTILE = `<img src=x onerror=alert(1)>`;

test("a label holding HTML is shown as text in the canvas and the inspector, never as an element", async ({ page }) => {
  page.on("dialog", (dialog) => {
    throw new Error(`a script ran and opened a dialog: ${dialog.message()}`);
  });
  await openEditor(page);
  const diagram = {
    format: "archlint.diagram",
    version: 1,
    name: `${HOSTILE} diagram`,
    nodes: [
      { id: "region-1", kind: "aws.region", label: HOSTILE, parent: null, props: { regionCode: "us-east-1" }, layout: { x: 40, y: 40, w: 500, h: 360 } },
      {
        id: "vpc-1",
        kind: "aws.vpc",
        label: HOSTILE,
        parent: "region-1",
        props: { cidrBlock: "10.0.0.0/16" },
        layout: { x: 40, y: 60, w: 300, h: 200 },
      },
    ],
    edges: [],
  };
  await page.getByTestId("import-file").setInputFiles({ name: "hostile.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(diagram)) });
  const node = page.locator('.react-flow__node[data-id="vpc-1"]');
  await expect(node).toContainText(HOSTILE);
  await node.click({ position: { x: 20, y: 10 } });
  const inspector = page.getByRole("complementary", { name: "Inspector" });
  await expect(inspector.getByLabel("Label")).toHaveValue(HOSTILE);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => document.querySelectorAll("img[onerror]").length)).toBe(0);
});
