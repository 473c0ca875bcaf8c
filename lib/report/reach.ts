import type { Diagram } from "../diagram/types";
import type { Lang, Text } from "../i18n/text";
import { getKind } from "../kinds";
import type {
  Blocker,
  ConnectionVerdict,
  Hop,
  NetworkProfile,
  PerSubnet,
  PortRange,
  ReachabilityReport,
  ServiceAccess,
  Status,
  Verdict,
  Via,
} from "../network/types";
import { describeNode, nodeLabel, nodeLookup, type NodeLookup } from "./labels";
import { SERVICE_NAMES, STATUS_WORDS, VIA_NAMES } from "../network/words";

/**
 * `archlint reach`: what each resource with a network presence can reach, as JSON for machines and
 * as text for people. Pure builders over a ReachabilityReport (analyzeReachability), shared by the
 * CLI and the app; every sentence in the chosen language, every node named by its label.
 */

/** One step of a path. Nodes carry their diagram kind; the internet is `{id: "internet", kind: "internet"}`, a service endpoint `{id: "s3", kind: "aws-service"}`. */
export interface JsonHop {
  id: string;
  kind: string;
  label: string;
  /** The route that matched, for a route table: a CIDR, a `pl-…` prefix list, or `local`. */
  detail?: string;
}

export interface JsonBlocker {
  /** The node that stops the traffic, or (for an unknown verdict) the one the diagram says too little about. */
  id: string;
  label: string;
  code: string;
  reason: string;
  fix: string | null;
}

/** `true`/`false` for yes/no; `null` when the diagram leaves it unknown. */
export type Reachable = boolean | null;

export interface JsonVerdict {
  reachable: Reachable;
  status: Status;
  via: Via | null;
  path: JsonHop[];
  blockedBy: JsonBlocker | null;
}

export interface JsonServiceAccess extends JsonVerdict {
  /** Some of the resource's subnets reach the service and others do not. */
  mixed: boolean;
}

export interface JsonSubnetVerdict extends JsonVerdict {
  id: string;
  label: string;
  internetEgress: Reachable;
}

export interface JsonConnection extends JsonVerdict {
  edgeId: string;
  from: string;
  to: string;
  protocol: "tcp" | "udp";
  /** null when neither the connection nor its target names one (the verdict is then unknown). */
  port: number | null;
  mixed: boolean;
}

export interface JsonReachResource {
  id: string;
  kind: string;
  label: string;
  subnetIds: string[];
  /** IPv4 connections out to the internet: null when unknown, and when the resource opens none (see internetEgressStatus). */
  internetEgress: Reachable;
  internetEgressStatus: Status | "not-applicable";
  /** How the internet egress goes: NAT gateway, internet gateway, AWS-managed…; null when it does not. */
  via: Via | null;
  /** Some subnets reach the internet and others do not. */
  mixed: boolean;
  /** The hops of the internet egress verdict (of the subnet that decides it). */
  path: JsonHop[];
  /** Why the internet egress is no (or unknown); null when it is yes or not a question. */
  blockedBy: JsonBlocker | null;
  /** One egress verdict per subnet when the resource is in more than one; empty otherwise. */
  subnets: JsonSubnetVerdict[];
  /** IPv6 egress, for resources in subnets with IPv6 blocks; null otherwise. */
  internetEgressIpv6: JsonVerdict | null;
  internetIngress: {
    exposed: Reachable;
    status: Status;
    /** Open to 0.0.0.0/0 after security groups, ACLs and listeners. */
    ports: PortRange[];
    blockedBy: JsonBlocker | null;
  };
  /** By short service name (`s3`, `dynamodb`, `sqs`…). */
  awsServices: Record<string, JsonServiceAccess>;
  /** The drawn connections the resource is the source or the target of. */
  privateConnections: JsonConnection[];
  securityGroupIds: string[];
  /** No security group is drawn, so the VPC's default group is assumed. */
  defaultSecurityGroup: boolean;
  /** Caveats that do not change any answer, each once. */
  notes: string[];
}

export interface JsonReachReport {
  resources: JsonReachResource[];
}

const REACHABLE: Record<Status, Reachable> = { yes: true, no: false, unknown: null };

/** `archlint reach --format json`: every profiled resource, in diagram order. */
export function reachToJson(diagram: Diagram, report: ReachabilityReport, lang: Lang): JsonReachReport {
  const nodes = nodeLookup(diagram);
  return { resources: profilesInOrder(diagram, report).map((profile) => resourceToJson(nodes, profile, lang)) };
}

/** One resource's profile as JSON (the app renders one at a time). */
export function resourceToJson(nodes: NodeLookup, profile: NetworkProfile, lang: Lang): JsonReachResource {
  const node = nodes.get(profile.nodeId);
  const egress = profile.internetEgress;
  const overall = egress?.overall;
  const ingress = profile.internetIngress;
  return {
    id: profile.nodeId,
    kind: node?.kind ?? "unknown",
    label: nodeLabel(nodes, profile.nodeId),
    subnetIds: [...profile.subnetIds],
    internetEgress: overall ? REACHABLE[overall.status] : null,
    internetEgressStatus: overall ? overall.status : "not-applicable",
    via: overall ? viaOf(overall) : null,
    mixed: egress?.mixed ?? false,
    path: hopsToJson(nodes, overall?.path, lang),
    blockedBy: overall ? blockerOf(nodes, overall, lang) : null,
    subnets:
      egress && egress.bySubnet.length > 1
        ? egress.bySubnet.map(({ subnetId, verdict }) => ({
            id: subnetId,
            label: nodeLabel(nodes, subnetId),
            internetEgress: REACHABLE[verdict.status],
            ...verdictToJson(nodes, verdict, lang),
          }))
        : [],
    internetEgressIpv6: profile.internetEgressIpv6 ? verdictToJson(nodes, profile.internetEgressIpv6.overall, lang) : null,
    internetIngress: {
      exposed: REACHABLE[ingress.verdict.status],
      status: ingress.verdict.status,
      ports: ingress.ports.map((p) => ({ ...p })),
      blockedBy: blockerOf(nodes, ingress.verdict, lang),
    },
    awsServices: Object.fromEntries(
      mergeServices(profile.awsServices).map(({ service, access }) => [
        service,
        { ...verdictToJson(nodes, access.overall, lang), mixed: access.mixed },
      ]),
    ),
    privateConnections: profile.connections.map((c) => ({
      edgeId: c.edgeId,
      from: c.sourceId,
      to: c.targetId,
      protocol: c.protocol,
      port: c.port ?? null,
      ...verdictToJson(nodes, c.verdict.overall, lang),
      mixed: c.verdict.mixed,
    })),
    securityGroupIds: [...profile.securityGroups.ids],
    defaultSecurityGroup: profile.securityGroups.defaultGroup,
    notes: notesOf(profile).map((n) => n[lang]),
  };
}

export function verdictToJson(nodes: NodeLookup, verdict: Verdict, lang: Lang): JsonVerdict {
  return {
    reachable: REACHABLE[verdict.status],
    status: verdict.status,
    via: viaOf(verdict),
    path: hopsToJson(nodes, verdict.path, lang),
    blockedBy: blockerOf(nodes, verdict, lang),
  };
}

export function hopsToJson(nodes: NodeLookup, path: readonly Hop[] | undefined, lang: Lang): JsonHop[] {
  return (path ?? []).map((hop): JsonHop => {
    switch (hop.kind) {
      case "node":
        return { id: hop.nodeId, kind: nodes.get(hop.nodeId)?.kind ?? "unknown", label: nodeLabel(nodes, hop.nodeId) };
      case "route":
        return {
          id: hop.nodeId,
          kind: nodes.get(hop.nodeId)?.kind ?? "aws.route-table",
          label: nodeLabel(nodes, hop.nodeId),
          detail: hop.destination,
        };
      case "internet":
        return { id: "internet", kind: "internet", label: INTERNET[lang] };
      case "service":
        return { id: hop.service, kind: "aws-service", label: serviceName(hop.service) };
    }
  });
}

function blockerToJson(nodes: NodeLookup, blocker: Blocker, lang: Lang): JsonBlocker {
  return {
    id: blocker.nodeId,
    label: nodeLabel(nodes, blocker.nodeId),
    code: blocker.code,
    reason: blocker.reason[lang],
    fix: blocker.fix ? blocker.fix[lang] : null,
  };
}

/** The blocker of a verdict that is not yes; a yes never has one. */
function blockerOf(nodes: NodeLookup, verdict: Verdict, lang: Lang): JsonBlocker | null {
  return verdict.status !== "yes" && verdict.blocker ? blockerToJson(nodes, verdict.blocker, lang) : null;
}

function viaOf(verdict: Verdict): Via | null {
  return verdict.status === "yes" && verdict.via && verdict.via !== "none" ? verdict.via : null;
}

function profilesInOrder(diagram: Diagram, report: ReachabilityReport): NetworkProfile[] {
  const out: NetworkProfile[] = [];
  const seen = new Set<string>();
  for (const node of diagram.nodes) {
    if (!Object.hasOwn(report.profiles, node.id)) continue;
    out.push(report.profiles[node.id]!);
    seen.add(node.id);
  }
  for (const [id, profile] of Object.entries(report.profiles)) if (!seen.has(id)) out.push(profile);
  return out;
}

const STATUS_RANK: Record<Status, number> = { no: 0, unknown: 1, yes: 2 };

/**
 * One entry per service name. The analysis asks separately about, say, a DynamoDB table in a named
 * Region or a private API; for a per-service answer the worst of them stands (no, then unknown, then
 * yes), and the answer is mixed when they disagree.
 */
export function mergeServices(services: readonly ServiceAccess[]): ServiceAccess[] {
  const byName = new Map<string, ServiceAccess>();
  for (const entry of services) {
    const seen = byName.get(entry.service);
    if (!seen) {
      byName.set(entry.service, entry);
      continue;
    }
    const a = seen.access;
    const b = entry.access;
    const worse = STATUS_RANK[b.overall.status] < STATUS_RANK[a.overall.status] ? b : a;
    const mixed = a.mixed || b.mixed || a.overall.status !== b.overall.status;
    byName.set(entry.service, { service: entry.service, access: { ...worse, mixed } });
  }
  return [...byName.values()];
}

/** Every caveat of the resource's verdicts, each once, in the order met. */
function notesOf(profile: NetworkProfile): Text[] {
  const verdicts: Verdict[] = [];
  const perSubnet = (p: PerSubnet | undefined) => {
    if (!p) return;
    verdicts.push(p.overall);
    for (const s of p.bySubnet) verdicts.push(s.verdict);
  };
  perSubnet(profile.internetEgress);
  perSubnet(profile.internetEgressIpv6);
  verdicts.push(profile.internetIngress.verdict);
  for (const s of profile.awsServices) perSubnet(s.access);
  for (const c of profile.connections) perSubnet(c.verdict);
  const seen = new Set<string>();
  const notes: Text[] = [];
  for (const verdict of verdicts) {
    for (const note of verdict.notes ?? []) {
      if (seen.has(note.en)) continue;
      seen.add(note.en);
      notes.push(note);
    }
  }
  return notes;
}

// ---- text ----

const INTERNET: Text = { en: "internet", ko: "인터넷" };



/** `s3` → `S3`, `execute-api` → `API Gateway`; a service without a common name is shown as written. */
export function serviceName(service: string): string {
  return Object.hasOwn(SERVICE_NAMES, service) ? SERVICE_NAMES[service]! : service;
}

/** Generic kinds read better in lower case inside a sentence: "subnet private-a", "route table public-rt". */
const LOWER_IN_PATH = new Set([
  "aws.subnet",
  "aws.route-table",
  "aws.internet-gateway",
  "aws.egress-only-internet-gateway",
  "aws.security-group",
  "aws.target-group",
  "aws.availability-zone",
]);

function kindWord(nodes: NodeLookup, nodeId: string, lang: Lang): string {
  const kind = nodes.get(nodeId)?.kind;
  if (!kind) return "";
  const name = getKind(kind)?.name[lang] ?? kind;
  return lang === "en" && LOWER_IN_PATH.has(kind) ? name[0]!.toLowerCase() + name.slice(1) : name;
}

function named(nodes: NodeLookup, nodeId: string, lang: Lang): string {
  const word = kindWord(nodes, nodeId, lang);
  const label = nodeLabel(nodes, nodeId);
  return word ? `${word} ${label}` : label;
}

/**
 * A path for people, by label: `worker → subnet private-a → route table private-rt 0.0.0.0/0 →
 * NAT gateway nat-a (public-a) → route table public-rt 0.0.0.0/0 → internet gateway igw → internet`.
 * The first hop, when it is `selfId`, is the resource itself and gets only its label; a node followed
 * by the subnet it sits in is written with the subnet in parentheses.
 */
export function formatPathText(nodes: NodeLookup, path: readonly Hop[] | undefined, lang: Lang, selfId?: string): string {
  const hops = path ?? [];
  const parts: string[] = [];
  for (let i = 0; i < hops.length; i++) {
    const hop = hops[i]!;
    switch (hop.kind) {
      case "node": {
        if (i === 0 && hop.nodeId === selfId) {
          parts.push(nodeLabel(nodes, hop.nodeId));
          break;
        }
        const next = hops[i + 1];
        const node = nodes.get(hop.nodeId);
        if (
          next?.kind === "node" &&
          node?.kind !== "aws.subnet" &&
          nodes.get(next.nodeId)?.kind === "aws.subnet" &&
          node?.parent === next.nodeId
        ) {
          parts.push(`${named(nodes, hop.nodeId, lang)} (${nodeLabel(nodes, next.nodeId)})`);
          i++;
          break;
        }
        parts.push(named(nodes, hop.nodeId, lang));
        break;
      }
      case "route":
        parts.push(`${named(nodes, hop.nodeId, lang)} ${hop.destination}`);
        break;
      case "internet":
        parts.push(INTERNET[lang]);
        break;
      case "service":
        parts.push(serviceName(hop.service));
        break;
    }
  }
  return parts.join(" → ");
}

export function formatPorts(ports: readonly PortRange[]): string {
  return ports.map((p) => `${p.protocol}/${p.from === p.to ? p.from : `${p.from}-${p.to}`}`).join(", ");
}

const T = {
  none: { en: "No resource in this diagram has a network presence to analyze.", ko: "이 다이어그램에는 분석할 네트워크상의 리소스가 없습니다." },
  internet: { en: "internet", ko: "인터넷" },
  internetIpv6: { en: "internet (IPv6)", ko: "인터넷(IPv6)" },
  fromInternet: { en: "from the internet", ko: "인터넷에서 접근" },
  services: { en: "AWS services", ko: "AWS 서비스" },
  connection: { en: "connection", ko: "연결" },
  blocked: { en: "blocked", ko: "차단" },
  unknownWhy: { en: "unknown because", ko: "알 수 없는 이유" },
  fix: { en: "Fix", ko: "해결" },
  note: { en: "note", ko: "참고" },
  mixed: { en: "works only from some subnets", ko: "일부 서브넷에서만 가능" },
  subnet: { en: "subnet", ko: "서브넷" },
} satisfies Record<string, Text>;

function statusWord(verdict: Verdict, lang: Lang): string {
  return STATUS_WORDS[verdict.status][lang];
}

/**
 * `blocked: reason Fix: fix` (or `unknown because: …`), or nothing for a yes. A reason already in
 * `said` (one resource's block) is not repeated: only its fix is, when there is one.
 */
function blockerLine(verdict: Verdict, lang: Lang, said: Set<string>, what?: string): string | undefined {
  const blocker = verdict.blocker;
  if (verdict.status === "yes" || !blocker) return undefined;
  const tag = what ? ` (${what})` : "";
  const fix = blocker.fix?.[lang];
  if (said.has(blocker.reason.en)) {
    if (!fix || said.has(`fix:${blocker.fix!.en}`)) return undefined;
    said.add(`fix:${blocker.fix!.en}`);
    return `${T.fix[lang]}${tag}: ${fix}`;
  }
  said.add(blocker.reason.en);
  if (blocker.fix) said.add(`fix:${blocker.fix.en}`);
  const head = verdict.status === "no" ? T.blocked[lang] : T.unknownWhy[lang];
  return `${head}${tag}: ${blocker.reason[lang]}${fix ? ` ${T.fix[lang]}: ${fix}` : ""}`;
}

/** `yes  worker → … → internet`, `yes (AWS-managed network)  fn → internet`, or `no`. */
function verdictSummary(nodes: NodeLookup, verdict: Verdict, lang: Lang, selfId: string): string {
  let text = statusWord(verdict, lang);
  // The path shows NAT and gateways itself; a function outside any VPC has nothing in between to show.
  if (verdict.status === "yes" && verdict.via === "aws-managed") text += ` (${VIA_NAMES["aws-managed"][lang]})`;
  if (verdict.status === "yes" && verdict.path?.length) text += `  ${formatPathText(nodes, verdict.path, lang, selfId)}`;
  return text;
}

function perSubnetLines(nodes: NodeLookup, heading: string, access: PerSubnet, lang: Lang, selfId: string, said: Set<string>): string[] {
  const lines: string[] = [];
  const overall = access.overall;
  if (access.bySubnet.length <= 1) {
    lines.push(`  ${heading}: ${verdictSummary(nodes, overall, lang, selfId)}`);
    const why = blockerLine(overall, lang, said);
    if (why) lines.push(`  ${why}`);
    return lines;
  }
  lines.push(`  ${heading}: ${statusWord(overall, lang)}${access.mixed ? ` (${T.mixed[lang]})` : ""}`);
  for (const { subnetId, verdict } of access.bySubnet) {
    lines.push(`    ${T.subnet[lang]} ${nodeLabel(nodes, subnetId)}: ${verdictSummary(nodes, verdict, lang, selfId)}`);
    const why = blockerLine(verdict, lang, said);
    if (why) lines.push(`      ${why}`);
  }
  return lines;
}

function connectionLine(nodes: NodeLookup, c: ConnectionVerdict, selfId: string, lang: Lang): string {
  const outgoing = c.sourceId === selfId;
  const other = outgoing ? c.targetId : c.sourceId;
  const otherNode = nodes.get(other);
  const otherName = otherNode?.kind === "ext.internet" ? INTERNET[lang] : describeNode(nodes, other, lang);
  const port = c.port === undefined ? c.protocol : `${c.protocol}/${c.port}`;
  const via = c.verdict.overall.status === "yes" && c.verdict.overall.via && c.verdict.overall.via !== "none" ? ` (${VIA_NAMES[c.verdict.overall.via][lang]})` : "";
  const mixed = c.verdict.mixed ? ` (${T.mixed[lang]})` : "";
  const direction = lang === "ko" ? (outgoing ? `${otherName}(으)로` : `${otherName}에서`) : `${outgoing ? "to" : "from"} ${otherName}`;
  return `  ${T.connection[lang]} ${direction} ${port}: ${statusWord(c.verdict.overall, lang)}${via}${mixed}`;
}

/** One resource's block: its name, then internet egress, ingress, AWS services, connections and notes. */
export function formatReachResourceText(nodes: NodeLookup, profile: NetworkProfile, lang: Lang): string[] {
  const id = profile.nodeId;
  const lines = [describeNode(nodes, id, lang)];
  const said = new Set<string>();

  if (profile.internetEgress) lines.push(...perSubnetLines(nodes, T.internet[lang], profile.internetEgress, lang, id, said));
  if (profile.internetEgressIpv6) lines.push(...perSubnetLines(nodes, T.internetIpv6[lang], profile.internetEgressIpv6, lang, id, said));

  const ingress = profile.internetIngress;
  const ports = ingress.verdict.status === "yes" && ingress.ports.length ? ` (${formatPorts(ingress.ports)})` : "";
  lines.push(`  ${T.fromInternet[lang]}: ${statusWord(ingress.verdict, lang)}${ports}`);
  // "X does not accept connections from the internet" only restates the no; other reasons say something.
  if (ingress.verdict.blocker?.code !== "not-public") {
    const why = blockerLine(ingress.verdict, lang, said);
    if (why) lines.push(`    ${why}`);
  }

  const services = mergeServices(profile.awsServices);
  if (services.length) {
    const parts = services.map(({ service, access }) => {
      const v = access.overall;
      const via = v.status === "yes" && v.via && v.via !== "none" ? ` (${VIA_NAMES[v.via][lang]})` : "";
      const mixed = access.mixed ? ` (${T.mixed[lang]})` : "";
      return `${serviceName(service)} ${statusWord(v, lang)}${via}${mixed}`;
    });
    lines.push(`  ${T.services[lang]}: ${parts.join(", ")}`);
    for (const { service, access } of services) {
      const why = blockerLine(access.overall, lang, said, serviceName(service));
      if (why) lines.push(`    ${why}`);
    }
  }

  for (const c of profile.connections) {
    lines.push(connectionLine(nodes, c, id, lang));
    const why = blockerLine(c.verdict.overall, lang, said);
    if (why) lines.push(`    ${why}`);
  }

  for (const note of notesOf(profile)) lines.push(`  ${T.note[lang]}: ${note[lang]}`);
  return lines;
}

/** `archlint reach`: one block per profiled resource, blank lines between; ends with a newline. */
export function formatReachText(diagram: Diagram, report: ReachabilityReport, lang: Lang): string {
  const nodes = nodeLookup(diagram);
  const blocks = profilesInOrder(diagram, report).map((p) => formatReachResourceText(nodes, p, lang).join("\n"));
  if (blocks.length === 0) return `${T.none[lang]}\n`;
  return `${blocks.join("\n\n")}\n`;
}
