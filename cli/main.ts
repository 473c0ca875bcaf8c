import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { version as packageVersion } from "../package.json";
import { serializeDiagram } from "../lib/diagram/create";
import { DiagramIndex } from "../lib/diagram/graph";
import { parseDiagram } from "../lib/diagram/parse";
import type { Diagram } from "../lib/diagram/types";
import { RULES, validate } from "../lib/engine";
import { runRules } from "../lib/engine/validate";
import type { RuleModule } from "../lib/engine/types";
import { isLang, type Lang, type Text } from "../lib/i18n/text";
import { formatImportReport, importTemplate, looksLikeTemplate, type ImportOptions } from "../lib/import";
import { analyzeReachability } from "../lib/network";
import { catalogToJson, formatCatalogText, formatReachText, formatText, reachToJson, toJson, toSarif } from "../lib/report";
import { M, readFailureReason, USAGE, usageError } from "./messages";

export const VERSION: string = packageVersion;

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The text of a file, by absolute path; `-` means standard input. May throw (errno codes are explained). */
  readFile(path: string): string | Promise<string>;
  /** Writes a file, by absolute path (`archlint import -o`). May throw (errno codes are explained). */
  writeFile?(path: string, text: string): void | Promise<void>;
  /** Relative FILE arguments are read from here. */
  cwd: string;
  /** ARCHLINT_DEBUG=1 adds the stack to an internal error. */
  env?: Readonly<Record<string, string | undefined>>;
}

export interface RunOptions {
  /** The rules to check with; the registered catalog (RULES) unless a test supplies its own. */
  rules?: readonly RuleModule[];
}

export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;

const CHECK_FORMATS = ["text", "json", "sarif"] as const;
const RULES_FORMATS = ["text", "json"] as const;
const REACH_FORMATS = ["text", "json"] as const;
const IMPORT_FORMATS = ["text", "json"] as const;

const OPTIONS = {
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  param: { type: "string", multiple: true },
  region: { type: "string" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

const STDIN: Text = { en: "standard input", ko: "표준 입력" };

class UsageError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

/**
 * The `archlint` command, in-process: parses argv (without the node and script paths), writes
 * through `io`, and resolves to the exit code. Never throws and never exits the process.
 */
export async function run(argv: readonly string[], io: CliIo, options: RunOptions = {}): Promise<number> {
  const guessedLang = guessLang(argv);
  try {
    return await dispatch(argv, io, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`archlint: ${M.internalError(message)[guessedLang]}\n`);
    if (io.env?.ARCHLINT_DEBUG === "1" && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT.failure;
  }
}

async function dispatch(argv: readonly string[], io: CliIo, options: RunOptions): Promise<number> {
  let lang: Lang = guessLang(argv);
  let parsed: ReturnType<typeof readArgs>;
  try {
    parsed = readArgs(argv);
    lang = parsed.lang;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(usageError(error.text, lang));
      return EXIT.failure;
    }
    throw error;
  }
  const { values, positionals } = parsed;
  const template: ImportOptions = { parameters: values.parameters, ...(values.region !== undefined ? { region: values.region } : {}) };

  if (values.help) {
    io.stdout(USAGE[lang]);
    return EXIT.ok;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }

  const [command, ...rest] = positionals;
  try {
    switch (command) {
      case undefined:
        throw new UsageError(M.noCommand);
      case "check": {
        const format = pickFormat("check", values.format, CHECK_FORMATS);
        if (rest.length === 0) throw new UsageError(M.missingFile("check"));
        if (rest.length > 1) throw new UsageError(M.extraArguments("check", rest.slice(1)));
        return await check(rest[0]!, format, lang, io, options, template);
      }
      case "reach": {
        const format = pickFormat("reach", values.format, REACH_FORMATS);
        if (rest.length === 0) throw new UsageError(M.missingFile("reach"));
        if (rest.length > 1) throw new UsageError(M.extraArguments("reach", rest.slice(1)));
        return await reach(rest[0]!, format, lang, io, template);
      }
      case "import": {
        const format = pickFormat("import", values.format, IMPORT_FORMATS);
        if (rest.length === 0) throw new UsageError(M.missingTemplate);
        if (rest.length > 1) throw new UsageError(M.extraArguments("import", rest.slice(1)));
        return await importCommand(rest[0]!, values.output, format, lang, io, template);
      }
      case "rules": {
        const format = pickFormat("rules", values.format, RULES_FORMATS);
        if (rest.length > 0) throw new UsageError(M.extraArguments("rules", rest));
        const rules = options.rules ?? RULES;
        io.stdout(format === "json" ? `${JSON.stringify(catalogToJson(rules, lang), null, 2)}\n` : formatCatalogText(rules, lang));
        return EXIT.ok;
      }
      default:
        throw new UsageError(M.unknownCommand(command));
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(usageError(error.text, lang));
      return EXIT.failure;
    }
    throw error;
  }
}

async function check(
  file: string,
  format: (typeof CHECK_FORMATS)[number],
  lang: Lang,
  io: CliIo,
  options: RunOptions,
  template: ImportOptions,
): Promise<number> {
  const diagram = await readDiagram(file, lang, io, template);
  if (diagram === undefined) return EXIT.failure;
  const findings = options.rules ? runRules(diagram, options.rules) : validate(diagram);
  switch (format) {
    case "text":
      io.stdout(formatText(diagram, findings, lang));
      break;
    case "json":
      io.stdout(`${JSON.stringify(toJson(findings, lang), null, 2)}\n`);
      break;
    case "sarif": {
      const log = toSarif(findings, options.rules ?? RULES, artifactUri(file), lang, {
        diagram,
        version: VERSION,
      });
      io.stdout(`${JSON.stringify(log, null, 2)}\n`);
      break;
    }
  }
  return findings.some((f) => f.severity === "error") ? EXIT.findings : EXIT.ok;
}

/** `archlint reach`: each resource's reachability profile. Informational: exit 0 whatever the verdicts. */
async function reach(file: string, format: (typeof REACH_FORMATS)[number], lang: Lang, io: CliIo, template: ImportOptions): Promise<number> {
  const diagram = await readDiagram(file, lang, io, template);
  if (diagram === undefined) return EXIT.failure;
  const report = analyzeReachability(new DiagramIndex(diagram));
  io.stdout(format === "json" ? `${JSON.stringify(reachToJson(diagram, report, lang), null, 2)}\n` : formatReachText(diagram, report, lang));
  return EXIT.ok;
}

/** `archlint import`: the template as a diagram file (stdout, or -o), and the import report on stderr. */
async function importCommand(
  file: string,
  output: string | undefined,
  format: (typeof IMPORT_FORMATS)[number],
  lang: Lang,
  io: CliIo,
  template: ImportOptions,
): Promise<number> {
  const input = await readInput(file, lang, io);
  if (input === undefined) return EXIT.failure;
  const result = importTemplate(input.text, template);
  if (!result.ok) {
    printProblems(M.notATemplate(input.shown, result.errors.length), result.errors, lang, io);
    return EXIT.failure;
  }
  const text = serializeDiagram(result.diagram, `archlint ${VERSION}`);
  if (output === undefined) io.stdout(text);
  else {
    const target = path.resolve(io.cwd, output);
    try {
      if (!io.writeFile) throw new Error("this environment cannot write files");
      await io.writeFile(target, text);
    } catch (error) {
      io.stderr(`archlint: ${M.cannotWrite(JSON.stringify(output), readFailureReason(error))[lang]}\n`);
      return EXIT.failure;
    }
  }
  io.stderr(format === "json" ? `${JSON.stringify(result.report, null, 2)}\n` : formatImportReport(result.report, lang));
  return EXIT.ok;
}

/** FILE's text (`-`: standard input), relative to `io.cwd`; undefined after saying why it cannot be read. */
async function readInput(file: string, lang: Lang, io: CliIo): Promise<{ text: string; shown: string } | undefined> {
  const fromStdin = file === "-";
  const shown = fromStdin ? STDIN[lang] : JSON.stringify(file);
  try {
    return { text: await io.readFile(fromStdin ? "-" : path.resolve(io.cwd, file)), shown };
  } catch (error) {
    io.stderr(`archlint: ${M.cannotRead(shown, readFailureReason(error))[lang]}\n`);
    return undefined;
  }
}

function printProblems(headline: Text, errors: ReadonlyArray<{ path: string; message: Text }>, lang: Lang, io: CliIo): void {
  const lines = errors.map((e) => `  ${e.path}: ${e.message[lang]}`);
  io.stderr(`archlint: ${headline[lang]}\n${lines.join("\n")}\n`);
}

/**
 * Reads FILE (`-`: standard input), relative to `io.cwd`: a diagram, or a CloudFormation or SAM
 * template (told apart by content), which is imported first and summed up on stderr. On failure
 * says why on stderr and returns undefined: the caller exits 2.
 */
async function readDiagram(file: string, lang: Lang, io: CliIo, template: ImportOptions = {}): Promise<Diagram | undefined> {
  const input = await readInput(file, lang, io);
  if (input === undefined) return undefined;
  const { text, shown } = input;

  if (looksLikeTemplate(text)) {
    const imported = importTemplate(text, template);
    if (!imported.ok) {
      printProblems(M.notATemplate(shown, imported.errors.length), imported.errors, lang, io);
      return undefined;
    }
    io.stderr(`archlint: ${M.importedTemplate(shown, imported.report)[lang]}\n`);
    return imported.diagram;
  }

  const parsed = parseDiagram(text);
  if (!parsed.ok) {
    printProblems(M.notADiagram(shown, parsed.errors.length), parsed.errors, lang, io);
    return undefined;
  }
  return parsed.diagram;
}

/** The FILE argument as a SARIF artifact URI: relative paths stay relative (forward slashes, percent-encoded), absolute ones become file: URLs. */
export function artifactUri(file: string): string {
  if (file === "-") return "stdin";
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return path
    .normalize(file)
    .split(path.sep)
    .map((segment) => encodeURIComponent(segment))
    .join("/");
}

function readArgs(argv: readonly string[]) {
  // strict: false so each problem gets Archlint's own sentence instead of parseArgs' error text.
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  let lang: Lang = "en";
  if (values.lang !== undefined) {
    if (typeof values.lang !== "string") throw new UsageError(M.missingValue("--lang"));
    if (!isLang(values.lang)) throw new UsageError(M.badLang(values.lang));
    lang = values.lang;
  }
  const parameters: Record<string, string> = {};
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const def = (OPTIONS as Record<string, { type: "string" | "boolean" } | undefined>)[token.name];
    if (!def) throw new UsageError(M.unknownOption(token.rawName));
    if (def.type === "string" && token.value === undefined) throw new UsageError(M.missingValue(token.rawName));
    if (def.type === "boolean" && token.value !== undefined) throw new UsageError(M.noValueAllowed(token.rawName));
    if (token.name === "param") {
      const eq = token.value!.indexOf("=");
      if (eq <= 0) throw new UsageError(M.badParam(token.value!));
      parameters[token.value!.slice(0, eq)] = token.value!.slice(eq + 1);
    }
  }
  if (typeof values.region === "string" && !/^[a-z]{2}(-[a-z]+)+-\d$/.test(values.region)) throw new UsageError(M.badRegion(values.region));
  return {
    lang,
    values: {
      format: typeof values.format === "string" ? values.format : undefined,
      output: typeof values.output === "string" ? values.output : undefined,
      region: typeof values.region === "string" ? values.region : undefined,
      parameters,
      help: values.help === true,
      version: values.version === true,
    },
    positionals,
  };
}

function pickFormat<F extends string>(command: string, value: string | undefined, allowed: readonly F[]): F {
  if (value === undefined) return allowed[0]!;
  if ((allowed as readonly string[]).includes(value)) return value as F;
  throw new UsageError(M.badFormat(command, value, allowed));
}

/** The language to complain in before the arguments are understood: `--lang ko` if it is there. */
function guessLang(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--") break;
    if (argv[i] === "--lang=ko" || (argv[i] === "--lang" && argv[i + 1] === "ko")) return "ko";
  }
  return "en";
}
