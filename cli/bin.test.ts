import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diagramJson } from "./fixtures";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = path.join(root, "bin", "archlint.mjs");
let dir: string;

function archlint(args: string[], binPath = bin) {
  const result = spawnSync(process.execPath, [binPath, ...args], { cwd: dir, encoding: "utf8", timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the built archlint binary", () => {
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(root, "scripts", "build-cli.mjs")], { cwd: root, stdio: "pipe", timeout: 60_000 });
    dir = mkdtempSync(path.join(os.tmpdir(), "archlint-bin-"));
    writeFileSync(path.join(dir, "ok.json"), diagramJson());
    writeFileSync(path.join(dir, "bad.json"), "{ not json");
  }, 90_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("checks a valid diagram: exit 0, JSON on stdout", () => {
    const { code, stdout, stderr } = archlint(["check", "ok.json", "--format", "json"]);
    expect(stderr).toBe("");
    const report = JSON.parse(stdout);
    expect(report.summary.error).toBe(0);
    expect(code).toBe(0);
    expect(Array.isArray(report.findings)).toBe(true);
  });

  it("exits 2 for a file it cannot read or parse, without a stack trace", () => {
    for (const file of ["missing.json", "bad.json"]) {
      const { code, stdout, stderr } = archlint(["check", file, "--format", "json"]);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toContain(file);
      expect(stderr).not.toMatch(/^\s+at /m);
    }
  });

  it("reads standard input", () => {
    const result = spawnSync(process.execPath, [bin, "check", "-", "-f", "json"], { input: diagramJson(), encoding: "utf8", timeout: 30_000 });
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toHaveProperty("summary");
  });

  it("reports reachability end to end: exit 0, JSON on stdout", () => {
    const result = spawnSync(process.execPath, [bin, "reach", "examples/vpc-public-private.json", "--format", "json"], {
      cwd: root,
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const worker = JSON.parse(result.stdout).resources.find((r: { label: string }) => r.label === "worker");
    expect(worker).toMatchObject({ id: "fn-1", internetEgress: true, blockedBy: null });
    expect(worker.path.at(-1)).toMatchObject({ id: "internet" });
  });

  it("says how to build itself when dist/ is missing", () => {
    const lone = path.join(dir, "lone");
    mkdirSync(path.join(lone, "bin"), { recursive: true });
    copyFileSync(bin, path.join(lone, "bin", "archlint.mjs"));
    const { code, stderr } = archlint(["--help"], path.join(lone, "bin", "archlint.mjs"));
    expect(code).toBe(2);
    expect(stderr).toBe("archlint is not built yet: run `npm run build:cli` (npm install does it)\n");
  });
});
