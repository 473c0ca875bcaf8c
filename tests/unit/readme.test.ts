import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../../rules";

const root = path.resolve(import.meta.dirname, "../..");
const readme = readFileSync(path.join(root, "README.md"), "utf8");
const coverage = readFileSync(path.join(root, "docs/rule-coverage.md"), "utf8");

describe("the README's figures", () => {
  it("states the number of rules the catalog has", () => {
    expect(readme).toContain(`**${RULES.length} rules**`);
  });

  it("states the fact coverage that docs/rule-coverage.md counts", () => {
    const counts = coverage.match(/Facts: \*\*(\d+)\*\*\. Covered by a rule: \*\*(\d+)\*\*\. Not checkable in a diagram: \*\*(\d+)\*\*\. Not yet: \*\*(\d+)\*\*/);
    expect(counts, "the counts line of docs/rule-coverage.md").not.toBeNull();
    const [, total, covered, inexpressible, notYet] = counts!;
    expect(readme).toContain(`**${total} facts**`);
    expect(readme).toContain(`**${covered} are checked by a rule**`);
    expect(readme).toContain(`**${inexpressible} cannot be\nexpressed in a diagram**`);
    expect(readme).toContain(`**${notYet} are not checked yet**`);
  });

  it("lists every fact left out, with the reason docs/rule-coverage.md gives", () => {
    const leftOut = [...coverage.matchAll(/^\| `([a-z0-9_]+)` \| not (?:checkable in a diagram|yet): (.*) \|$/gm)].map((m) => `- \`${m[1]}\`: ${m[2]}`);
    const listed = readme.split("\n").filter((line) => /^- `[a-z0-9_]+`: /.test(line));
    expect(listed).toEqual(leftOut);
  });

  it("opens with exactly the two commands, the test one being what .ci/run runs", () => {
    const firstBlock = readme.match(/```bash\n([\s\S]*?)```/)![1]!;
    const commands = firstBlock.trim().split("\n").map((line) => line.replace(/\s+#.*$/, "").trim());
    expect(commands).toEqual(["npm ci && npm run build && npm start", "npm ci && npm test"]);
    const ci = readFileSync(path.join(root, ".ci/run"), "utf8");
    expect(ci.split("\n").filter((l) => !l.startsWith("#") && l.trim() !== "").at(-1)).toBe(commands[1]);
  });
});
