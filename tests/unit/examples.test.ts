// The diagrams in examples/ (made in the editor by scripts/make-examples.mjs): each one parses,
// survives an export → import round trip, gives the findings its snapshot records, and the CLI
// agrees with the engine on it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { serializeDiagram } from "../../lib/diagram/create";
import { parseDiagram } from "../../lib/diagram/parse";
import type { Diagram } from "../../lib/diagram/types";
import { validate, type Finding } from "../../lib/engine";
import { run } from "../../cli/main";

const ROOT = path.resolve(import.meta.dirname, "../..");
const EXAMPLES = path.join(ROOT, "examples");
const files = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith(".json"))
  .sort();

function load(file: string): Diagram {
  const result = parseDiagram(readFileSync(path.join(EXAMPLES, file), "utf8"));
  if (!result.ok) throw new Error(`${file} does not parse: ${JSON.stringify(result.errors)}`);
  return result.diagram;
}

/** What a snapshot records of a finding: which rule, how bad, about which resources. Wording may change freely. */
function reduce(findings: readonly Pick<Finding, "ruleId" | "severity" | "nodeIds">[]): { ruleId: string; severity: string; nodeIds: string[] }[] {
  return findings
    .map((f) => ({ ruleId: f.ruleId, severity: f.severity, nodeIds: [...f.nodeIds] }))
    .sort((a, b) => a.ruleId.localeCompare(b.ruleId) || a.nodeIds.join(",").localeCompare(b.nodeIds.join(",")) || a.severity.localeCompare(b.severity));
}

async function cli(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readFile: (p) => readFileSync(p, "utf8"),
    cwd: ROOT,
  });
  return { code, stdout, stderr };
}

it("examples/ holds the example diagrams", () => {
  expect(files).toEqual(expect.arrayContaining(["broken-subnets.json", "serverless-api.json", "vpc-public-private.json"]));
});

describe.each(files)("examples/%s", (file) => {
  it("parses, with no migration needed", () => {
    const result = parseDiagram(readFileSync(path.join(EXAMPLES, file), "utf8"));
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.migratedFrom).toBe(null);
  });

  it("was exported by the editor", () => {
    const diagram = load(file);
    expect(diagram.metadata.generator).toMatch(/^archlint/);
    expect(diagram.nodes.length).toBeGreaterThan(0);
  });

  it("findings match the snapshot", () => {
    expect(reduce(validate(load(file)))).toMatchSnapshot();
  });

  it("export → import round trip gives the same diagram", () => {
    const diagram = load(file);
    const again = parseDiagram(serializeDiagram(diagram));
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    // The serializer stamps the generator; everything else must come back as it was.
    expect(again.diagram).toEqual({ ...diagram, metadata: { ...diagram.metadata, generator: "archlint" } });
    expect(validate(again.diagram)).toEqual(validate(diagram));
  });

  it("archlint check --format json reports the engine's findings and exits 1 exactly when one is an error", async () => {
    const { code, stdout, stderr } = await cli(["check", `examples/${file}`, "--format", "json"]);
    expect(stderr).toBe("");
    const report = JSON.parse(stdout) as { findings: Pick<Finding, "ruleId" | "severity" | "nodeIds">[] };
    expect(Array.isArray(report.findings)).toBe(true);
    const findings = validate(load(file));
    expect(reduce(report.findings)).toEqual(reduce(findings));
    expect(code).toBe(findings.some((f) => f.severity === "error") ? 1 : 0);
  });
});

describe("what each example teaches", () => {
  it("vpc-public-private has no error findings", () => {
    const findings = validate(load("vpc-public-private.json"));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("vpc-public-private: two AZs, each with a public and a private subnet; routes to the IGW and the NAT gateway", () => {
    const d = load("vpc-public-private.json");
    const node = (id: string) => d.nodes.find((n) => n.id === id)!;
    const zones = d.nodes.filter((n) => n.kind === "aws.availability-zone");
    expect(zones.map((z) => z.props.zoneName).sort()).toEqual(["us-east-1a", "us-east-1b"]);
    for (const zone of zones) expect(d.nodes.filter((n) => n.kind === "aws.subnet" && n.parent === zone.id)).toHaveLength(2);
    const routes = d.edges.filter((e) => e.kind === "route").map((e) => [node(e.target).kind, e.props.destination]);
    expect(routes.sort()).toEqual([
      ["aws.internet-gateway", "0.0.0.0/0"],
      ["aws.nat-gateway", "0.0.0.0/0"],
    ]);
    const lambda = d.nodes.find((n) => n.kind === "aws.lambda")!;
    expect(node(lambda.parent!).label).toMatch(/^private/);
  });

  it("broken-subnets has the CIDR and zone errors it is meant to teach", () => {
    const findings = validate(load("broken-subnets.json"));
    const errors = new Set(findings.filter((f) => f.severity === "error").map((f) => f.ruleId));
    expect(errors).toContain("subnet-cidr-in-vpc");
    expect(errors).toContain("subnet-cidr-overlap");
    // A subnet without a zone is incomplete, not broken: AWS picks a zone when none is named.
    expect(findings.find((f) => f.ruleId === "subnet-in-one-az")?.severity).toBe("warning");
    expect(load("broken-subnets.json").name).toMatch(/broken on purpose/i);
  });

  it("serverless-api: API Gateway, S3 and SQS invoke the Lambda, which connects to DynamoDB, outside any VPC", () => {
    const d = load("serverless-api.json");
    const kindOf = (id: string) => d.nodes.find((n) => n.id === id)!.kind;
    const edges = d.edges.map((e) => `${kindOf(e.source)} -${e.kind}-> ${kindOf(e.target)}`).sort();
    expect(edges).toEqual([
      "aws.api-gateway -invocation-> aws.lambda",
      "aws.lambda -connection-> aws.dynamodb-table",
      "aws.s3-bucket -invocation-> aws.lambda",
      "aws.sqs-queue -invocation-> aws.lambda",
    ]);
    expect(d.nodes.some((n) => n.kind === "aws.vpc")).toBe(false);
    expect(validate(d).filter((f) => f.severity === "error")).toEqual([]);
  });
});
