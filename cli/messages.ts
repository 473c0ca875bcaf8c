import type { Lang, Text } from "../lib/i18n/text";
import type { ImportReport } from "../lib/import";

/** Every sentence the CLI prints, in both product languages. */
export const USAGE: Text = {
  en: `Usage: archlint <command> [options]

Commands:
  check FILE     Check a diagram file against Archlint's rules (FILE "-" reads standard input)
  reach FILE     Show what each resource can reach: the internet (and by which path), the internet
                 reaching it, AWS services and its drawn connections, and what blocks each
  import FILE    Turn a CloudFormation or SAM template (YAML or JSON) into a diagram file, written
                 to standard output (or -o FILE); the import report goes to standard error
  rules          List the rules Archlint checks

check and reach also take a template wherever they take a diagram (told apart by content).

Options:
  -f, --format FORMAT  check: text (default), json or sarif; reach, rules, import (its report):
                       text (default) or json
  -o, --output FILE    import: write the diagram to FILE instead of standard output
      --param KEY=VALUE  a value for one of the template's Parameters (repeatable)
      --region REGION  the Region the template is deployed to (default us-east-1)
      --lang LANG      Language of messages: en (default) or ko
  -h, --help           Show this help
  -v, --version        Print Archlint's version

Exit status: 0 when there is no error finding, 1 when there is one (reach and import: always 0),
2 when the file cannot be read or is not a diagram or a template, or the command is wrong.
`,
  ko: `사용법: archlint <명령> [옵션]

명령:
  check FILE     다이어그램 파일을 Archlint 규칙으로 검사합니다 (FILE이 "-"이면 표준 입력을 읽습니다)
  reach FILE     리소스마다 닿을 수 있는 곳을 보여 줍니다: 인터넷(과 그 경로), 인터넷에서의 접근,
                 AWS 서비스, 그려진 연결, 그리고 각각을 막는 것
  import FILE    CloudFormation이나 SAM 템플릿(YAML 또는 JSON)을 다이어그램 파일로 바꿔 표준 출력
                 (또는 -o FILE)에 씁니다. 가져오기 보고서는 표준 오류로 나갑니다
  rules          Archlint가 검사하는 규칙을 나열합니다

check와 reach는 다이어그램 대신 템플릿도 받습니다 (내용으로 구별합니다).

옵션:
  -f, --format FORMAT  check: text(기본), json, sarif; reach, rules, import(보고서): text(기본), json
  -o, --output FILE    import: 다이어그램을 표준 출력 대신 FILE에 씁니다
      --param KEY=VALUE  템플릿 Parameters 하나의 값 (여러 번 쓸 수 있음)
      --region REGION  템플릿을 배포할 리전 (기본 us-east-1)
      --lang LANG      메시지 언어: en(기본) 또는 ko
  -h, --help           이 도움말을 보여 줍니다
  -v, --version        Archlint 버전을 출력합니다

종료 코드: 오류 결과가 없으면 0, 있으면 1 (reach와 import는 항상 0),
파일을 읽을 수 없거나 다이어그램이나 템플릿이 아니거나 명령이 잘못되었으면 2입니다.
`,
};

const SEE_HELP: Text = { en: 'Run "archlint --help" for usage.', ko: '사용법은 "archlint --help"로 확인하세요.' };

/** A usage error: one sentence, then where to find the usage. */
export function usageError(message: Text, lang: Lang): string {
  return `archlint: ${message[lang]} ${SEE_HELP[lang]}\n`;
}

const q = (s: string) => JSON.stringify(s);

export const M = {
  noCommand: { en: "no command given.", ko: "명령이 없습니다." },
  unknownCommand: (name: string): Text => ({
    en: `unknown command ${q(name)}; the commands are "check", "reach", "import" and "rules".`,
    ko: `알 수 없는 명령 ${q(name)}입니다. 명령은 "check", "reach", "import", "rules"입니다.`,
  }),
  unknownOption: (raw: string): Text => ({
    en: `unknown option ${q(raw)}.`,
    ko: `알 수 없는 옵션 ${q(raw)}입니다.`,
  }),
  missingValue: (raw: string): Text => ({
    en: `option ${q(raw)} needs a value.`,
    ko: `옵션 ${q(raw)}에는 값이 필요합니다.`,
  }),
  noValueAllowed: (raw: string): Text => ({
    en: `option ${q(raw)} does not take a value.`,
    ko: `옵션 ${q(raw)}은(는) 값을 받지 않습니다.`,
  }),
  badLang: (value: string): Text => ({
    en: `unknown language ${q(value)} for --lang; use "en" or "ko".`,
    ko: `--lang의 언어 ${q(value)}을(를) 알 수 없습니다. "en" 또는 "ko"를 쓰세요.`,
  }),
  badFormat: (command: string, value: string, allowed: readonly string[]): Text => ({
    en: `"${command}" cannot write format ${q(value)}; use ${allowed.map(q).join(", ").replace(/, ([^,]*)$/, " or $1")}.`,
    ko: `"${command}"은(는) ${q(value)} 형식으로 출력할 수 없습니다. ${allowed.map(q).join(", ")} 중 하나를 쓰세요.`,
  }),
  missingFile: (command: string): Text => ({
    en: `"${command}" needs the diagram file to ${command === "check" ? "check" : "analyze"} (or "-" for standard input).`,
    ko: `"${command}"에는 ${command === "check" ? "검사할" : "분석할"} 다이어그램 파일(표준 입력은 "-")이 필요합니다.`,
  }),
  missingTemplate: {
    en: '"import" needs the template file to import (or "-" for standard input).',
    ko: '"import"에는 가져올 템플릿 파일(표준 입력은 "-")이 필요합니다.',
  } satisfies Text,
  badParam: (value: string): Text => ({
    en: `--param takes KEY=VALUE, found ${q(value)}.`,
    ko: `--param에는 KEY=VALUE를 써야 합니다. ${q(value)}을(를) 받았습니다.`,
  }),
  badRegion: (value: string): Text => ({
    en: `${q(value)} is not a Region code such as us-east-1.`,
    ko: `${q(value)}은(는) us-east-1 같은 리전 코드가 아닙니다.`,
  }),
  notATemplate: (file: string, count: number): Text => ({
    en: `${file} is not a template Archlint can import; ${count === 1 ? "1 problem" : `${count} problems`}:`,
    ko: `${file}은(는) Archlint가 가져올 수 있는 템플릿이 아닙니다. 문제 ${count}개:`,
  }),
  cannotWrite: (file: string, reason: Text): Text => ({
    en: `cannot write ${file}: ${reason.en}.`,
    ko: `${file}에 쓸 수 없습니다: ${reason.ko}.`,
  }),
  importedTemplate: (file: string, report: ImportReport): Text => {
    const drawn = report.resources.filter((r) => r.outcome === "node" || r.outcome === "edge" || r.outcome === "folded").length;
    const notDrawn = report.resources.length - drawn;
    const unknown = report.unknowns.length;
    return {
      en: `${file} is a CloudFormation template: ${report.resources.length} resources imported, ${drawn} drawn, ${notDrawn} not drawn, ${unknown} ${unknown === 1 ? "value" : "values"} the template does not decide (Region ${report.region}; "archlint import" prints the full report).`,
      ko: `${file}은(는) CloudFormation 템플릿입니다: 리소스 ${report.resources.length}개 중 ${drawn}개를 그렸고 ${notDrawn}개는 그리지 않았으며, 템플릿이 정하지 않는 값이 ${unknown}개입니다 (리전 ${report.region}; 전체 보고서는 "archlint import").`,
    };
  },
  extraArguments: (command: string, extra: readonly string[]): Text => ({
    en: `"${command}" does not take ${extra.map(q).join(" ")}.`,
    ko: `"${command}"은(는) ${extra.map(q).join(" ")}을(를) 받지 않습니다.`,
  }),
  cannotRead: (file: string, reason: Text): Text => ({
    en: `cannot read ${file}: ${reason.en}.`,
    ko: `${file}을(를) 읽을 수 없습니다: ${reason.ko}.`,
  }),
  notADiagram: (file: string, count: number): Text => ({
    en: `${file} is not a diagram Archlint can check; ${count === 1 ? "1 problem" : `${count} problems`}:`,
    ko: `${file}은(는) Archlint가 검사할 수 있는 다이어그램이 아닙니다. 문제 ${count}개:`,
  }),
  internalError: (message: string): Text => ({
    en: `internal error: ${message}`,
    ko: `내부 오류: ${message}`,
  }),
};

const READ_REASONS: Record<string, Text> = {
  ENOENT: { en: "no such file", ko: "파일이 없습니다" },
  EACCES: { en: "permission denied", ko: "권한이 없습니다" },
  EPERM: { en: "permission denied", ko: "권한이 없습니다" },
  EISDIR: { en: "it is a directory, not a file", ko: "파일이 아니라 디렉터리입니다" },
  ENOTDIR: { en: "a part of the path is not a directory", ko: "경로의 일부가 디렉터리가 아닙니다" },
  ERR_FS_FILE_TOO_LARGE: { en: "the file is too large", ko: "파일이 너무 큽니다" },
};

/** Why a read failed, as a phrase; the system's own words when the code is not a common one. */
export function readFailureReason(error: unknown): Text {
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  const known = READ_REASONS[code];
  if (known) return known;
  const detail = error instanceof Error ? error.message : String(error);
  return { en: detail, ko: detail };
}
