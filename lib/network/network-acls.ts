import type { DiagramIndex } from "../diagram/graph";
import type { DiagramNode } from "../diagram/types";
import { blockContains, parseIpBlock, type IpBlock } from "./cidr";
import { blocked, PASS, portText, portTextKo, type Check } from "./checks";
import { ALL_PORTS, covers, intersect, normalize, subtract, type Interval } from "./intervals";
import { EPHEMERAL } from "./ports";
import type { Protocol } from "./types";

interface Entry {
  ruleNumber: number;
  protocol: string;
  fromPort: number;
  toPort: number;
  block: IpBlock | null;
  allow: boolean;
}

/**
 * The ACL a subnet's traffic crosses (facts: nacl_association, nacl_rules): the associated one, else
 * the VPC's default ACL, which allows everything unless a drawn default ACL says otherwise.
 * `entries` null means allow all.
 */
export interface AclView {
  acl?: DiagramNode;
  inbound: Entry[] | null;
  outbound: Entry[] | null;
}

export function aclOf(index: DiagramIndex, subnet: DiagramNode, drawnDefault: DiagramNode | undefined): AclView {
  let acl: DiagramNode | undefined;
  for (const edge of index.edgesTo(subnet.id, "association")) {
    const source = index.node(edge.source);
    if (source?.kind === "aws.network-acl") acl = source;
  }
  acl ??= drawnDefault;
  if (!acl) return { inbound: null, outbound: null };
  return { acl, inbound: entriesOf(acl.props.inbound), outbound: entriesOf(acl.props.outbound) };
}

function entriesOf(raw: unknown): Entry[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .map((e: Record<string, unknown>) => ({
      ruleNumber: typeof e.ruleNumber === "number" ? e.ruleNumber : Number.MAX_SAFE_INTEGER,
      protocol: typeof e.protocol === "string" ? e.protocol : "-1",
      fromPort: typeof e.fromPort === "number" ? e.fromPort : -1,
      toPort: typeof e.toPort === "number" ? e.toPort : -1,
      block: parseIpBlock(e.cidrBlock),
      allow: e.action === "allow",
    }))
    .sort((a, b) => a.ruleNumber - b.ruleNumber);
}

/**
 * The ports of `range` that the entries allow for traffic with `peer`, evaluated as AWS does: lowest
 * rule number first, the first matching rule decides each port, and the final `*` rule denies the rest.
 * `denyRule` is the rule that denied the first denied port (undefined: the final `*`).
 */
export function aclAllowed(entries: readonly Entry[] | null, protocol: Protocol, peer: IpBlock, range: Interval): { allowed: Interval[]; denyRule?: number } {
  if (entries === null) return { allowed: [range] };
  let undecided: Interval[] = [range];
  const allowed: Interval[] = [];
  let denyRule: number | undefined;
  for (const entry of entries) {
    if (undecided.length === 0) break;
    if (entry.protocol !== "-1" && entry.protocol !== protocol) continue;
    // The diagram has no ENI addresses: an entry decides only when it covers the peer's whole block.
    if (!entry.block || !blockContains(entry.block, peer)) continue;
    const ports: Interval = entry.protocol === "-1" || entry.fromPort === -1 || entry.toPort === -1 ? ALL_PORTS : [entry.fromPort, entry.toPort];
    const decided = intersect(undecided, [ports]);
    if (decided.length === 0) continue;
    if (entry.allow) allowed.push(...decided);
    else denyRule ??= entry.ruleNumber;
    undecided = subtract(undecided, [ports]);
  }
  return { allowed: normalize(allowed), ...(denyRule !== undefined ? { denyRule } : {}) };
}

export interface AclLeg {
  direction: "inbound" | "outbound";
  protocol: Protocol;
  ports: Interval;
  peer: IpBlock;
  peerLabel: string;
  /** Return traffic of a connection (ephemeral ports), as opposed to the request. */
  reply: boolean;
}

/** One crossing of a subnet's ACL. Every port of `ports` must pass; for replies a part passing is `unknown`. */
export function aclCheck(index: DiagramIndex, subnet: DiagramNode, view: AclView, leg: AclLeg): Check {
  const entries = leg.direction === "inbound" ? view.inbound : view.outbound;
  const { allowed, denyRule } = aclAllowed(entries, leg.protocol, leg.peer, leg.ports);
  if (covers(allowed, leg.ports)) return PASS;
  const acl = view.acl!;
  const aclName = index.label(acl.id);
  const subnetName = index.label(subnet.id);
  const what = portText(leg.protocol, leg.ports);
  const whatKo = portTextKo(leg.protocol, leg.ports);
  const dirEn = leg.direction;
  const dirKo = leg.direction === "inbound" ? "인바운드" : "아웃바운드";
  const toFrom = leg.direction === "inbound" ? { en: "from", ko: "에서 오는" } : { en: "to", ko: "(으)로 가는" };
  const by =
    entries !== null && entries.length === 0
      ? { en: "it has no rules, so its final * rule denies everything", ko: "규칙이 하나도 없어 마지막 * 규칙이 모두 거부합니다" }
      : denyRule !== undefined
        ? { en: `rule ${denyRule} denies it`, ko: `규칙 ${denyRule}이(가) 거부합니다` }
        : { en: "no rule allows it, so the final * rule denies it", ko: "허용하는 규칙이 없어 마지막 * 규칙이 거부합니다" };
  const partial = allowed.length > 0;
  const fix = {
    en: `Allow ${dirEn} ${what} ${toFrom.en} ${leg.peerLabel} in ${aclName}, numbered below any deny rule that matches.`,
    ko: `${aclName}에서 ${leg.peerLabel}${toFrom.ko} ${whatKo} ${dirKo}을(를) 허용하고, 일치하는 거부 규칙보다 낮은 번호를 주세요.`,
  };
  if (leg.reply) {
    return blocked(partial ? "unknown" : "no", {
      nodeId: acl.id,
      code: "nacl-return",
      reason: partial
        ? {
            en: `Network ACL ${aclName} of subnet ${subnetName} allows only part of the return traffic, ${dirEn} ${what} ${toFrom.en} ${leg.peerLabel}: ACLs are stateless, and a connection whose client picks another ephemeral port fails.`,
            ko: `서브넷 ${subnetName}의 네트워크 ACL ${aclName}은(는) 응답 트래픽(${leg.peerLabel}${toFrom.ko} ${whatKo} ${dirKo})의 일부만 허용합니다. ACL은 상태 비저장이라, 클라이언트가 다른 임시 포트를 고르면 연결이 실패합니다.`,
          }
        : {
            en: `Network ACL ${aclName} of subnet ${subnetName} blocks the return traffic, ${dirEn} ${what} ${toFrom.en} ${leg.peerLabel}: ${by.en}. ACLs are stateless, so replies need their own rule.`,
            ko: `서브넷 ${subnetName}의 네트워크 ACL ${aclName}이(가) 응답 트래픽(${leg.peerLabel}${toFrom.ko} ${whatKo} ${dirKo})을 막습니다: ${by.ko}. ACL은 상태 비저장이라 응답에도 규칙이 필요합니다.`,
          },
      fix,
    });
  }
  return blocked(partial ? "unknown" : "no", {
    nodeId: acl.id,
    code: leg.direction === "inbound" ? "nacl-inbound" : "nacl-outbound",
    reason: {
      en: `Network ACL ${aclName} of subnet ${subnetName} blocks ${dirEn} ${what} ${toFrom.en} ${leg.peerLabel}: ${partial ? "only part of the ports pass" : by.en}.`,
      ko: `서브넷 ${subnetName}의 네트워크 ACL ${aclName}이(가) ${leg.peerLabel}${toFrom.ko} ${whatKo} ${dirKo}을(를) 막습니다: ${partial ? "포트의 일부만 통과합니다" : by.ko}.`,
    },
    fix,
  });
}

/** A TCP/UDP connection through a subnet's ACL: the request one way and the reply on ephemeral ports the other. */
export function aclConnection(
  index: DiagramIndex,
  subnet: DiagramNode,
  view: AclView,
  side: "client" | "server",
  protocol: Protocol,
  port: number,
  peer: IpBlock,
  peerLabel: string,
): Check[] {
  if (view.inbound === null && view.outbound === null) return [];
  const request: AclLeg = { direction: side === "client" ? "outbound" : "inbound", protocol, ports: [port, port], peer, peerLabel, reply: false };
  const reply: AclLeg = {
    direction: side === "client" ? "inbound" : "outbound",
    protocol,
    ports: [EPHEMERAL.from, EPHEMERAL.to],
    peer,
    peerLabel,
    reply: true,
  };
  return [aclCheck(index, subnet, view, request), aclCheck(index, subnet, view, reply)];
}
