import { defineRule } from "../lib/engine/types";
import { recordSets } from "../lib/kinds/route53-records";

const MAX_ANSWERS = 8;

export default defineRule({
  meta: {
    id: "route53-multivalue",
    severity: "info",
    category: "dns-and-edge",
    title: { en: "Multivalue answers return at most eight records", ko: "다중값 응답은 최대 8개 레코드" },
    explanation: {
      en: "Multivalue answer routing returns up to eight healthy records, chosen at random, for each query; each record can have its own health check. More than eight records is allowed, but any one client sees at most eight of them. It is client-side load balancing, not a replacement for a load balancer.",
      ko: "다중값 응답 라우팅은 쿼리마다 정상 레코드 중 무작위로 고른 최대 8개로 응답하며, 레코드마다 상태 확인을 둘 수 있습니다. 8개보다 많이 만들 수는 있지만 한 클라이언트는 그중 최대 8개만 봅니다. 클라이언트 측 로드 밸런싱일 뿐 로드 밸런서를 대신하지는 않습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy-multivalue.html",
    notesSection: "Route 53 › routing",
    facts: ["r53_multivalue"],
    messages: {
      moreThanEight: {
        en: "{name} has {count} multivalue records ({records}); Route 53 answers each query with at most 8 of them.",
        ko: "{name}에 다중값 레코드가 {count}개({records}) 있습니다. Route 53은 쿼리마다 그중 최대 8개로만 응답합니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      diagram() {
        for (const set of recordSets(index)) {
          const multivalue = set.filter((r) => r.props.routingPolicy === "multivalue");
          if (multivalue.length <= MAX_ANSWERS) continue;
          context.report({
            messageId: "moreThanEight",
            nodeIds: multivalue.map((r) => r.id),
            data: { name: String(multivalue[0]!.props.name), count: multivalue.length, records: multivalue.map((r) => index.label(r.id)).join(", ") },
          });
        }
      },
    };
  },
});
