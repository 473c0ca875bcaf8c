import { defineRule } from "../lib/engine/types";
import type { DiagramNode } from "../lib/diagram/types";
import { recordSets } from "../lib/kinds/route53-records";

export default defineRule({
  meta: {
    id: "route53-simple-routing",
    severity: "error",
    category: "dns-and-edge",
    title: { en: "Simple routing: one record per name and type; an alias has one target", ko: "단순 라우팅: 이름과 유형마다 레코드 하나, 별칭의 대상은 하나" },
    explanation: {
      en: "Simple routing answers with one record for a name and type. That record may hold several values (IP addresses, for example), returned together in random order; to spread traffic over several records, or to answer only with healthy ones, another routing policy is needed, because simple routing has no health-check support. A simple alias record points to exactly one AWS resource and holds no values of its own. The notes say the same.",
      ko: "단순 라우팅은 이름과 유형마다 레코드 하나로 응답합니다. 그 레코드에는 여러 값(예: IP 주소)을 넣을 수 있고, 값들은 무작위 순서로 함께 반환됩니다. 여러 레코드에 트래픽을 나누거나 정상인 것으로만 응답하려면 다른 라우팅 정책이 필요합니다. 단순 라우팅은 상태 확인을 지원하지 않기 때문입니다. 단순 별칭 레코드는 정확히 하나의 AWS 리소스를 가리키며 자체 값을 갖지 않습니다. 노트의 내용과 같습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy-simple.html",
    notesSection: "Route 53 › routing",
    facts: ["r53_simple_routing"],
    messages: {
      severalSimple: {
        en: "{name} has {count} simple records ({records}); simple routing allows one record per name and type, which can hold several values.",
        ko: "{name}에 단순 레코드가 {count}개({records}) 있습니다. 단순 라우팅은 이름과 유형마다 레코드 하나만 허용하며, 그 레코드에 여러 값을 넣을 수 있습니다.",
      },
      mixed: {
        en: "{name} has a simple record ({simple}) and records of other routing policies ({others}); a simple record cannot share its name and type with them.",
        ko: "{name}에 단순 레코드({simple})와 다른 라우팅 정책의 레코드({others})가 함께 있습니다. 단순 레코드는 이들과 이름과 유형을 공유할 수 없습니다.",
      },
      aliasTargets: {
        en: "Alias record {record} points to {count} targets ({targets}); an alias points to exactly one.",
        ko: "별칭 레코드 {record}이(가) 대상 {count}개({targets})를 가리킵니다. 별칭은 정확히 하나를 가리킵니다.",
      },
      aliasValues: {
        en: "Alias record {record} also lists values ({values}); an alias answers with its target's addresses and holds no values.",
        ko: "별칭 레코드 {record}에 값({values})도 있습니다. 별칭은 대상의 주소로 응답하며 값을 갖지 않습니다.",
      },
      healthCheck: {
        en: "Simple record {record} has health check {check}; simple routing has no health-check support, so Route 53 answers with the record whether the check passes or not.",
        ko: "단순 레코드 {record}에 상태 확인 {check}이(가) 있습니다. 단순 라우팅은 상태 확인을 지원하지 않아, Route 53은 확인 결과와 상관없이 이 레코드로 응답합니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    const label = (n: DiagramNode) => index.label(n.id);
    return {
      "aws.route53-record"(record) {
        if (record.props.alias === true) {
          const targets = [...new Set(index.edgesFrom(record.id, "alias").map((e) => e.target))];
          if (targets.length > 1) {
            context.report({
              messageId: "aliasTargets",
              nodeIds: [record.id, ...targets],
              data: { record: label(record), count: targets.length, targets: targets.map((id) => index.label(id)).join(", ") },
            });
          }
          const values = Array.isArray(record.props.values) ? record.props.values : [];
          if (values.length > 0) {
            context.report({
              messageId: "aliasValues",
              nodeIds: [record.id],
              data: { record: label(record), values: values.join(", ") },
              fixes: [{ title: { en: "Remove the values", ko: "값 제거" }, ops: [{ op: "updateNode", id: record.id, props: { values: [] } }] }],
            });
          }
        }
        if (record.props.routingPolicy !== "simple") return;
        for (const edge of index.edgesFrom(record.id, "health-check")) {
          context.report({
            messageId: "healthCheck",
            nodeIds: [record.id, edge.target],
            data: { record: label(record), check: index.label(edge.target) },
            severity: "warning",
            fixes: [{ title: { en: "Remove the health check from the record", ko: "레코드에서 상태 확인 제거" }, ops: [{ op: "removeEdge", id: edge.id }] }],
          });
        }
      },
      diagram() {
        for (const set of recordSets(index)) {
          const simple = set.filter((r) => r.props.routingPolicy === "simple");
          if (simple.length === 0) continue;
          const name = String(simple[0]!.props.name);
          if (simple.length > 1) {
            context.report({ messageId: "severalSimple", nodeIds: simple.map((r) => r.id), data: { name, count: simple.length, records: simple.map(label).join(", ") } });
          }
          const others = set.filter((r) => r.props.routingPolicy !== "simple");
          // route53-failover already reports a failover set mixed with other policies.
          if (others.length === 0 || others.some((r) => r.props.routingPolicy === "failover")) continue;
          context.report({
            messageId: "mixed",
            nodeIds: [...simple, ...others].map((r) => r.id),
            data: { name, simple: simple.map(label).join(", "), others: others.map(label).join(", ") },
          });
        }
      },
    };
  },
});
