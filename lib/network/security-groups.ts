import type { DiagramIndex } from "../diagram/graph";
import type { DiagramNode } from "../diagram/types";
import { blockContains, blocksOverlap, blockText, parseIpBlock, type IpBlock } from "./cidr";
import { blocked, PASS, portText, portTextKo, type Check } from "./checks";
import { ALL_PORTS, normalize, type Interval } from "./intervals";
import type { Protocol } from "./types";

/**
 * The security groups on a resource's network interfaces (facts: sg_rule_semantics, sg_attach_scope).
 * `default`: none drawn, so AWS puts the VPC's default group on it. `none`: the kind takes no group
 * (a NAT gateway, a GWLB, an NLB created without one; facts: nat_gw_constraints, nlb_security_groups).
 */
export type SgPolicy =
  | { kind: "groups"; groups: DiagramNode[] }
  | { kind: "default"; vpcId: string | undefined }
  | { kind: "none" };

const NO_SECURITY_GROUP = new Set(["aws.nat-gateway", "aws.gwlb", "aws.nlb"]);

export function sgPolicyOf(index: DiagramIndex, node: DiagramNode): SgPolicy {
  const groups: DiagramNode[] = [];
  for (const edge of index.edgesFrom(node.id, "membership")) {
    const group = index.node(edge.target);
    if (group?.kind === "aws.security-group") groups.push(group);
  }
  if (groups.length > 0) return { kind: "groups", groups };
  if (NO_SECURITY_GROUP.has(node.kind)) return { kind: "none" };
  return { kind: "default", vpcId: index.vpcOf(node)?.id };
}

/** The other end of the traffic, as a security-group rule sees it. */
export interface SgPeer {
  /** The addresses it may have: its subnet's block, or all of the internet. */
  block: IpBlock;
  /** What messages call it. */
  label: string;
  /** Groups it is a member of, for `sg:<id>` rules. */
  groupIds: ReadonlySet<string>;
  /** It has no group drawn and so uses this VPC's default group. */
  defaultGroupVpcId?: string;
  /** An AWS service's public ranges, which a `pl-…` rule names. */
  awsService?: boolean;
  /** Across an inter-Region peering, where group references do not work (facts: sg_referencing). */
  crossRegion?: boolean;
}

type Match = "all" | "some" | "none";

/** A rule's other end, read once: a group reference, a prefix list, a block, or nothing usable. */
type RulePeer = { kind: "sg"; groupId: string } | { kind: "pl" } | { kind: "block"; block: IpBlock } | { kind: "none" };

/** A security-group rule with its ports per protocol and its peer already read. */
interface ParsedRule {
  tcp: readonly Interval[];
  udp: readonly Interval[];
  peer: RulePeer;
}

function readPeer(text: unknown): RulePeer {
  if (typeof text !== "string") return { kind: "none" };
  if (text.startsWith("sg:")) return { kind: "sg", groupId: text.slice(3) };
  if (text.startsWith("pl-")) return { kind: "pl" };
  const block = parseIpBlock(text);
  return block ? { kind: "block", block } : { kind: "none" };
}

function peerMatch(rulePeer: RulePeer, peer: SgPeer): Match {
  switch (rulePeer.kind) {
    case "sg":
      return !peer.crossRegion && peer.groupIds.has(rulePeer.groupId) ? "all" : "none";
    case "pl":
      return peer.awsService ? "all" : "none";
    case "none":
      return "none";
    case "block":
      if (blockContains(rulePeer.block, peer.block)) return "all";
      // A rule for part of the peer's subnet (one address) may or may not cover it: the diagram has no ENI addresses.
      return blocksOverlap(rulePeer.block, peer.block) ? "some" : "none";
  }
}

interface RuleLike {
  protocol?: unknown;
  fromPort?: unknown;
  toPort?: unknown;
}

/** The ports of `protocol` the rule covers. */
function rulePorts(rule: RuleLike, protocol: Protocol): Interval[] {
  if (rule.protocol === "-1") return [ALL_PORTS];
  if (rule.protocol !== protocol) return [];
  const from = typeof rule.fromPort === "number" ? rule.fromPort : -1;
  const to = typeof rule.toPort === "number" ? rule.toPort : -1;
  if (from === -1 || to === -1) return [ALL_PORTS];
  return [[from, to]];
}

/**
 * A group's rules, read once per group node: every resource in the group, and every check of each,
 * asks for them. Diagram nodes are never changed in place (edits make new ones), so the node is the key.
 */
const parsedRules = new WeakMap<DiagramNode, { ingress: ParsedRule[]; egress: ParsedRule[] }>();

function rulesOf(group: DiagramNode, direction: "ingress" | "egress"): readonly ParsedRule[] {
  let parsed = parsedRules.get(group);
  if (!parsed) {
    const read = (key: "ingress" | "egress", peerKey: "source" | "destination"): ParsedRule[] => {
      const rules = group.props[key];
      if (!Array.isArray(rules)) return [];
      return rules.map((r: Record<string, unknown>) => ({ tcp: rulePorts(r, "tcp"), udp: rulePorts(r, "udp"), peer: readPeer(r[peerKey]) }));
    };
    parsed = { ingress: read("ingress", "source"), egress: read("egress", "destination") };
    parsedRules.set(group, parsed);
  }
  return parsed[direction];
}

/** The ports of `protocol` the groups open to (egress) or from (ingress) the whole of the peer. */
export function openPorts(policy: SgPolicy, direction: "ingress" | "egress", protocol: Protocol, peer: SgPeer): Interval[] | "default" {
  if (policy.kind === "none") return [ALL_PORTS];
  if (policy.kind === "default") return "default";
  const out: Interval[] = [];
  for (const group of policy.groups) {
    for (const rule of rulesOf(group, direction)) if (peerMatch(rule.peer, peer) === "all") out.push(...rule[protocol]);
  }
  return normalize(out);
}

/**
 * Whether the resource's groups let `protocol`/`port` out to (egress) or in from (ingress) the peer.
 * Groups are stateful, so the reply needs no rule; all rules of all groups are allowed together.
 */
export function sgCheck(
  index: DiagramIndex,
  node: DiagramNode,
  policy: SgPolicy,
  direction: "ingress" | "egress",
  protocol: Protocol,
  port: number,
  peer: SgPeer,
): Check {
  if (policy.kind === "none") return PASS;
  const name = index.label(node.id);
  if (policy.kind === "default") {
    const what = portText(protocol, [port, port]);
    const whatKo = portTextKo(protocol, [port, port]);
    // The default group allows all outbound and inbound only from its own members, unless someone changed it.
    if (direction === "egress") {
      return { status: "yes", notes: [defaultGroupNote(name)] };
    }
    if (peer.defaultGroupVpcId !== undefined && peer.defaultGroupVpcId === policy.vpcId) {
      return { status: "yes", notes: [defaultGroupNote(name)] };
    }
    return blocked("unknown", {
      nodeId: node.id,
      code: "default-sg",
      reason: {
        en: `${name} has no security group drawn, so it uses the VPC's default security group, which allows inbound traffic only from its own members unless it was changed; whether it allows ${what} from ${peer.label} is unknown.`,
        ko: `${name}에 보안 그룹이 그려져 있지 않아 VPC의 기본 보안 그룹을 씁니다. 기본 보안 그룹은 바꾸지 않았다면 같은 그룹 구성원의 인바운드만 허용하므로, ${peer.label}에서 오는 ${whatKo}를 허용하는지 알 수 없습니다.`,
      },
      fix: {
        en: `Draw ${name}'s security group with an inbound rule for ${what} from ${peer.label}.`,
        ko: `${name}의 보안 그룹을 그리고 ${peer.label}에서 오는 ${whatKo} 인바운드 규칙을 추가하세요.`,
      },
    });
  }
  let some = false;
  for (const group of policy.groups) {
    for (const rule of rulesOf(group, direction)) {
      if (!rule[protocol].some(([a, b]) => a <= port && port <= b)) continue;
      const match = peerMatch(rule.peer, peer);
      if (match === "all") return PASS;
      if (match === "some") some = true;
    }
  }
  const what = portText(protocol, [port, port]);
  const whatKo = portTextKo(protocol, [port, port]);
  const groups = policy.groups.map((g) => index.label(g.id)).join(", ");
  const first = policy.groups[0]!;
  const code = direction === "egress" ? "sg-egress" : "sg-ingress";
  const reason =
    direction === "egress"
      ? some
        ? {
            en: `Security group ${groups} of ${name} allows ${what} out to only part of ${peer.label}'s addresses.`,
            ko: `${name}의 보안 그룹 ${groups}은(는) ${peer.label} 주소의 일부로만 ${whatKo} 아웃바운드를 허용합니다.`,
          }
        : {
            en: `Security group ${groups} of ${name} allows no outbound ${what} to ${peer.label}.`,
            ko: `${name}의 보안 그룹 ${groups}은(는) ${peer.label}(으)로 가는 ${whatKo} 아웃바운드를 허용하지 않습니다.`,
          }
      : some
        ? {
            en: `Security group ${groups} of ${name} allows ${what} in from only part of ${peer.label}'s addresses.`,
            ko: `${name}의 보안 그룹 ${groups}은(는) ${peer.label} 주소의 일부에서만 ${whatKo} 인바운드를 허용합니다.`,
          }
        : {
            en: `Security group ${groups} of ${name} allows no inbound ${what} from ${peer.label}.`,
            ko: `${name}의 보안 그룹 ${groups}은(는) ${peer.label}에서 오는 ${whatKo} 인바운드를 허용하지 않습니다.`,
          };
  const source = peerRuleText(peer);
  const fix =
    direction === "egress"
      ? {
          en: `Add an outbound rule to ${index.label(first.id)}: ${what} to ${source}.`,
          ko: `${index.label(first.id)}에 아웃바운드 규칙을 추가하세요: ${source}(으)로 ${whatKo}.`,
        }
      : {
          en: `Add an inbound rule to ${index.label(first.id)}: ${what} from ${source}.`,
          ko: `${index.label(first.id)}에 인바운드 규칙을 추가하세요: ${source}에서 ${whatKo}.`,
        };
  return blocked(some ? "unknown" : "no", { nodeId: first.id, code, reason, fix });
}

/** What a rule should name to let the peer through: its group when it has one (and references work), else its block. */
function peerRuleText(peer: SgPeer): string {
  const [group] = peer.groupIds;
  if (group !== undefined && !peer.crossRegion) return `sg:${group}`;
  return blockText(peer.block);
}

function defaultGroupNote(name: string) {
  return {
    en: `${name} has no security group drawn: the VPC's default security group is assumed, which allows all outbound traffic and inbound only from its own members, unless it was changed.`,
    ko: `${name}에 보안 그룹이 그려져 있지 않아 VPC의 기본 보안 그룹을 가정합니다. 바꾸지 않았다면 아웃바운드는 모두, 인바운드는 같은 그룹 구성원에서만 허용합니다.`,
  };
}
