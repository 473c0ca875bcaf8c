import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RULES } from "../lib/engine";
import { run, type CliIo, type RunOptions } from "./main";
import { diagramJson, FAKE_RULE } from "./fixtures";

let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "archlint-cli-"));
  writeFileSync(file("ok.json"), diagramJson());
  writeFileSync(file("outside.json"), diagramJson("10.1.1.0/24"));
  writeFileSync(file("malformed.json"), '{"format": "archlint.diagram", "nodes": [');
  writeFileSync(
    file("refused.json"),
    JSON.stringify({ format: "archlint.diagram", version: 1, nodes: [{ id: "n1", kind: "aws.no-such-thing" }] }),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(argv: string[], options?: RunOptions, overrides: Partial<CliIo> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await run(
    argv,
    {
      stdout: (s) => void (stdout += s),
      stderr: (s) => void (stderr += s),
      readFile: (p) => readFileSync(p, "utf8"),
      cwd: dir,
      ...overrides,
    },
    options,
  );
  return { code, stdout, stderr };
}

const noStack = (text: string) => expect(text).not.toMatch(/^\s+at /m);

describe("archlint check", () => {
  it("exits 0 with no findings, and the JSON report parses", async () => {
    const { code, stdout, stderr } = await cli(["check", file("ok.json"), "--format", "json"], { rules: [] });
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(JSON.parse(stdout)).toEqual({ findings: [], summary: { error: 0, warning: 0, info: 0 } });
  });

  it("reads a path relative to cwd", async () => {
    const { code, stdout } = await cli(["check", "ok.json"], { rules: [] });
    expect(code).toBe(0);
    expect(stdout).toContain("0 errors, 0 warnings, 0 info");
  });

  it("exits 1 when there is an error finding, and reports it", async () => {
    const text = await cli(["check", file("ok.json")], { rules: [FAKE_RULE] });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('[fake-subnet-rule]  Subnet "private-a" (subnet-1)');
    expect(text.stdout).toContain("1 error, 0 warnings, 0 info");
    const json = await cli(["check", file("ok.json"), "-f", "json"], { rules: [FAKE_RULE] });
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).findings[0]).toMatchObject({ ruleId: "fake-subnet-rule", nodeIds: ["subnet-1"], message: 'Subnet "private-a" is wrong.' });
  });

  it.skipIf(!RULES.some((r) => r.meta.id === "subnet-cidr-in-vpc"))(
    "end to end with the real rules: a subnet outside its VPC is an error (exit 1)",
    async () => {
      const { code, stdout } = await cli(["check", file("outside.json"), "--format", "json"]);
      expect(code).toBe(1);
      const report = JSON.parse(stdout);
      expect(report.findings.some((f: { ruleId: string; nodeIds: string[] }) => f.ruleId === "subnet-cidr-in-vpc" && f.nodeIds.includes("subnet-1"))).toBe(true);
      expect(report.summary.error).toBeGreaterThan(0);
    },
  );

  it("exits 2 naming the path when the file cannot be read, with no stack trace", async () => {
    const missing = file("no/such/file.json");
    const { code, stdout, stderr } = await cli(["check", missing]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(missing);
    expect(stderr).toContain("no such file");
    noStack(stderr);
  });

  it("exits 2 with a sentence when the JSON is malformed", async () => {
    const { code, stdout, stderr } = await cli(["check", file("malformed.json")]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^archlint: ".*malformed\.json" is not a diagram Archlint can check; 1 problem:\n/);
    expect(stderr).toContain("$: The file is not valid JSON");
    noStack(stderr);
  });

  it("exits 2 and prints the JSON path of each problem when parseDiagram refuses the diagram", async () => {
    const { code, stderr } = await cli(["check", file("refused.json")]);
    expect(code).toBe(2);
    expect(stderr).toContain("refused.json");
    expect(stderr).toContain('  $.nodes[0].kind: node "n1" has kind "aws.no-such-thing"');
  });

  it("speaks Korean with --lang ko", async () => {
    const refused = await cli(["check", file("refused.json"), "--lang", "ko"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("Archlint가 검사할 수 있는 다이어그램이 아닙니다");
    expect(refused.stderr).toContain('$.nodes[0].kind: 노드 "n1"');
    const ok = await cli(["check", file("ok.json"), "--lang=ko"], { rules: [FAKE_RULE] });
    expect(ok.stdout).toContain("오류 (1)");
    expect(ok.stdout).toContain('서브넷 "private-a" (subnet-1)');
    expect(ok.stdout).toContain('서브넷 "private-a"이(가) 잘못되었습니다.');
    expect(ok.stdout).toContain("오류 1개, 경고 0개, 정보 0개");
    const missing = await cli(["check", file("missing.json"), "--lang", "ko"]);
    expect(missing.stderr).toContain("읽을 수 없습니다: 파일이 없습니다");
  });

  it("writes SARIF 2.1.0", async () => {
    const { code, stdout } = await cli(["check", "ok.json", "--format", "sarif"], { rules: [FAKE_RULE] });
    expect(code).toBe(1);
    const log = JSON.parse(stdout);
    expect(log.version).toBe("2.1.0");
    expect(log.runs[0].tool.driver.name).toBe("archlint");
    expect(log.runs[0].tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(log.runs[0].results[0]).toMatchObject({ ruleId: "fake-subnet-rule", ruleIndex: 0, level: "error" });
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("ok.json");
    expect(log.runs[0].results[0].locations[0].logicalLocations[0]).toEqual({
      fullyQualifiedName: "subnet-1",
      name: "private-a",
      kind: "resource",
      properties: { archlintKind: "aws.subnet" },
    });
  });

  it("reads standard input for -", async () => {
    const { code, stdout } = await cli(["check", "-", "--format", "json"], { rules: [] }, {
      readFile: async (p) => {
        expect(p).toBe("-");
        return diagramJson();
      },
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).findings).toEqual([]);
  });
});

describe("usage errors exit 2 with a sentence", () => {
  it.each([
    [["check", "x.json", "--format", "xml"], /"check" cannot write format "xml"; use "text", "json" or "sarif"\./],
    [["check", "x.json", "--format"], /option "--format" needs a value/],
    [["check", "x.json", "--lang", "fr"], /unknown language "fr"/],
    [["check", "x.json", "--frobnicate"], /unknown option "--frobnicate"/],
    [["check"], /"check" needs the diagram file/],
    [["check", "a.json", "b.json"], /"check" does not take "b.json"/],
    [["lint", "x.json"], /unknown command "lint"/],
    [["rules", "--format", "sarif"], /"rules" cannot write format "sarif"/],
    [[], /no command given/],
  ])("%j", async (argv, expected) => {
    const { code, stdout, stderr } = await cli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(expected);
    expect(stderr).toContain('Run "archlint --help" for usage.');
  });

  it("in Korean when --lang ko is given", async () => {
    const { code, stderr } = await cli(["check", "x.json", "--format", "xml", "--lang", "ko"]);
    expect(code).toBe(2);
    expect(stderr).toContain("형식으로 출력할 수 없습니다");
  });
});

describe("archlint rules, --help, --version", () => {
  it("lists the catalog as JSON with titles in the chosen language", async () => {
    const { code, stdout } = await cli(["rules", "--format", "json", "--lang", "ko"], { rules: [FAKE_RULE] });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      rules: [
        {
          id: "fake-subnet-rule",
          severity: "error",
          category: "network",
          title: "모든 서브넷이 잘못됨",
          docsUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html",
          notesSection: null,
        },
      ],
    });
  });

  it("lists the registered catalog as text", async () => {
    const { code, stdout } = await cli(["rules"]);
    expect(code).toBe(0);
    for (const { meta } of RULES) expect(stdout).toContain(meta.id);
  });

  it("prints help and the version", async () => {
    const help = await cli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: archlint <command> [options]");
    expect((await cli(["check", "-h", "--lang", "ko"])).stdout).toContain("사용법: archlint");
    const version = await cli(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\S*\n$/);
  });
});

describe("internal errors", () => {
  const broken = { ...FAKE_RULE, create: () => ({ "aws.subnet": () => { throw new Error("boom"); } }) };

  it("are caught: one line on stderr, exit 2, no stack", async () => {
    const { code, stderr } = await cli(["check", file("ok.json")], { rules: [broken] });
    expect(code).toBe(2);
    expect(stderr).toBe("archlint: internal error: boom\n");
  });

  it("show the stack with ARCHLINT_DEBUG=1", async () => {
    const { code, stderr } = await cli(["check", file("ok.json")], { rules: [broken] }, { env: { ARCHLINT_DEBUG: "1" } });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^\s+at /m);
  });
});
