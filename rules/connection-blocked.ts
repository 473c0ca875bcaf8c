import { defineRule } from "../lib/engine/types";
import { analyzeReachability } from "../lib/network/reachability";
import type { ConnectionVerdict } from "../lib/network/types";

export default defineRule({
  meta: {
    id: "connection-blocked",
    severity: "error",
    category: "network",
    scope: "component",
    title: { en: "Drawn connections can get through", ko: "그린 연결은 실제로 통해야 함" },
    explanation: {
      en: "A connection drawn between two resources is checked the way AWS forwards its packets: the source's route table (the most specific route wins; the local route inside the VPC; a peering connection needs routes on both sides and is never transitive), the source's security-group outbound rules, both subnets' network ACLs in both directions (stateless: the reply needs ephemeral ports 1024-65535 allowed), and the target's security-group inbound rules (stateful: allow rules only). The notes (VPC › SG, NACL, peering) describe each filter; a connection works only when all of them let it through, and the first one that drops it is named. A Lambda function with no VPC configuration reaches only what is open to the internet (Lambda in VPC).",
      ko: "두 리소스 사이에 그린 연결은 AWS가 패킷을 전달하는 방식대로 검사합니다. 출발지의 라우팅 테이블(가장 구체적인 경로가 이기고, VPC 안은 local 경로, 피어링은 양쪽 모두 경로가 필요하며 전이되지 않음), 출발지 보안 그룹의 아웃바운드 규칙, 두 서브넷의 네트워크 ACL 양방향(상태 비저장이라 응답에 임시 포트 1024-65535 허용 필요), 대상 보안 그룹의 인바운드 규칙(상태 저장, 허용 규칙만)입니다. 노트(VPC › SG, NACL, 피어링)가 각 필터를 설명합니다. 모든 필터가 통과시켜야 연결이 동작하며, 처음 막는 곳을 알려 줍니다. VPC 설정이 없는 Lambda 함수는 인터넷에 열린 것에만 닿습니다(Lambda in VPC).",
    },
    docsUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
    notesSection: "VPC › SG, NACL, peering",
    facts: ["sg_rule_semantics", "nacl_rules", "peering_non_transitive", "peering_routes_quota", "lambda_novpc_mode"],
    messages: {
      blocked: {
        en: "Connection {source} → {target} on {port} is blocked at {blocker}: {reasonEn}",
        ko: "연결 {source} → {target}({port})이(가) {blocker}에서 막힙니다: {reasonKo}",
      },
      someSubnets: {
        en: "Connection {source} → {target} on {port} works from {good} but is blocked from {subnets} at {blocker}: {reasonEn}",
        ko: "연결 {source} → {target}({port})은(는) {good}에서는 통하지만 {subnets}에서는 {blocker}에서 막힙니다: {reasonKo}",
      },
      noPort: {
        en: "Connection {source} → {target} names no port and {target} has no default one, so whether it gets through is unknown; set the connection's port.",
        ko: "연결 {source} → {target}에 포트가 없고 {target}에도 기본 포트가 없어 통하는지 알 수 없습니다. 연결의 포트를 정하세요.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      diagram() {
        const report = analyzeReachability(index);
        // A connection drawn as "denied" is meant to be blocked: security-group-deny checks that it is.
        const denied = new Set(index.diagram.edges.filter((e) => e.kind === "connection" && e.props.expected === "denied").map((e) => e.id));
        for (const c of Object.values(report.connections)) {
          if (denied.has(c.edgeId)) continue;
          const { overall } = c.verdict;
          const names = { source: index.label(c.sourceId), target: index.label(c.targetId) };
          // Unknown gives no finding, except where the diagram leaves out one value the user can fill in.
          if (overall.status === "unknown" && overall.blocker?.code === "no-port") {
            context.report({ messageId: "noPort", nodeIds: [c.sourceId, c.targetId], data: names, severity: "info" });
            continue;
          }
          if (overall.status !== "no" || !overall.blocker) continue;
          const { blocker } = overall;
          const data = {
            ...names,
            port: portText(c),
            blocker: index.label(blocker.nodeId),
            reasonEn: blocker.reason.en,
            reasonKo: blocker.reason.ko,
          };
          const nodeIds = [...new Set([c.sourceId, c.targetId, blocker.nodeId])];
          if (c.verdict.mixed) {
            const list = (status: string) =>
              c.verdict.bySubnet
                .filter((s) => s.verdict.status === status)
                .map((s) => index.label(s.subnetId))
                .join(", ");
            context.report({ messageId: "someSubnets", nodeIds, data: { ...data, good: list("yes"), subnets: list("no") }, severity: "warning" });
            continue;
          }
          context.report({ messageId: "blocked", nodeIds, data });
        }
      },
    };
  },
});

function portText(c: ConnectionVerdict): string {
  return `${c.protocol.toUpperCase()} ${c.port ?? "?"}`;
}
