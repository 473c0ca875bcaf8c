// The rule catalog (/rules) and each rule's page (/rules/<id>): listing, search and filters, the
// language shared with the editor, the example diagrams with their findings, and the way in from
// the editor's problems panel.
import path from "node:path";
import { RULES, runRules } from "../../lib/engine";
import { exampleFor } from "../../lib/engine/rule-examples";
import { expect, openEditor, snap, test } from "./fixtures";

const BROKEN_SUBNETS = path.resolve(import.meta.dirname, "../../examples/broken-subnets.json");

function rule(id: string) {
  const found = RULES.find((r) => r.meta.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
}

/** The rule ids whose id, title or explanation (in either language) hold every word of the query. */
function matching(query: string): string[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return RULES.filter(({ meta }) => {
    const text = [meta.id, meta.title.en, meta.title.ko, meta.explanation.en, meta.explanation.ko].join("\n").toLowerCase();
    return words.every((word) => text.includes(word));
  }).map((r) => r.meta.id);
}

test("/rules lists every rule, and search and filters narrow the list", async ({ page }) => {
  await page.goto("/rules");
  const items = page.locator(".rule-item");
  await expect(items).toHaveCount(RULES.length);
  await expect(page.getByRole("status")).toHaveText(`${RULES.length} of ${RULES.length} rules`);
  await expect(page.getByRole("link", { name: "Back to the editor" })).toHaveAttribute("href", "/");

  // The search reads both languages, whichever is shown.
  const search = page.getByLabel("Search rules");
  await search.fill("multi-attach");
  const multiAttach = matching("multi-attach");
  expect(multiAttach).toContain("ebs-multi-attach");
  expect(multiAttach.length).toBeLessThan(RULES.length);
  await expect(items).toHaveCount(multiAttach.length);
  await expect(page.locator('.rule-item[data-rule="ebs-multi-attach"]')).toBeVisible();
  await search.fill("다중 연결");
  await expect(items).toHaveCount(matching("다중 연결").length);
  await expect(page.locator('.rule-item[data-rule="ebs-multi-attach"]')).toBeVisible();
  await search.fill("zzqx-no-such-rule");
  await expect(items).toHaveCount(0);
  await expect(page.getByText("No rule matches the search and filters.")).toBeVisible();
  await search.fill("");

  // Filters are labelled controls, reached from the search box by keyboard.
  await search.focus();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Category")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Severity")).toBeFocused();

  const infos = RULES.filter((r) => r.meta.severity === "info");
  await page.getByLabel("Severity").selectOption("info");
  await expect(items).toHaveCount(infos.length);
  for (const r of infos) await expect(page.locator(`.rule-item[data-rule="${r.meta.id}"]`)).toBeVisible();
  await page.getByLabel("Severity").selectOption("error");
  const errors = RULES.filter((r) => r.meta.severity === "error");
  await expect(items).toHaveCount(errors.length);
  await expect(page.locator('.rule-item:not([data-severity="error"])')).toHaveCount(0);

  await page.getByLabel("Category").selectOption("storage");
  await expect(items).toHaveCount(errors.filter((r) => r.meta.category === "storage").length);
  await snap(page, "rules-filtered");
  await page.getByLabel("Severity").selectOption("");
  await page.getByLabel("Category").selectOption("");
  await expect(items).toHaveCount(RULES.length);
  await snap(page, "rules-catalog");
});

test("a rule's page: explanation, AWS link, facts, and the invalid example with its finding on the diagram", async ({ page }) => {
  const { meta } = rule("ebs-multi-attach");
  const example = exampleFor(meta.id)!;
  const [finding] = runRules(example.invalid, [rule(meta.id)]);

  await page.goto("/rules");
  await page.getByRole("link", { name: new RegExp(meta.title.en) }).click();
  await expect(page).toHaveURL(/\/rules\/ebs-multi-attach$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(meta.title.en);
  await expect(page.getByText(meta.explanation.en)).toBeVisible();
  await expect(page.getByRole("link", { name: meta.docsUrl })).toHaveAttribute("href", meta.docsUrl);
  for (const fact of meta.facts) await expect(page.locator(".rule-fact-ids")).toContainText(fact);

  const invalid = page.getByTestId("example-invalid");
  for (const id of finding!.nodeIds) {
    await expect(invalid.locator(`.react-flow__node[data-id="${id}"] .badge-${finding!.severity}`)).toBeVisible();
  }
  await expect(invalid.locator(".example-findings")).toContainText(finding!.message.en);
  const valid = page.getByTestId("example-valid");
  await expect(valid.locator(".react-flow__node")).toHaveCount(example.valid.nodes.length);
  await expect(valid.locator(".badge")).toHaveCount(0);
  await expect(valid).toContainText("This rule reports nothing here.");
  // Read-only: nothing to drag or select.
  await expect(invalid.locator(".react-flow__node.draggable, .react-flow__node.selectable")).toHaveCount(0);
  await snap(page, "rule-ebs-multi-attach");
});

test("every rule page renders; with an example, the invalid diagram carries a badge and the valid one none", async ({ page }) => {
  for (const { meta } of RULES) {
    await page.goto(`/rules/${meta.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(meta.title.en);
    if (!exampleFor(meta.id)) {
      await expect(page.getByText("No example yet.")).toBeVisible();
      continue;
    }
    await expect(page.getByTestId("example-invalid").locator(".badge").first()).toBeVisible();
    await expect(page.getByTestId("example-valid").locator(".react-flow__node").first()).toBeVisible();
    await expect(page.getByTestId("example-valid").locator(".badge")).toHaveCount(0);
  }
});

test("Korean: the switch shows Korean titles, and the choice is the editor's too", async ({ page }) => {
  await page.goto("/rules");
  await page.getByRole("combobox", { name: "Language" }).selectOption("ko");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("규칙");
  const first = RULES[0]!.meta;
  await expect(page.locator(`.rule-item[data-rule="${first.id}"] .rule-title`)).toHaveText(first.title.ko);
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await snap(page, "rules-korean");

  await page.reload();
  await expect(page.locator(`.rule-item[data-rule="${first.id}"] .rule-title`)).toHaveText(first.title.ko);
  await page.locator(`.rule-item[data-rule="${first.id}"] a`).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(first.title.ko);
  await expect(page.getByRole("heading", { name: "잘못된 예" })).toBeVisible();

  await page.getByRole("link", { name: "편집기로 돌아가기" }).click();
  await expect(page.getByRole("combobox", { name: "언어" })).toHaveValue("ko");
  await page.getByRole("combobox", { name: "언어" }).selectOption("en");
  await page.goto("/rules");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rules");
});

test("an unknown rule id gives the 404 page", async ({ page, consoleProblems }) => {
  const response = await page.goto("/rules/no-such-rule");
  expect(response?.status()).toBe(404);
  await expect(page.getByText("This page could not be found.")).toBeVisible();
  // Chromium reports the document's own 404 status as a console error; that one is the point of this
  // test, so it is taken out. Anything else logged still fails the test.
  const documentStatus = "error: Failed to load resource: the server responded with a status of 404 (Not Found)";
  await expect.poll(() => consoleProblems.includes(documentStatus)).toBe(true);
  consoleProblems.splice(consoleProblems.indexOf(documentStatus), 1);
  await snap(page, "rule-404");
});

test("from the editor: a finding's details link to its rule page, and the diagram is still there on return", async ({ page }) => {
  await openEditor(page);
  await page.getByTestId("import-file").setInputFiles(BROKEN_SUBNETS);
  const problem = page.locator('.problem[data-rule="subnet-cidr-in-vpc"]').first();
  await expect(problem).toBeVisible();
  await page.waitForTimeout(600); // past the autosave debounce
  await problem.locator("summary").click();
  const link = problem.getByRole("link", { name: "Rule page" });
  await expect(link).toHaveAttribute("href", "/rules/subnet-cidr-in-vpc");
  await snap(page, "problem-rule-link");
  await link.click();
  await expect(page).toHaveURL(/\/rules\/subnet-cidr-in-vpc$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(rule("subnet-cidr-in-vpc").meta.title.en);

  await page.goBack();
  await expect(page.locator('.react-flow__node[data-id="subnet-3"]')).toBeVisible();
  await expect(page.locator('.problem[data-rule="subnet-cidr-in-vpc"]').first()).toBeVisible();
});
