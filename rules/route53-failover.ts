import { defineRule, type Fix } from "../lib/engine/types";
import { createEdge, createNode } from "../lib/diagram/create";
import { applyOps } from "../lib/diagram/ops";
import type { DiagramIndex } from "../lib/diagram/graph";
import type { DiagramNode } from "../lib/diagram/types";
import { recordSets } from "../lib/kinds/route53-records";

export default defineRule({
  meta: {
    id: "route53-failover",
    severity: "error",
    category: "dns-and-edge",
    title: { en: "Failover records: one primary with a health check, one secondary", ko: "장애 조치 레코드: 상태 확인이 있는 기본 하나, 보조 하나" },
    explanation: {
      en: "Failover routing answers with the primary record while it is healthy and with the secondary otherwise. The notes say a primary record cannot be saved without a health check; AWS documents that the API does not enforce this, but without a health check (or Evaluate Target Health on an alias) Route 53 treats the primary as always healthy, so failover never happens. A failover set of one name and type holds exactly one primary and one secondary, and no records of other routing policies.",
      ko: "장애 조치 라우팅은 기본 레코드가 정상이면 기본 레코드로, 아니면 보조 레코드로 응답합니다. 노트는 상태 확인 없이는 기본 레코드를 저장할 수 없다고 하지만, AWS 문서에 따르면 API가 이를 강제하지 않습니다. 다만 상태 확인(또는 별칭의 대상 상태 평가)이 없으면 Route 53은 기본 레코드를 항상 정상으로 보므로 장애 조치가 일어나지 않습니다. 이름과 유형이 같은 장애 조치 세트에는 기본과 보조가 정확히 하나씩 있어야 하고, 다른 라우팅 정책의 레코드가 섞이면 안 됩니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resource-record-sets-values-failover.html",
    notesSection: "Route 53 › routing",
    facts: ["r53_failover_hc"],
    messages: {
      primaryNoHealthCheck: {
        en: "Primary failover record {record} has no health check, so Route 53 always considers it healthy and never fails over.",
        ko: "장애 조치 기본 레코드 {record}에 상태 확인이 없어서, Route 53이 항상 정상으로 보고 장애 조치를 하지 않습니다.",
      },
      noRole: {
        en: "Failover record {record} is neither primary nor secondary; each failover record needs one of the two.",
        ko: "장애 조치 레코드 {record}이(가) 기본도 보조도 아닙니다. 장애 조치 레코드마다 둘 중 하나가 필요합니다.",
      },
      duplicateRole: {
        en: "{name} has {count} {role} failover records ({records}); a failover set has exactly one primary and one secondary.",
        ko: "{name}에 {role} 장애 조치 레코드가 {count}개({records}) 있습니다. 장애 조치 세트에는 기본과 보조가 정확히 하나씩 있어야 합니다.",
      },
      missingRole: {
        en: "Failover record {record} for {name} has no {role} partner, so there is nothing to fail over to or from.",
        ko: "{name}의 장애 조치 레코드 {record}에 {role} 짝이 없어서 장애 조치가 일어날 수 없습니다.",
      },
      mixedPolicies: {
        en: "{name} has failover records ({failover}) and records of other routing policies ({others}); a failover set cannot share its name and type with them.",
        ko: "{name}에 장애 조치 레코드({failover})와 다른 라우팅 정책의 레코드({others})가 함께 있습니다. 장애 조치 세트는 이들과 이름과 유형을 공유할 수 없습니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    const label = (n: DiagramNode) => index.label(n.id);
    return {
      "aws.route53-record"(record) {
        if (record.props.routingPolicy !== "failover") return;
        const role = record.props.failoverRole;
        if (role === undefined) {
          context.report({ messageId: "noRole", nodeIds: [record.id], data: { record: label(record) } });
          return;
        }
        if (role !== "PRIMARY" || index.edgesFrom(record.id, "health-check").length > 0) return;
        if (record.props.alias === true && record.props.evaluateTargetHealth === true) return;
        context.report({
          messageId: "primaryNoHealthCheck",
          nodeIds: [record.id],
          data: { record: label(record) },
          fixes: healthFixes(index, record),
          severity: "warning",
        });
      },
      diagram() {
        for (const set of recordSets(index)) {
          const failover = set.filter((r) => r.props.routingPolicy === "failover");
          if (failover.length === 0) continue;
          const name = String(failover[0]!.props.name);
          const others = set.filter((r) => r.props.routingPolicy !== "failover");
          if (others.length > 0) {
            context.report({
              messageId: "mixedPolicies",
              nodeIds: [...failover, ...others].map((r) => r.id),
              data: { name, failover: failover.map(label).join(", "), others: others.map(label).join(", ") },
            });
          }
          const primaries = failover.filter((r) => r.props.failoverRole === "PRIMARY");
          const secondaries = failover.filter((r) => r.props.failoverRole === "SECONDARY");
          for (const [role, records] of [["PRIMARY", primaries], ["SECONDARY", secondaries]] as const) {
            if (records.length < 2) continue;
            context.report({
              messageId: "duplicateRole",
              nodeIds: records.map((r) => r.id),
              data: { name, count: records.length, role, records: records.map(label).join(", ") },
            });
          }
          const lone = primaries.length === 0 ? secondaries : secondaries.length === 0 ? primaries : [];
          for (const record of lone) {
            context.report({
              messageId: "missingRole",
              nodeIds: [record.id],
              data: { record: label(record), name, role: primaries.length === 0 ? "PRIMARY" : "SECONDARY" },
              severity: "warning",
            });
          }
        }
      },
    };
  },
});

/** For an alias, turning on Evaluate Target Health; for any record, a new health check joined to it. */
function healthFixes(index: DiagramIndex, record: DiagramNode): Fix[] {
  const fixes: Fix[] = [];
  if (record.props.alias === true) {
    fixes.push({
      title: { en: "Turn on Evaluate Target Health", ko: "대상 상태 평가 켜기" },
      ops: [{ op: "updateNode", id: record.id, props: { evaluateTargetHealth: true } }],
    });
  }
  const check = createNode(index.diagram, "aws.route53-health-check", { x: record.layout.x + record.layout.w + 40, y: record.layout.y }, null);
  const edge = createEdge(applyOps(index.diagram, [{ op: "addNode", node: check }]), "health-check", record.id, check.id);
  fixes.push({
    title: { en: "Add a health check", ko: "상태 확인 추가" },
    ops: [
      { op: "addNode", node: check },
      { op: "addEdge", edge },
    ],
  });
  return fixes;
}
