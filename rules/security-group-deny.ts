import type { DiagramNode } from "../lib/diagram/types";
import type { DiagramIndex } from "../lib/diagram/graph";
import type { DiagramOp } from "../lib/diagram/ops";
import { defineRule, type Fix } from "../lib/engine/types";
import { analyzeReachability } from "../lib/network/reachability";
import type { ConnectionVerdict, ReachabilityReport } from "../lib/network/types";

export default defineRule({
  meta: {
    id: "security-group-deny",
    severity: "error",
    category: "security",
    scope: "component",
    title: { en: "Traffic that must be denied: security groups only allow", ko: "막아야 할 트래픽: 보안 그룹은 허용만 함" },
    explanation: {
      en: "Security groups have allow rules only: traffic is let in when any rule of any group on the interface allows it, and a group cannot deny one address inside a range another rule allows. To block a specific source, narrow the allow rules, or add a DENY entry to the network ACL of the target's subnet, numbered below the ALLOW entries (ACL rules are evaluated lowest number first and the first match wins). A network ACL filters only traffic entering or leaving a subnet, so it cannot separate two resources in the same subnet. A connection marked \"denied\" says the traffic must not get through; this rule checks that it does not. The notes (VPC › SG, NACL) say security groups have allow rules only, so a specific IP cannot be blocked with them, and that NACLs have both allow and deny rules.",
      ko: "보안 그룹에는 허용 규칙만 있습니다. 인터페이스의 어느 그룹의 어느 규칙이든 허용하면 트래픽이 들어오며, 다른 규칙이 허용하는 범위 안의 주소 하나를 그룹으로 거부할 수 없습니다. 특정 출발지를 막으려면 허용 규칙을 좁히거나, 대상 서브넷의 네트워크 ACL에 ALLOW 항목보다 낮은 번호로 DENY 항목을 추가하세요(ACL 규칙은 번호가 낮은 것부터 평가하고 처음 일치하는 규칙이 적용됨). 네트워크 ACL은 서브넷을 드나드는 트래픽만 거르므로 같은 서브넷 안의 두 리소스는 나눌 수 없습니다. \"denied\"로 표시한 연결은 트래픽이 통하면 안 된다는 뜻이며, 이 규칙이 실제로 막히는지 검사합니다. 노트(VPC › SG, NACL)는 보안 그룹에 허용 규칙만 있어 특정 IP를 차단할 수 없고, NACL에는 허용과 거부 규칙이 모두 있다고 합니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
    notesSection: "VPC › SG, NACL",
    facts: ["sg_rule_semantics", "nacl_rules"],
    messages: {
      allowed: {
        en: "Connection {source} → {target} on {port} must be denied but gets through. Security groups only allow, so they cannot deny it: narrow the allow rules of {target}'s security groups, or add a DENY entry to {aclEn}.",
        ko: "연결 {source} → {target}({port})은(는) 막혀야 하는데 통합니다. 보안 그룹은 허용만 하므로 거부할 수 없습니다. {target} 보안 그룹의 허용 규칙을 좁히거나, {aclKo}에 DENY 항목을 추가하세요.",
      },
      outbound: {
        en: "Connection {source} → {target} on {port} must be denied but gets through. Security groups only allow, so they cannot deny it: narrow the outbound rules of {source}'s security groups, or add an outbound DENY entry to the network ACL of {subnets}.",
        ko: "연결 {source} → {target}({port})은(는) 막혀야 하는데 통합니다. 보안 그룹은 허용만 하므로 거부할 수 없습니다. {source} 보안 그룹의 아웃바운드 규칙을 좁히거나, {subnets}의 네트워크 ACL에 아웃바운드 DENY 항목을 추가하세요.",
      },
      sameSubnet: {
        en: "Connection {source} → {target} on {port} must be denied but gets through. Both are in subnet {subnet}, where no network ACL applies, and security groups only allow: narrow the allow rules of {target}'s security groups.",
        ko: "연결 {source} → {target}({port})은(는) 막혀야 하는데 통합니다. 둘 다 서브넷 {subnet}에 있어 네트워크 ACL이 적용되지 않고, 보안 그룹은 허용만 합니다. {target} 보안 그룹의 허용 규칙을 좁히세요.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      diagram() {
        let report: ReachabilityReport | undefined;
        for (const edge of index.diagram.edges) {
          if (edge.kind !== "connection" || edge.props.expected !== "denied") continue;
          report ??= analyzeReachability(index);
          const c = report.connections[edge.id];
          if (!c || !getsThrough(c)) continue;
          const source = index.node(edge.source);
          const target = index.node(edge.target);
          if (!source || !target) continue;
          const names = { source: index.label(source.id), target: index.label(target.id), port: `${c.protocol.toUpperCase()} ${c.port ?? "?"}` };
          const sourceSubnets = index.subnetsOf(source);
          const targetSubnets = index.subnetsOf(target);
          const shared = targetSubnets.find((t) => sourceSubnets.some((s) => s.id === t.id));
          if (shared) {
            context.report({ messageId: "sameSubnet", nodeIds: [source.id, target.id], data: { ...names, subnet: index.label(shared.id) } });
            continue;
          }
          if (targetSubnets.length === 0) {
            // A service endpoint or the internet: only the source's side can filter it.
            if (sourceSubnets.length === 0) continue;
            context.report({ messageId: "outbound", nodeIds: [source.id, target.id], data: { ...names, subnets: sourceSubnets.map((s) => index.label(s.id)).join(", ") } });
            continue;
          }
          const aclById = new Map<string, DiagramNode>();
          for (const subnet of targetSubnets) {
            const id = report.subnets[subnet.id]?.naclId;
            const acl = id === undefined ? undefined : index.node(id);
            if (acl) aclById.set(acl.id, acl);
          }
          const acls = [...aclById.values()];
          const subnetNames = targetSubnets.map((s) => index.label(s.id)).join(", ");
          const aclNames = acls.map((a) => index.label(a.id)).join(", ");
          context.report({
            messageId: "allowed",
            nodeIds: [source.id, target.id, ...acls.map((a) => a.id)],
            data: {
              ...names,
              aclEn: acls.length ? `network ACL ${aclNames} of ${subnetNames}` : `the network ACL of ${subnetNames}`,
              aclKo: acls.length ? `${subnetNames}의 네트워크 ACL ${aclNames}` : `${subnetNames}의 네트워크 ACL`,
            },
            fixes: denyFix(index, c, source, sourceSubnets, acls, targetSubnets.length === acls.length && acls.length > 0),
          });
        }
      },
    };
  },
});

function getsThrough(c: ConnectionVerdict): boolean {
  return c.verdict.overall.status === "yes" || c.verdict.bySubnet.some((s) => s.verdict.status === "yes");
}

/** The addresses the source sends from, as an ACL entry names them; undefined when the diagram does not say. */
function sourceBlocks(source: DiagramNode, subnets: readonly DiagramNode[]): string[] | undefined {
  if (source.kind === "ext.internet") return ["0.0.0.0/0"];
  if (source.kind === "ext.on-premises") return typeof source.props.cidrBlock === "string" ? [source.props.cidrBlock] : undefined;
  const blocks = subnets.map((s) => s.props.cidrBlock).filter((b): b is string => typeof b === "string");
  return blocks.length && blocks.length === subnets.length ? blocks : undefined;
}

/** DENY entries numbered below every entry of each ACL, for the source's addresses on the connection's port. */
function denyFix(index: DiagramIndex, c: ConnectionVerdict, source: DiagramNode, sourceSubnets: readonly DiagramNode[], acls: readonly DiagramNode[], everySubnet: boolean): Fix[] {
  const blocks = sourceBlocks(source, sourceSubnets);
  if (!blocks || c.port === undefined || !everySubnet) return [];
  const ops: DiagramOp[] = [];
  for (const acl of acls) {
    const inbound = Array.isArray(acl.props.inbound) ? (acl.props.inbound as Record<string, unknown>[]) : [];
    const numbers = inbound.map((e) => e.ruleNumber).filter((n): n is number => typeof n === "number");
    let next = (numbers.length ? Math.min(...numbers) : 101) - 1;
    if (next - blocks.length + 1 < 1) return [];
    const entries = blocks.map((cidrBlock) => ({ ruleNumber: next--, protocol: c.protocol, fromPort: c.port!, toPort: c.port!, cidrBlock, action: "deny" }));
    ops.push({ op: "updateNode", id: acl.id, props: { inbound: [...entries.reverse(), ...inbound] } });
  }
  const where = acls.map((a) => index.label(a.id)).join(", ");
  return [
    {
      title: { en: `Deny ${blocks.join(", ")} on ${c.protocol.toUpperCase()} ${c.port} in ${where}`, ko: `${where}에서 ${blocks.join(", ")}의 ${c.protocol.toUpperCase()} ${c.port} 거부하기` },
      ops,
    },
  ];
}
