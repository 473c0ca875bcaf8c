import type { Raw, ReadError } from "./read";
import { isRecord, literalString, NO_VALUE, refsIn, ResourceRef, Unknown, unknownReason, type Evaluated, type Value } from "./values";
import { blockText, parseIpBlock } from "../network/cidr";

/** A condition's value: decided, or not decidable without a deployment (a parameter with no value). */
export type Tri = boolean | "unknown";

export interface EvalOptions {
  /** Values for the template's Parameters, overriding their defaults. */
  parameters?: Readonly<Record<string, string>>;
  /** AWS::Region; us-east-1 unless given. */
  region?: string;
  /** AWS::AccountId; 123456789012 unless given. */
  accountId?: string;
  /** AWS::StackName. */
  stackName?: string;
}

export interface TemplateParts {
  parameters: Readonly<Record<string, Raw>>;
  mappings: Readonly<Record<string, Raw>>;
  conditions: Readonly<Record<string, Raw>>;
  resources: Readonly<Record<string, { Type?: Raw; Properties?: Raw; Condition?: Raw }>>;
}

export const DEFAULT_REGION = "us-east-1";
export const DEFAULT_ACCOUNT_ID = "123456789012";
export const DEFAULT_STACK_NAME = "imported-stack";

/** How many zones Fn::GetAZs lists: the Region's, where commonly known, else three. */
const ZONE_COUNT: Readonly<Record<string, number>> = {
  "us-east-1": 6,
  "us-west-2": 4,
  "ap-northeast-1": 3,
  "ap-northeast-2": 4,
  "ap-southeast-1": 3,
};

export function zonesOf(region: string): string[] {
  return Array.from({ length: ZONE_COUNT[region] ?? 3 }, (_, i) => `${region}${String.fromCharCode(97 + i)}`);
}

/** Attributes whose value the template itself decides, read from the resource's own properties. */
const DERIVED_ATTRIBUTES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "AWS::EC2::VPC": { CidrBlock: "CidrBlock" },
  "AWS::EC2::Subnet": { AvailabilityZone: "AvailabilityZone", CidrBlock: "CidrBlock" },
};

const CONDITION_FUNCTIONS = new Set(["Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not", "Condition"]);

/**
 * Evaluates CloudFormation's intrinsic functions over a template's values. Never throws: a misuse
 * CloudFormation would refuse is recorded in `errors` with its path and evaluates to an unknown.
 */
export class Evaluator {
  readonly errors: ReadError[] = [];
  readonly region: string;
  readonly accountId: string;
  readonly stackName: string;
  private readonly parameterValues = new Map<string, Value>();
  private readonly conditionValues = new Map<string, Tri>();
  private readonly conditionsInProgress = new Set<string>();
  private readonly derivedInProgress = new Set<string>();

  constructor(
    private readonly parts: TemplateParts,
    options: EvalOptions = {},
  ) {
    this.region = options.region ?? DEFAULT_REGION;
    this.accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
    this.stackName = options.stackName ?? DEFAULT_STACK_NAME;
    for (const [name, given] of Object.entries(options.parameters ?? {})) {
      if (!(name in parts.parameters)) {
        this.error(`Parameters`, {
          en: `A value is given for parameter "${name}", which the template does not declare.`,
          ko: `템플릿에 선언되지 않은 매개변수 "${name}"에 값이 주어졌습니다.`,
        });
      } else this.parameterValues.set(name, this.parameterValue(name, given, true));
    }
    for (const name of Object.keys(parts.parameters)) {
      if (!this.parameterValues.has(name)) this.parameterValues.set(name, this.parameterValue(name, undefined, false));
    }
  }

  /** The parameters that have no value (neither given nor defaulted), for the report. */
  unresolvedParameters(): string[] {
    return [...this.parameterValues].filter(([, v]) => v instanceof Unknown).map(([name]) => name);
  }

  private parameterValue(name: string, given: string | undefined, fromUser: boolean): Value {
    const decl = this.parts.parameters[name];
    const type = isRecord(decl) && typeof decl.Type === "string" ? decl.Type : "String";
    const fallback = isRecord(decl) ? decl.Default : undefined;
    const text = given ?? (fallback === undefined || fallback === null ? undefined : String(Array.isArray(fallback) ? fallback.join(",") : fallback));
    if (text === undefined) return new Unknown(`parameter ${name} has no value`);
    if (!fromUser && type.startsWith("AWS::SSM::Parameter::Value<")) return new Unknown(`parameter ${name} is read from SSM (${text})`);
    if (type === "CommaDelimitedList" || type.startsWith("List<") || type.startsWith("AWS::SSM::Parameter::Value<List<")) {
      return text === "" ? [] : text.split(",").map((s) => s.trim());
    }
    return text;
  }

  private error(path: string, message: { en: string; ko: string }): void {
    if (this.errors.length < 50) this.errors.push({ path, message });
  }

  private fail(path: string, fn: string, expected: string, expectedKo: string): Unknown {
    this.error(path, {
      en: `${fn} expects ${expected}.`,
      ko: `${fn}에는 ${expectedKo}이(가) 필요합니다.`,
    });
    return new Unknown(`${fn} is malformed`);
  }

  /** A value with its functions evaluated; `NO_VALUE` when it is `Ref: AWS::NoValue`. */
  evaluate(raw: Raw | undefined, path: string): Evaluated {
    if (raw === undefined || raw === null) return null;
    if (typeof raw !== "object") return raw;
    if (Array.isArray(raw)) {
      const out: Value[] = [];
      raw.forEach((item, i) => {
        const v = this.evaluate(item, `${path}[${i}]`);
        if (v !== NO_VALUE) out.push(v);
      });
      return out;
    }
    const keys = Object.keys(raw);
    if (keys.length === 1) {
      const key = keys[0]!;
      if (key === "Ref" || key.startsWith("Fn::") || key === "Condition") {
        // `Condition` is a function only inside conditions; elsewhere it is an ordinary key.
        if (key !== "Condition" || path.startsWith("Conditions")) return this.intrinsic(key, raw[key]!, `${path}.${key}`);
      }
    }
    const out: Record<string, Value> = {};
    for (const key of keys) {
      const v = this.evaluate(raw[key], `${path}.${key}`);
      if (v !== NO_VALUE) out[key] = v;
    }
    return out;
  }

  /** `evaluate`, with AWS::NoValue read as absent. */
  value(raw: Raw | undefined, path: string): Value | undefined {
    const v = this.evaluate(raw, path);
    return v === NO_VALUE ? undefined : v;
  }

  /** A named condition of the Conditions section. */
  condition(name: string, path = `Conditions.${name}`): Tri {
    const known = this.conditionValues.get(name);
    if (known !== undefined) return known;
    if (!(name in this.parts.conditions)) {
      this.error(path, { en: `Condition "${name}" is not declared in Conditions.`, ko: `조건 "${name}"이(가) Conditions에 선언되어 있지 않습니다.` });
      return "unknown";
    }
    if (this.conditionsInProgress.has(name)) {
      this.error(`Conditions.${name}`, { en: `Condition "${name}" depends on itself.`, ko: `조건 "${name}"이(가) 자기 자신에 의존합니다.` });
      return "unknown";
    }
    this.conditionsInProgress.add(name);
    const result = this.truth(this.parts.conditions[name], `Conditions.${name}`);
    this.conditionsInProgress.delete(name);
    this.conditionValues.set(name, result);
    return result;
  }

  private truth(raw: Raw | undefined, path: string): Tri {
    const v = this.value(raw, path);
    if (typeof v === "boolean") return v;
    if (v === "true" || v === "false") return v === "true";
    if (v instanceof Unknown) return "unknown";
    this.error(path, { en: "A condition must be a condition function (Fn::Equals, Fn::And, …) or a condition name.", ko: "조건은 조건 함수(Fn::Equals, Fn::And 등)나 조건 이름이어야 합니다." });
    return "unknown";
  }

  private intrinsic(fn: string, arg: Raw, path: string): Evaluated {
    if (CONDITION_FUNCTIONS.has(fn)) return this.conditionFunction(fn, arg, path);
    switch (fn) {
      case "Ref":
        return typeof arg === "string" ? this.ref(arg, path) : this.fail(path, "Ref", "the name of a parameter or resource", "매개변수나 리소스의 이름");
      case "Fn::GetAtt":
        return this.getAtt(arg, path);
      case "Fn::Sub":
        return this.sub(arg, path);
      case "Fn::Join":
        return this.join(arg, path);
      case "Fn::Select":
        return this.select(arg, path);
      case "Fn::Split":
        return this.split(arg, path);
      case "Fn::GetAZs": {
        const region = this.value(arg, path);
        if (region instanceof Unknown || region instanceof ResourceRef) return new Unknown(`the zones of an undecided Region`);
        if (region !== "" && typeof region !== "string" && region !== null) return this.fail(path, "Fn::GetAZs", "a Region name or an empty string", "리전 이름이나 빈 문자열");
        return zonesOf(region === "" || region === null ? this.region : region);
      }
      case "Fn::If":
        return this.ifFunction(arg, path);
      case "Fn::FindInMap":
        return this.findInMap(arg, path);
      case "Fn::Cidr":
        return this.cidr(arg, path);
      case "Fn::ImportValue": {
        const name = this.value(arg, path);
        const exported = literalString(name);
        return new Unknown(`ImportValue ${exported ?? unknownReason(name) ?? "?"}`, [], exported);
      }
      case "Fn::Base64": {
        const v = this.value(arg, path);
        const s = literalString(v);
        return s === undefined ? new Unknown(unknownReason(v) ?? "Fn::Base64 of an undecided value", refsIn(v)) : base64(s);
      }
      case "Fn::Length": {
        const v = this.value(arg, path);
        return Array.isArray(v) ? v.length : new Unknown(unknownReason(v) ?? "Fn::Length of an undecided list", refsIn(v));
      }
      case "Fn::ToJsonString": {
        const v = this.value(arg, path);
        return unknownReason(v) === undefined ? JSON.stringify(v) : new Unknown(unknownReason(v)!, refsIn(v));
      }
      case "Fn::Transform":
        return new Unknown("a macro (Fn::Transform) decides it");
      default:
        return new Unknown(`${fn}, which Archlint does not evaluate`);
    }
  }

  private ref(name: string, path: string): Evaluated {
    switch (name) {
      case "AWS::Region":
        return this.region;
      case "AWS::AccountId":
        return this.accountId;
      case "AWS::StackName":
        return this.stackName;
      case "AWS::StackId":
        return `arn:${this.partition()}:cloudformation:${this.region}:${this.accountId}:stack/${this.stackName}/00000000-0000-0000-0000-000000000000`;
      case "AWS::Partition":
        return this.partition();
      case "AWS::URLSuffix":
        return this.region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
      case "AWS::NotificationARNs":
        return [];
      case "AWS::NoValue":
        return NO_VALUE;
    }
    const parameter = this.parameterValues.get(name);
    if (parameter !== undefined) return parameter;
    if (name in this.parts.resources) {
      const off = this.leftOut(name);
      return off ? new Unknown(off) : new ResourceRef(name);
    }
    this.error(path, {
      en: `Ref names "${name}", which is neither a parameter nor a resource of the template.`,
      ko: `Ref가 가리키는 "${name}"은(는) 템플릿의 매개변수도 리소스도 아닙니다.`,
    });
    return new Unknown(`"${name}" is not in the template`);
  }

  partition(): string {
    return this.region.startsWith("cn-") ? "aws-cn" : this.region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
  }

  /** Why a resource is not created, when its condition says so. */
  private leftOut(logicalId: string): string | undefined {
    const condition = this.parts.resources[logicalId]?.Condition;
    if (typeof condition === "string" && this.condition(condition, `Resources.${logicalId}.Condition`) === false) {
      return `${logicalId} is left out (condition ${condition} is false)`;
    }
    return undefined;
  }

  private getAtt(arg: Raw, path: string): Evaluated {
    if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== "string") {
      return this.fail(path, "Fn::GetAtt", "a resource and an attribute: [Resource, Attribute] or Resource.Attribute", "리소스와 속성([Resource, Attribute] 또는 Resource.Attribute)");
    }
    const [logicalId] = arg as [string, Raw];
    const attribute = literalString(this.value(arg[1], `${path}[1]`));
    const resource = this.parts.resources[logicalId];
    if (!resource) {
      this.error(path, {
        en: `Fn::GetAtt names "${logicalId}", which is not a resource of the template.`,
        ko: `Fn::GetAtt가 가리키는 "${logicalId}"은(는) 템플릿의 리소스가 아닙니다.`,
      });
      return new Unknown(`"${logicalId}" is not in the template`);
    }
    const off = this.leftOut(logicalId);
    if (off) return new Unknown(off);
    if (attribute === undefined) return new Unknown(`an undecided attribute of ${logicalId}`, [logicalId]);
    const property = typeof resource.Type === "string" ? DERIVED_ATTRIBUTES[resource.Type]?.[attribute] : undefined;
    if (property && isRecord(resource.Properties as Value) && !this.derivedInProgress.has(logicalId)) {
      this.derivedInProgress.add(logicalId);
      const v = this.value((resource.Properties as Record<string, Raw>)[property], `Resources.${logicalId}.Properties.${property}`);
      this.derivedInProgress.delete(logicalId);
      if (typeof v === "string") return v;
    }
    return new ResourceRef(logicalId, attribute);
  }

  private sub(arg: Raw, path: string): Evaluated {
    let template: Raw;
    const variables = new Map<string, Value>();
    if (typeof arg === "string") template = arg;
    else if (Array.isArray(arg) && arg.length === 2 && typeof arg[0] === "string" && isRecord(arg[1] as Value)) {
      template = arg[0];
      for (const [name, raw] of Object.entries(arg[1] as Record<string, Raw>)) {
        variables.set(name, this.value(raw, `${path}[1].${name}`) ?? "");
      }
    } else return this.fail(path, "Fn::Sub", "a string, or a string and a map of variables", "문자열, 또는 문자열과 변수 맵");
    const pieces: Value[] = [];
    let last = 0;
    for (const match of (template as string).matchAll(/\$\{([^}]*)\}/g)) {
      pieces.push((template as string).slice(last, match.index));
      last = match.index + match[0].length;
      const name = match[1]!.trim();
      if (name.startsWith("!")) {
        pieces.push(`\${${name.slice(1)}}`);
        continue;
      }
      if (variables.has(name)) pieces.push(variables.get(name)!);
      else if (name.includes(".") && !name.startsWith("AWS::")) {
        const dot = name.indexOf(".");
        const v = this.getAtt([name.slice(0, dot), name.slice(dot + 1)], path);
        pieces.push(v === NO_VALUE ? "" : v);
      } else {
        const v = this.ref(name, path);
        pieces.push(v === NO_VALUE ? "" : v);
      }
    }
    pieces.push((template as string).slice(last));
    return concat(pieces, "");
  }

  private join(arg: Raw, path: string): Evaluated {
    if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== "string") {
      return this.fail(path, "Fn::Join", "a delimiter and a list: [delimiter, [values]]", "구분자와 목록([delimiter, [values]])");
    }
    const list = this.value(arg[1], `${path}[1]`);
    if (!Array.isArray(list)) {
      if (list instanceof Unknown || list instanceof ResourceRef) return new Unknown(unknownReason(list)!, refsIn(list));
      return this.fail(path, "Fn::Join", "a list of values to join", "합칠 값의 목록");
    }
    return concat(list, arg[0]);
  }

  private select(arg: Raw, path: string): Evaluated {
    if (!Array.isArray(arg) || arg.length !== 2) return this.fail(path, "Fn::Select", "an index and a list: [index, [values]]", "인덱스와 목록([index, [values]])");
    const indexValue = this.value(arg[0], `${path}[0]`);
    const list = this.value(arg[1], `${path}[1]`);
    const index = Number(literalString(indexValue));
    if (indexValue instanceof Unknown) return new Unknown(indexValue.reason, refsIn(list));
    if (!Number.isInteger(index) || index < 0) return this.fail(path, "Fn::Select", "a whole-number index", "정수 인덱스");
    if (list instanceof Unknown || list instanceof ResourceRef) return new Unknown(unknownReason(list)!, refsIn(list));
    if (!Array.isArray(list)) return this.fail(path, "Fn::Select", "a list to select from", "선택할 목록");
    if (index >= list.length) {
      this.error(path, {
        en: `Fn::Select asks for item ${index} of a list of ${list.length}.`,
        ko: `Fn::Select가 항목 ${list.length}개인 목록에서 ${index}번 항목을 요청합니다.`,
      });
      return new Unknown("Fn::Select is out of range");
    }
    return list[index]!;
  }

  private split(arg: Raw, path: string): Evaluated {
    if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== "string" || arg[0] === "") {
      return this.fail(path, "Fn::Split", "a delimiter and a string: [delimiter, string]", "구분자와 문자열([delimiter, string])");
    }
    const source = this.value(arg[1], `${path}[1]`);
    const s = literalString(source);
    if (s === undefined) return new Unknown(unknownReason(source) ?? "Fn::Split of an undecided string", refsIn(source));
    return s.split(arg[0]);
  }

  private ifFunction(arg: Raw, path: string): Evaluated {
    if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== "string") {
      return this.fail(path, "Fn::If", "a condition name and two values: [Condition, IfTrue, IfFalse]", "조건 이름과 두 값([Condition, IfTrue, IfFalse])");
    }
    const decided = this.condition(arg[0], `${path}[0]`);
    if (decided === true) return this.evaluate(arg[1], `${path}[1]`);
    if (decided === false) return this.evaluate(arg[2], `${path}[2]`);
    const refs = refsIn(this.value(arg[1], `${path}[1]`));
    refsIn(this.value(arg[2], `${path}[2]`), refs);
    return new Unknown(`condition ${arg[0]} is undecided`, refs);
  }

  private findInMap(arg: Raw, path: string): Evaluated {
    if (!Array.isArray(arg) || arg.length < 3 || arg.length > 4) {
      return this.fail(path, "Fn::FindInMap", "a map name and two keys: [MapName, TopKey, SecondKey]", "맵 이름과 두 키([MapName, TopKey, SecondKey])");
    }
    const keys = arg.slice(0, 3).map((k, i) => this.value(k, `${path}[${i}]`));
    const names = keys.map(literalString);
    const fallback = arg.length === 4 && isRecord(arg[3] as Value) ? (arg[3] as Record<string, Raw>).DefaultValue : undefined;
    if (names.some((n) => n === undefined)) {
      const reason = keys.map(unknownReason).find((r) => r !== undefined);
      return new Unknown(reason ?? "Fn::FindInMap with an undecided key");
    }
    const [mapName, top, second] = names as [string, string, string];
    const map = this.parts.mappings[mapName];
    const entry = isRecord(map as Value) ? (map as Record<string, Raw>)[top] : undefined;
    const found = isRecord(entry as Value) ? (entry as Record<string, Raw>)[second] : undefined;
    if (found === undefined) {
      if (fallback !== undefined) return this.evaluate(fallback, `${path}[3].DefaultValue`);
      this.error(path, {
        en: `Fn::FindInMap finds nothing at ${mapName} > ${top} > ${second} in Mappings.`,
        ko: `Fn::FindInMap이 Mappings의 ${mapName} > ${top} > ${second}에서 값을 찾지 못했습니다.`,
      });
      return new Unknown(`Mappings has no ${mapName} > ${top} > ${second}`);
    }
    return this.evaluate(found, `Mappings.${mapName}.${top}.${second}`);
  }

  private cidr(arg: Raw, path: string): Evaluated {
    if (!Array.isArray(arg) || arg.length !== 3) return this.fail(path, "Fn::Cidr", "a block, a count and a size: [ipBlock, count, cidrBits]", "블록, 개수, 크기([ipBlock, count, cidrBits])");
    const [block, count, bits] = arg.map((a, i) => this.value(a, `${path}[${i}]`));
    const reason = [block, count, bits].map(unknownReason).find((r) => r !== undefined);
    if (reason) return new Unknown(reason, refsIn(block));
    const result = cidrSubnets(literalString(block) ?? "", Number(literalString(count)), Number(literalString(bits)));
    if (typeof result === "string") {
      this.error(path, { en: `Fn::Cidr cannot split ${literalString(block)}: ${result}.`, ko: `Fn::Cidr가 ${literalString(block)}을(를) 나눌 수 없습니다: ${result}.` });
      return new Unknown("Fn::Cidr is malformed");
    }
    return result;
  }

  private conditionFunction(fn: string, arg: Raw, path: string): Evaluated {
    const tri = this.conditionTri(fn, arg, path);
    return tri === "unknown" ? new Unknown("an undecided condition") : tri;
  }

  private conditionTri(fn: string, arg: Raw, path: string): Tri {
    switch (fn) {
      case "Condition":
        return typeof arg === "string" ? this.condition(arg, path) : (this.fail(path, "Condition", "a condition name", "조건 이름"), "unknown");
      case "Fn::Equals": {
        if (!Array.isArray(arg) || arg.length !== 2) return (this.fail(path, "Fn::Equals", "two values", "두 값"), "unknown");
        const [a, b] = arg.map((x, i) => this.value(x, `${path}[${i}]`));
        if (unknownReason(a) !== undefined || unknownReason(b) !== undefined) return "unknown";
        return JSON.stringify(comparable(a)) === JSON.stringify(comparable(b));
      }
      case "Fn::Not": {
        if (!Array.isArray(arg) || arg.length !== 1) return (this.fail(path, "Fn::Not", "a list of one condition", "조건 하나의 목록"), "unknown");
        const v = this.truth(arg[0], `${path}[0]`);
        return v === "unknown" ? v : !v;
      }
      case "Fn::And":
      case "Fn::Or": {
        if (!Array.isArray(arg) || arg.length < 2 || arg.length > 10) return (this.fail(path, fn, "a list of 2 to 10 conditions", "조건 2~10개의 목록"), "unknown");
        const values = arg.map((c, i) => this.truth(c, `${path}[${i}]`));
        const decisive = fn === "Fn::And" ? false : true;
        if (values.includes(decisive)) return decisive;
        return values.includes("unknown") ? "unknown" : !decisive;
      }
    }
    return "unknown";
  }
}

/** Strings and numbers compare as CloudFormation's strings do: `!Equals [!Ref Count, 0]` with Count "0" is true. */
function comparable(v: Value | undefined): unknown {
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return v.map(comparable);
  return v;
}

/** Pieces joined into one string, or an unknown naming the first piece that is not decided. */
function concat(pieces: readonly Value[], delimiter: string): Value {
  const strings: string[] = [];
  for (const piece of pieces) {
    const s = literalString(piece);
    if (s === undefined) {
      const reason = unknownReason(piece) ?? "a value that is not a string";
      return new Unknown(reason, refsIn(pieces as Value[]));
    }
    strings.push(s);
  }
  return strings.join(delimiter);
}

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** Fn::Cidr: `count` consecutive blocks of `bits` host bits each, from the start of `block`. A string says why not. */
export function cidrSubnets(block: string, count: number, bits: number): string[] | string {
  const parsed = parseIpBlock(block.trim());
  if (!parsed) return "it is not a CIDR block";
  const width = parsed.family === 6 ? 128 : 32;
  const prefix = parsed.prefix;
  if (!Number.isInteger(count) || count < 1 || count > 256) return "the count must be between 1 and 256";
  if (!Number.isInteger(bits) || bits < 1 || width - bits < prefix) return `the size must leave the blocks inside the /${prefix}`;
  const size = 1n << BigInt(bits);
  if (BigInt(count) > 1n << BigInt(width - bits - prefix)) return `a /${prefix} holds fewer than ${count} blocks of /${width - bits}`;
  const out: string[] = [];
  for (let i = 0n; i < BigInt(count); i++) {
    const start = parsed.start + i * size;
    out.push(blockText({ family: parsed.family, start, end: start + size - 1n, prefix: width - bits }));
  }
  return out;
}
