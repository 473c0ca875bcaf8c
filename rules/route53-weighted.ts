import { defineRule } from "../lib/engine/types";
import type { DiagramNode } from "../lib/diagram/types";
import { recordSets } from "../lib/kinds/route53-records";

const MAX_WEIGHT = 255;

export default defineRule({
  meta: {
    id: "route53-weighted",
    severity: "error",
    category: "dns-and-edge",
    title: { en: "Weighted records: weights 0–255, unique set identifiers", ko: "가중치 기반 레코드: 가중치 0~255, 고유한 세트 식별자" },
    explanation: {
      en: "Weighted routing splits traffic among records of the same name and type in proportion to their weights, 0 to 255. Each record needs a weight and a set identifier unique within the set. The notes say the records share the same name and ID and that weight 0 gets no traffic; AWS documents that they share name and type, each with its own set identifier, and that when every weight is 0 traffic is split equally.",
      ko: "가중치 기반 라우팅은 이름과 유형이 같은 레코드들에 가중치(0~255)에 비례해 트래픽을 나눕니다. 각 레코드에는 가중치와, 세트 안에서 고유한 세트 식별자가 있어야 합니다. 노트는 레코드가 같은 이름과 ID를 가져야 하고 가중치 0인 레코드에는 트래픽이 가지 않는다고 하지만, AWS 문서에 따르면 레코드들은 이름과 유형이 같고 각자 다른 세트 식별자를 가지며, 모든 가중치가 0이면 트래픽이 균등하게 나뉩니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resource-record-sets-values-weighted.html",
    notesSection: "Route 53 › routing",
    facts: ["r53_weighted"],
    messages: {
      weightRange: {
        en: "Weighted record {record} has weight {weight}; a weight is 0 to 255.",
        ko: "가중치 기반 레코드 {record}의 가중치가 {weight}입니다. 가중치는 0~255입니다.",
      },
      noWeight: {
        en: "Weighted record {record} has no weight; every weighted record needs one (0 to 255).",
        ko: "가중치 기반 레코드 {record}에 가중치가 없습니다. 모든 가중치 기반 레코드에는 가중치(0~255)가 필요합니다.",
      },
      noSetIdentifier: {
        en: "Weighted record {record} has no set identifier; each weighted record needs one, unique among records of the same name and type.",
        ko: "가중치 기반 레코드 {record}에 세트 식별자가 없습니다. 가중치 기반 레코드마다 이름과 유형이 같은 레코드 사이에서 고유한 세트 식별자가 필요합니다.",
      },
      duplicateSetIdentifier: {
        en: "Records {records} of {name} share the set identifier {setIdentifier}; each record of the same name and type needs its own.",
        ko: "{name}의 레코드 {records}이(가) 세트 식별자 {setIdentifier}을(를) 함께 씁니다. 이름과 유형이 같은 레코드는 각자 다른 식별자가 필요합니다.",
      },
      allZero: {
        en: "Every weighted record of {name} ({records}) has weight 0, so Route 53 splits traffic among them equally, not \"no traffic\".",
        ko: "{name}의 가중치 기반 레코드({records})의 가중치가 모두 0이라서, Route 53은 트래픽을 보내지 않는 것이 아니라 균등하게 나눕니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    const label = (n: DiagramNode) => index.label(n.id);
    return {
      "aws.route53-record"(record) {
        if (record.props.routingPolicy !== "weighted") return;
        const weight = record.props.weight;
        if (typeof weight !== "number") {
          context.report({ messageId: "noWeight", nodeIds: [record.id], data: { record: label(record) } });
        } else if (weight > MAX_WEIGHT) {
          context.report({
            messageId: "weightRange",
            nodeIds: [record.id],
            data: { record: label(record), weight },
            fixes: [{ title: { en: "Set the weight to 255", ko: "가중치를 255로 설정" }, ops: [{ op: "updateNode", id: record.id, props: { weight: MAX_WEIGHT } }] }],
          });
        }
        if (typeof record.props.setIdentifier !== "string") {
          context.report({ messageId: "noSetIdentifier", nodeIds: [record.id], data: { record: label(record) } });
        }
      },
      diagram() {
        for (const set of recordSets(index)) {
          const weighted = set.filter((r) => r.props.routingPolicy === "weighted");
          if (weighted.length === 0) continue;
          const name = String(weighted[0]!.props.name);
          const byId = new Map<string, DiagramNode[]>();
          for (const r of weighted) {
            if (typeof r.props.setIdentifier !== "string") continue;
            byId.set(r.props.setIdentifier, [...(byId.get(r.props.setIdentifier) ?? []), r]);
          }
          for (const [setIdentifier, records] of byId) {
            if (records.length < 2) continue;
            context.report({
              messageId: "duplicateSetIdentifier",
              nodeIds: records.map((r) => r.id),
              data: { records: records.map(label).join(", "), name, setIdentifier },
            });
          }
          if (weighted.length >= 2 && weighted.every((r) => r.props.weight === 0)) {
            context.report({
              messageId: "allZero",
              nodeIds: weighted.map((r) => r.id),
              data: { name, records: weighted.map(label).join(", ") },
              severity: "info",
            });
          }
        }
      },
    };
  },
});
