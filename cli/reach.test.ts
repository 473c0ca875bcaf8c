import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { natLayout } from "../tests/fixtures/build";
import { run, type CliIo } from "./main";
import { diagramJson } from "./fixtures";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const examples = path.join(root, "examples");
const vpcExample = path.join(examples, "vpc-public-private.json");
let dir: string;
const file = (name: string) => path.join(dir, name);

/** A Lambda function "worker" in a public subnet: no public IP, so no internet. */
const lambdaInPublicSubnet = () => natLayout().lambda("fn-1", "public-a").label("fn-1", "worker");

/** The same function in a private and a public subnet: internet from one, not the other. */
const lambdaInTwoSubnets = () => natLayout().lambda("fn-1", "private-a").label("fn-1", "worker").place("fn-1", "public-a");

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "archlint-reach-"));
  for (const [name, builder] of [
    ["public-lambda.json", lambdaInPublicSubnet()],
    ["two-subnets.json", lambdaInTwoSubnets()],
  ] as const) {
    builder.diagram(); // the parser accepts it
    writeFileSync(file(name), JSON.stringify(builder.json()));
  }
  writeFileSync(file("empty.json"), diagramJson());
  writeFileSync(file("malformed.json"), '{"format": "archlint.diagram", "nodes": [');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(argv: string[], overrides: Partial<CliIo> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readFile: (p) => readFileSync(p, "utf8"),
    cwd: dir,
    ...overrides,
  });
  return { code, stdout, stderr };
}

interface Hop {
  id: string;
  kind: string;
  label: string;
  detail?: string;
}
interface Resource {
  id: string;
  kind: string;
  label: string;
  internetEgress: boolean | null;
  internetIngress: { exposed: boolean | null; ports: unknown[] };
  awsServices: Record<string, { reachable: boolean | null; via: string | null }>;
  privateConnections: unknown[];
  path: Hop[];
  blockedBy: { id: string; label: string; code: string; reason: string; fix: string | null } | null;
  subnets: Array<{ id: string; label: string; internetEgress: boolean | null; blockedBy: unknown }>;
  mixed: boolean;
}

async function reachJson(argv: string[]): Promise<Resource[]> {
  const { code, stdout, stderr } = await cli(["reach", ...argv, "--format", "json"]);
  expect(stderr).toBe("");
  expect(code).toBe(0);
  return (JSON.parse(stdout) as { resources: Resource[] }).resources;
}

const byLabel = (resources: Resource[], label: string) => {
  const found = resources.find((r) => r.label === label);
  if (!found) throw new Error(`no resource labelled ${label}`);
  return found;
};

const HANGUL = /[\uac00-\ud7a3]/;

describe("archlint reach --format json", () => {
  it("on the VPC example: the worker function reaches the internet through NAT, ending at the internet gateway", async () => {
    const worker = byLabel(await reachJson([vpcExample]), "worker");
    expect(worker).toMatchObject({ id: "fn-1", kind: "aws.lambda", internetEgress: true, blockedBy: null });
    expect(worker.path[0]).toEqual({ id: "fn-1", kind: "aws.lambda", label: "worker" });
    expect(worker.path.at(-2)).toEqual({ id: "igw-1", kind: "aws.internet-gateway", label: "igw" });
    expect(worker.path.at(-1)).toMatchObject({ id: "internet", kind: "internet" });
    expect(worker.path.map((h) => h.id)).toContain("nat-1");
    expect(worker.path.find((h) => h.kind === "aws.route-table")).toMatchObject({ label: "private-rt", detail: "0.0.0.0/0" });
    expect(worker.internetIngress).toEqual({ exposed: false, status: "no", ports: [], blockedBy: expect.anything() });
    expect(worker.awsServices.s3).toMatchObject({ reachable: true, via: "nat-gateway" });
  });

  it("a Lambda function in a public subnet: no internet, blocked by the function in that subnet, with a reason and a fix", async () => {
    const worker = byLabel(await reachJson([file("public-lambda.json")]), "worker");
    expect(worker.internetEgress).toBe(false);
    expect(worker.path).toEqual([]);
    expect(worker.blockedBy).not.toBeNull();
    expect(["fn-1", "public-a"]).toContain(worker.blockedBy!.id);
    expect(worker.blockedBy!.label).toBe(worker.blockedBy!.id === "fn-1" ? "worker" : "public-a");
    expect(worker.blockedBy!.code).toMatch(/\S/);
    expect(worker.blockedBy!.reason).toContain("worker");
    expect(worker.blockedBy!.reason).toContain("public-a");
    expect(worker.blockedBy!.reason).not.toMatch(HANGUL);
    expect(worker.blockedBy!.fix).toMatch(/\S/);
  });

  it("gives reasons in Korean with --lang ko", async () => {
    const en = byLabel(await reachJson([file("public-lambda.json")]), "worker");
    const ko = byLabel(await reachJson([file("public-lambda.json"), "--lang", "ko"]), "worker");
    expect(ko.blockedBy!.reason).toMatch(HANGUL);
    expect(ko.blockedBy!.reason).not.toBe(en.blockedBy!.reason);
    expect(ko.blockedBy!.fix).toMatch(HANGUL);
    expect({ ...ko.blockedBy, reason: "", fix: "" }).toEqual({ ...en.blockedBy, reason: "", fix: "" });
  });

  it("gives a verdict per subnet when a resource is in several", async () => {
    const worker = byLabel(await reachJson([file("two-subnets.json")]), "worker");
    expect(worker.internetEgress).toBe(false);
    expect(worker.mixed).toBe(true);
    expect(worker.subnets.map((s) => [s.label, s.internetEgress])).toEqual([
      ["private-a", true],
      ["public-a", false],
    ]);
  });

  it("lists no resources for a diagram with nothing networked", async () => {
    expect(await reachJson([file("empty.json")])).toEqual([]);
  });

  it("exits 0 with valid JSON on every example, each resource with the required keys", async () => {
    const names = readdirSync(examples).filter((n) => n.endsWith(".json"));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const { code, stdout, stderr } = await cli(["reach", path.join(examples, name), "--format", "json"]);
      expect(stderr, name).toBe("");
      expect(code, name).toBe(0);
      const report = JSON.parse(stdout) as { resources: Resource[] };
      expect(Array.isArray(report.resources)).toBe(true);
      for (const r of report.resources) {
        for (const key of ["id", "kind", "label", "internetEgress", "internetIngress", "awsServices", "path", "blockedBy"]) {
          expect(r, `${name} ${r.id}`).toHaveProperty(key);
        }
        expect([true, false, null]).toContain(r.internetEgress);
        expect([true, false, null]).toContain(r.internetIngress.exposed);
        expect(Array.isArray(r.path)).toBe(true);
      }
      expect((await cli(["reach", path.join(examples, name)])).code, name).toBe(0);
    }
  });

  it("reads standard input for -", async () => {
    const text = readFileSync(vpcExample, "utf8");
    const { code, stdout } = await cli(["reach", "-", "-f", "json"], {
      readFile: (p) => {
        expect(p).toBe("-");
        return text;
      },
    });
    expect(code).toBe(0);
    expect(byLabel(JSON.parse(stdout).resources, "worker").internetEgress).toBe(true);
  });
});

describe("archlint reach as text", () => {
  it("names resources and hops by label", async () => {
    const { code, stdout } = await cli(["reach", vpcExample]);
    expect(code).toBe(0);
    expect(stdout).toContain('Lambda function "worker" (fn-1)\n');
    expect(stdout).toContain(
      "  internet: yes  worker → subnet private-a → route table private-rt 0.0.0.0/0 → NAT gateway nat-a (public-a) → route table public-rt 0.0.0.0/0 → internet gateway igw → internet\n",
    );
    expect(stdout).toContain("  AWS services: S3 yes (NAT gateway), DynamoDB yes (NAT gateway)");
    expect(stdout).not.toContain("subnet-2");
  });

  it("says what blocks and how to fix it, in English or Korean", async () => {
    const en = await cli(["reach", file("public-lambda.json")]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Lambda function "worker" (fn-1)\n  internet: no\n  blocked: ');
    expect(en.stdout).toMatch(/ {2}blocked: [^\n]*public-a[^\n]* Fix: \S/);
    const ko = await cli(["reach", file("public-lambda.json"), "--lang", "ko"]);
    expect(ko.code).toBe(0);
    expect(ko.stdout).toContain('Lambda 함수 "worker" (fn-1)\n  인터넷: 불가\n  차단: ');
    expect(ko.stdout).toMatch(/해결: \S/);
  });

  it("lists each subnet's verdict when they differ", async () => {
    const { stdout } = await cli(["reach", file("two-subnets.json")]);
    expect(stdout).toContain("  internet: no (works only from some subnets)\n    subnet private-a: yes  worker → subnet private-a →");
    expect(stdout).toMatch(/\n {4}subnet public-a: no\n {6}blocked: /);
  });

  it("says so when nothing is networked", async () => {
    expect((await cli(["reach", file("empty.json")])).stdout).toBe("No resource in this diagram has a network presence to analyze.\n");
  });
});

describe("archlint reach failures exit 2", () => {
  it("for a file it cannot read or parse, naming it, with nothing on stdout", async () => {
    for (const name of ["no-such-file.json", "malformed.json"]) {
      const { code, stdout, stderr } = await cli(["reach", name, "--format", "json"]);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toContain(name);
      expect(stderr).not.toMatch(/^\s+at /m);
    }
    expect((await cli(["reach", "no-such-file.json", "--lang", "ko"])).stderr).toContain("읽을 수 없습니다: 파일이 없습니다");
  });

  it.each([
    [["reach"], /"reach" needs the diagram file/],
    [["reach", "a.json", "b.json"], /"reach" does not take "b.json"/],
    [["reach", "a.json", "--format", "sarif"], /"reach" cannot write format "sarif"; use "text" or "json"\./],
    [["where"], /the commands are "check", "reach", "import" and "rules"/],
  ])("for usage %j", async (argv, expected) => {
    const { code, stdout, stderr } = await cli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(expected);
  });

  it("help lists reach in both languages", async () => {
    expect((await cli(["--help"])).stdout).toMatch(/\n {2}reach FILE {5}\S/);
    expect((await cli(["--help", "--lang", "ko"])).stdout).toMatch(/\n {2}reach FILE {5}리소스마다/);
  });
});
