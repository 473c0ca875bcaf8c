import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDiagram } from "../lib/diagram/parse";
import { run, type CliIo } from "./main";

const TEMPLATES = path.resolve(__dirname, "../tests/fixtures/templates");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "archlint-import-"));
  writeFileSync(path.join(dir, "broken.yaml"), "Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      DelaySeconds: !Select [3, [a]]\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(argv: string[], overrides: Partial<CliIo> = {}) {
  let stdout = "";
  let stderr = "";
  const written = new Map<string, string>();
  const code = await run(argv, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readFile: (p) => readFileSync(p, "utf8"),
    writeFile: (p, text) => void written.set(p, text),
    cwd: TEMPLATES,
    ...overrides,
  });
  return { code, stdout, stderr, written };
}

describe("archlint import", () => {
  it("writes the diagram to standard output and the report to standard error", async () => {
    const { code, stdout, stderr } = await cli(["import", "vpc-three-az-nat.yaml"]);
    expect(code).toBe(0);
    const parsed = parseDiagram(stdout);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.diagram.nodes.map((n) => n.id)).toContain("NatGatewayA");
    expect(stderr).toContain("Imported 32 resources");
    expect(stderr).toContain("FunctionRole (AWS::IAM::Role): unsupported");
  });

  it("writes to -o, takes --param and --region, and gives the report as JSON with --format json", async () => {
    const { code, stdout, stderr, written } = await cli([
      "import", "vpc-three-az-nat.yaml", "-o", "out.json", "--param", "CreateNatGateways=false", "--region", "eu-west-1", "--format", "json",
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    const text = written.get(path.join(TEMPLATES, "out.json"))!;
    const parsed = parseDiagram(text);
    expect(parsed.ok && parsed.diagram.nodes.some((n) => n.kind === "aws.nat-gateway")).toBe(false);
    expect(parsed.ok && parsed.diagram.nodes.find((n) => n.id === "PublicSubnetA")?.parent).toBe("VPC-eu-west-1a");
    const report = JSON.parse(stderr);
    expect(report.region).toBe("eu-west-1");
    expect(report.parameters).toContainEqual({ name: "CreateNatGateways", value: "false" });
  });

  it("exits 2 naming where an invalid template is wrong", async () => {
    const { code, stderr } = await cli(["import", path.join(dir, "broken.yaml")]);
    expect(code).toBe(2);
    expect(stderr).toContain("is not a template Archlint can import; 1 problem:");
    expect(stderr).toContain("Resources.Queue.Properties.DelaySeconds.Fn::Select: Fn::Select asks for item 3 of a list of 1.");
  });

  it("exits 2 on a bad --param and an undeclared parameter", async () => {
    expect((await cli(["import", "vpc-three-az-nat.yaml", "--param", "novalue"])).stderr).toContain("--param takes KEY=VALUE");
    const undeclared = await cli(["import", "vpc-three-az-nat.yaml", "--param", "Nope=1"]);
    expect(undeclared.code).toBe(2);
    expect(undeclared.stderr).toContain('parameter "Nope"');
  });
});

describe("archlint check and reach on a template", () => {
  it("check imports the template first and checks the diagram", async () => {
    const { code, stdout, stderr } = await cli(["check", "vpc-three-az-nat.yaml", "--format", "json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).summary.error).toBe(0);
    expect(stderr).toMatch(/is a CloudFormation template: 32 resources imported/);
  });

  it("reach says the function reaches the internet through a NAT gateway, and not with the NATs switched off", async () => {
    const on = await cli(["reach", "vpc-three-az-nat.json", "--format", "json"]);
    const fetcher = JSON.parse(on.stdout).resources.find((r: { id: string }) => r.id === "Fetcher");
    expect(fetcher).toMatchObject({ internetEgress: true, via: "nat-gateway" });
    const off = await cli(["reach", "vpc-three-az-nat.yaml", "--format", "json", "--param", "CreateNatGateways=false"]);
    expect(JSON.parse(off.stdout).resources.find((r: { id: string }) => r.id === "Fetcher").internetEgress).toBe(false);
  });

  it("a diagram is still read as a diagram", async () => {
    const diagram = (await cli(["import", "vpc-three-az-nat.yaml"])).stdout;
    const { code, stderr } = await cli(["check", "-", "--format", "json"], { readFile: () => diagram });
    expect(code).toBe(0);
    expect(stderr).toBe("");
  });
});
