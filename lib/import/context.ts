import { STAND_IN_PREFIX } from "../diagram/stand-in";
import { getKind } from "../kinds";
import type { Text } from "../i18n/text";
import { cidrAt, firstFreeBlock, overlaps, parseCidr4, type Cidr4 } from "../network/cidr";
import type { Evaluator } from "./intrinsics";
import type { ImportNote, ResourceOutcome, UnknownValue } from "./report";
import { isRecord, literalString, ResourceRef, Unknown, unknownReason, type Value, type ValueObject } from "./values";

const VPC_TYPE = "AWS::EC2::VPC";
const SUBNET_TYPE = "AWS::EC2::Subnet";
const STACK_TYPE = "AWS::CloudFormation::Stack";

/** A VPC or subnet that lives outside the template: an `Fn::ImportValue`, or an output of a nested stack. */
interface Outside {
  /** `SharedVpcId`, `NetworkStack.Outputs.PrivateSubnetA`. */
  name: string;
  reason: string;
}

/** One resource of the template that is created (its Condition is not false), properties evaluated. */
export interface Resource {
  id: string;
  type: string;
  props: ValueObject;
}

export interface DraftNode {
  id: string;
  kind: string;
  label: string;
  parent: string | null;
  props: Record<string, unknown>;
  /** The logical ID it comes from; undefined for containers the import adds (the Region, the zones). */
  origin?: string;
}

export interface DraftEdge {
  id: string;
  kind: string;
  source: string;
  target: string;
  props: Record<string, unknown>;
  origin: string;
}

type Outcome = ResourceOutcome extends infer O ? (O extends ResourceOutcome ? Omit<O, "logicalId" | "type"> : never) : never;

/**
 * The import's working state: nodes and edges as they are found, what became of each logical ID,
 * and readers that turn evaluated values into props, recording every value the template leaves open.
 */
export class ImportContext {
  readonly nodes = new Map<string, DraftNode>();
  readonly edges = new Map<string, DraftEdge>();
  readonly outcomes = new Map<string, ResourceOutcome>();
  readonly unknowns: UnknownValue[] = [];
  readonly notes: ImportNote[] = [];
  readonly resources = new Map<string, Resource>();
  private readonly byType = new Map<string, Resource[]>();
  /** Security groups whose allow-all egress rule a separate SecurityGroupEgress resource has removed. */
  readonly egressReplaced = new Set<string>();
  /** Placeholder VPCs and subnets for ids from outside the template, by node id. */
  readonly placeholders = new Map<string, "vpc" | "subnet">();

  constructor(
    readonly ev: Evaluator,
    /** Every logical ID with its type, created or not, so references to skipped ones can be explained. */
    readonly declaredTypes: ReadonlyMap<string, string>,
  ) {}

  get region(): string {
    return this.ev.region;
  }

  add(resource: Resource): void {
    this.resources.set(resource.id, resource);
    const list = this.byType.get(resource.type);
    if (list) list.push(resource);
    else this.byType.set(resource.type, [resource]);
  }

  ofType(...types: string[]): Resource[] {
    return types.flatMap((t) => this.byType.get(t) ?? []);
  }

  // ---- outcomes ----

  setOutcome(r: { id: string; type: string }, outcome: Outcome): void {
    this.outcomes.set(r.id, { logicalId: r.id, type: r.type, ...outcome } as ResourceOutcome);
  }

  folded(r: Resource, into: string | string[], detail: Text): void {
    this.setOutcome(r, { outcome: "folded", into: Array.isArray(into) ? into : [into], detail });
  }

  omitted(r: Resource, reason: Text): void {
    this.setOutcome(r, { outcome: "omitted", reason });
  }

  note(logicalId: string | undefined, message: Text): void {
    this.notes.push(logicalId === undefined ? { message } : { logicalId, message });
  }

  unknown(logicalId: string, property: string, reason: string, affects: Text): void {
    this.unknowns.push({ logicalId, property, reason, affects });
  }

  // ---- nodes and edges ----

  /**
   * A node of `kind`, its props checked one by one against the kind's schema: a value Archlint does
   * not accept (an engine it does not know) is left at its default and noted, not a failed import.
   */
  addNode(id: string, kind: string, parent: string | null, props: Record<string, unknown>, origin?: string, label = id): DraftNode {
    const def = getKind(kind);
    if (!def) throw new Error(`import: no kind ${kind}`);
    const checked: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(props)) {
      if (value === undefined) continue;
      const schema = def.props.shape[key] as { safeParse(v: unknown): { success: boolean } } | undefined;
      if (!schema) throw new Error(`import: ${kind} has no prop ${key}`);
      if (schema.safeParse(value).success) checked[key] = value;
      else {
        this.note(origin ?? id, {
          en: `${key} ${JSON.stringify(value)} is not a value Archlint knows for a ${def.name.en}; its default is used.`,
          ko: `${key} ${JSON.stringify(value)}은(는) Archlint가 ${def.name.ko}에 대해 아는 값이 아니어서 기본값을 씁니다.`,
        });
      }
    }
    const node: DraftNode = { id, kind, label, parent, props: checked, ...(origin !== undefined ? { origin } : {}) };
    this.nodes.set(id, node);
    return node;
  }

  /** A node for resource `r` with its logical ID, recorded as its outcome. */
  mapNode(r: Resource, kind: string, parent: string | null, props: Record<string, unknown>): DraftNode {
    const node = this.addNode(r.id, kind, parent, props, r.id);
    this.setOutcome(r, { outcome: "node", nodeIds: [r.id], kind });
    return node;
  }

  /** An edge; its id is `id` (a logical ID for a resource that is a relation) or derived from the ends. */
  addEdge(kind: string, source: string, target: string, origin: string, props: Record<string, unknown> = {}, id?: string): string {
    const edgeId = id ?? `${source}-${kind}-${target}`;
    if (!this.edges.has(edgeId)) this.edges.set(edgeId, { id: edgeId, kind, source, target, props, origin });
    return edgeId;
  }

  /** The Region container, added on first use. */
  regionId(): string {
    const id = `region-${this.region}`;
    if (!this.nodes.has(id)) this.addNode(id, "aws.region", null, { regionCode: this.region }, undefined, this.region);
    return id;
  }

  /** The container of zone `zone` inside VPC `vpcId`, added on first use. */
  zoneId(vpcId: string, zone: string): string {
    const id = `${vpcId}-${zone}`;
    if (!this.nodes.has(id)) this.addNode(id, "aws.availability-zone", vpcId, { zoneName: zone }, undefined, zone);
    return id;
  }

  // ---- reading values ----

  /** The logical ID a value refers to (`!Ref X`, `!GetAtt X.Arn`), when it is one of the stack's resources. */
  refId(value: Value | undefined): string | undefined {
    return value instanceof ResourceRef ? value.logicalId : undefined;
  }

  /** The logical IDs a list of references names; items that are not references are left out. */
  refIds(value: Value | undefined): string[] {
    if (value instanceof ResourceRef) return [value.logicalId];
    if (!Array.isArray(value)) return [];
    return value.flatMap((v) => (v instanceof ResourceRef ? [v.logicalId] : []));
  }

  /** The value at a dotted path in the resource's properties. */
  at(r: Resource, path: string): Value | undefined {
    return valueAt(r.props, path);
  }

  /** A string the template decides; an unknown is recorded with what it affects. */
  text(r: Resource, path: string, affects: Text, from: Value | undefined = this.at(r, path)): string | undefined {
    if (from === undefined || from === null) return undefined;
    const s = literalString(from);
    if (s !== undefined) return s;
    this.unknown(r.id, path, unknownReason(from) ?? "not a single value", affects);
    return undefined;
  }

  number(r: Resource, path: string, affects: Text, from: Value | undefined = this.at(r, path)): number | undefined {
    const s = this.text(r, path, affects, from);
    if (s === undefined || s.trim() === "") return undefined;
    const n = Number(s);
    if (Number.isFinite(n)) return n;
    this.unknown(r.id, path, `"${s}" is not a number`, affects);
    return undefined;
  }

  flag(r: Resource, path: string, affects: Text, from: Value | undefined = this.at(r, path)): boolean | undefined {
    const s = this.text(r, path, affects, from);
    if (s === undefined) return undefined;
    if (s.toLowerCase() === "true") return true;
    if (s.toLowerCase() === "false") return false;
    this.unknown(r.id, path, `"${s}" is not true or false`, affects);
    return undefined;
  }

  /**
   * The resource a property names, which must be of one of `types`. Records why not otherwise:
   * an unknown value, or a resource outside the template's known types.
   */
  target(r: Resource, path: string, types: readonly string[], affects: Text, from: Value | undefined = this.at(r, path)): string | undefined {
    if (from === undefined || from === null) return undefined;
    const outside = types.includes(SUBNET_TYPE) || types.includes(VPC_TYPE) ? this.outside(from) : undefined;
    if (outside) {
      this.unknown(r.id, path, outside.reason, affects);
      return this.placeholder(types.includes(SUBNET_TYPE) ? "subnet" : "vpc", outside);
    }
    const id = this.refId(from);
    if (id !== undefined && types.includes(this.declaredTypes.get(id) ?? "")) return id;
    if (id !== undefined) {
      this.note(r.id, {
        en: `${path} names ${id} (${this.declaredTypes.get(id)}), which is not drawn as what ${path} expects.`,
        ko: `${path}이(가) 가리키는 ${id}(${this.declaredTypes.get(id)})은(는) ${path}이(가) 기대하는 것으로 그려지지 않습니다.`,
      });
      return undefined;
    }
    this.unknown(r.id, path, unknownReason(from) ?? `${JSON.stringify(from)} is not a resource of this template`, affects);
    return undefined;
  }

  /** Whether a value names a VPC or subnet from outside the template, and which. */
  private outside(value: Value): Outside | undefined {
    if (value instanceof Unknown && value.importName !== undefined) return { name: value.importName, reason: value.reason };
    if (value instanceof ResourceRef && value.attribute?.startsWith("Outputs.") && this.declaredTypes.get(value.logicalId) === STACK_TYPE) {
      return { name: `${value.logicalId}.${value.attribute}`, reason: `output ${value.attribute.slice("Outputs.".length)} of nested stack ${value.logicalId}` };
    }
    return undefined;
  }

  /**
   * A stand-in for a VPC or subnet the template names but does not create, so what sits in it is still
   * drawn nested. It has no route tables or gateways of its own, so the verdicts that depend on them say
   * unknown; its addresses are settled by `settlePlaceholders` once everything is mapped.
   */
  private placeholder(kind: "vpc" | "subnet", outside: Outside): string {
    const id = `${STAND_IN_PREFIX}${kind}-${outside.name.replace(/[^A-Za-z0-9]+/g, "-")}`.slice(0, 120);
    if (this.nodes.has(id)) return id;
    const what = kind === "vpc" ? { en: "VPC", ko: "VPC" } : { en: "subnet", ko: "서브넷" };
    this.addNode(id, kind === "vpc" ? "aws.vpc" : "aws.subnet", kind === "vpc" ? this.regionId() : null, {}, undefined, `${outside.name} (imported)`.slice(0, 200));
    this.placeholders.set(id, kind);
    this.note(undefined, {
      en: `${id} stands for the ${what.en} ${outside.name} (${outside.reason}), which the template uses but does not create: drawn without its route tables, gateways or real addresses, so verdicts that depend on them are unknown.`,
      ko: `${id}은(는) 템플릿이 사용하지만 만들지 않는 ${what.ko} ${outside.name}(${outside.reason})을(를) 대신합니다. 라우팅 테이블, 게이트웨이, 실제 주소 없이 그렸으므로 이에 따른 판정은 알 수 없음입니다.`,
    });
    return id;
  }

  /** The VPC a drafted node sits in, following parents. */
  private vpcOfDraft(id: string | null): string | undefined {
    for (let node = id === null ? undefined : this.nodes.get(id), hops = 0; node && hops < 10; node = node.parent === null ? undefined : this.nodes.get(node.parent), hops++) {
      if (node.kind === "aws.vpc") return node.id;
    }
    return undefined;
  }

  /**
   * Places each imported subnet in the one VPC the template imports, or else in a shared stand-in VPC,
   * and gives stand-in VPCs and subnets addresses that keep the address rules quiet about them: the /16
   * blocks around the template's own subnets in the VPC, and free /24 blocks for the imported subnets.
   * The report says the real addresses are unknown.
   */
  settlePlaceholders(): void {
    if (this.placeholders.size === 0) return;
    const vpcs = [...this.placeholders].filter(([, kind]) => kind === "vpc").map(([id]) => id);
    const subnets = [...this.placeholders].filter(([, kind]) => kind === "subnet").map(([id]) => id);
    let home = vpcs.length === 1 ? vpcs[0] : undefined;
    if (subnets.length > 0 && home === undefined) {
      home = this.placeholder("vpc", { name: "VPC of imported subnets", reason: "the VPC of the subnets the template imports" });
      vpcs.push(home);
    }
    for (const id of subnets) {
      this.nodes.get(id)!.parent = home!;
      this.unknown(id, "VpcId", `the VPC of imported subnet ${id} is not known; drawn in ${home}`, { en: "which VPC the subnet is in, and every verdict across VPCs", ko: "서브넷이 속한 VPC와 VPC 사이의 모든 판정" });
    }
    for (const vpcId of vpcs) {
      const own: Cidr4[] = [];
      const stand: string[] = [];
      for (const node of this.nodes.values()) {
        if (node.kind !== "aws.subnet" || this.vpcOfDraft(node.id) !== vpcId) continue;
        if (this.placeholders.has(node.id)) stand.push(node.id);
        else {
          const block = typeof node.props.cidrBlock === "string" ? parseCidr4(node.props.cidrBlock) : null;
          if (block) own.push(block);
        }
      }
      const vpc = this.nodes.get(vpcId)!;
      // Secondary blocks the template adds (AWS::EC2::VPCCidrBlock) are real; the /16s drawn around the subnets are not.
      const written = ((vpc.props.secondaryCidrBlocks as string[] | undefined) ?? []).flatMap((t) => parseCidr4(t) ?? []);
      const blocks: Cidr4[] = [];
      for (const b of own) {
        if (written.some((w) => overlaps(w, b))) continue;
        const wide = cidrAt((b.start >> 16n) << 16n, 16);
        if (wide && !blocks.some((x) => x.network === wide.network) && !written.some((w) => overlaps(w, wide))) blocks.push(wide);
      }
      if (blocks.length === 0) blocks.push(parseCidr4("10.0.0.0/16")!);
      vpc.props.cidrBlock = blocks[0]!.network;
      if (blocks.length > 1 || written.length > 0) vpc.props.secondaryCidrBlocks = [...written, ...blocks.slice(1)].map((b) => b.network);
      this.unknown(vpcId, "CidrBlock", `the CIDR of a VPC from outside the template; ${blocks.map((b) => b.network).join(", ")} drawn`, { en: "address checks and routing by destination", ko: "주소 검사와 대상 주소별 라우팅" });
      const taken = [...own];
      for (const id of stand) {
        const free = firstFreeBlock([...blocks, ...written], taken, 24);
        if (!free) continue;
        taken.push(free);
        this.nodes.get(id)!.props.cidrBlock = free.network;
        this.unknown(id, "CidrBlock", `the CIDR of a subnet from outside the template; ${free.network} drawn`, { en: "address checks and routing by destination", ko: "주소 검사와 대상 주소별 라우팅" });
      }
    }
  }

  /** `target` over a list. */
  targets(r: Resource, path: string, types: readonly string[], affects: Text, from: Value | undefined = this.at(r, path)): string[] {
    if (from === undefined || from === null) return [];
    if (!Array.isArray(from)) {
      const one = this.target(r, path, types, affects, from);
      return one === undefined ? [] : [one];
    }
    return from.flatMap((item, i) => {
      const one = this.target(r, `${path}[${i}]`, types, affects, item);
      return one === undefined ? [] : [one];
    });
  }
}

export function valueAt(root: Value | undefined, path: string): Value | undefined {
  let current: Value | undefined = root;
  for (const key of path.split(".")) {
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return current;
}
