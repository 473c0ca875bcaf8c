// AWS's offline template validator (@aws/cloudformation-validate, a dev dependency), run the way a CI
// step would run it: one Node process per template. The import benchmark times this whole process
// beside `archlint check`. Usage: node bench/cfn-validate.cjs TEMPLATE [engine|schema]
//   engine: RegoEngine.validateStandard (schema, cfn-lint and engine rules: the package's quick start)
//   schema: SchemaValidator.validate alone (resource-schema diagnostics only)
"use strict";
const { RegoEngine, SchemaValidator, TemplateFile } = require("@aws/cloudformation-validate");

const [file, mode = "engine"] = process.argv.slice(2);
if (!file || (mode !== "engine" && mode !== "schema")) {
  process.stderr.write("usage: node bench/cfn-validate.cjs TEMPLATE [engine|schema]\n");
  process.exit(2);
}
const template = new TemplateFile(file);
if (mode === "schema") {
  const validator = new SchemaValidator();
  try {
    const diagnostics = validator.validate(template, "us-east-1");
    process.stdout.write(`${JSON.stringify({ mode, diagnostics: diagnostics.length })}\n`);
  } finally {
    validator.free();
  }
} else {
  const engine = new RegoEngine();
  try {
    const report = engine.validateStandard(template, { pseudoParameterOverrides: { region: "us-east-1" } });
    const errors = report.diagnostics.filter((d) => d.severity === "ERROR" || d.severity === "FATAL").length;
    process.stdout.write(`${JSON.stringify({ mode, status: report.status, diagnostics: report.diagnostics.length, errors })}\n`);
  } finally {
    engine.free();
  }
}
