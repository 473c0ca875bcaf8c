import { defineRule } from "../lib/engine/types";

export default defineRule({
  meta: {
    id: "route53-ip-based",
    severity: "error",
    category: "dns-and-edge",
    title: { en: "IP-based records name a CIDR collection and a location", ko: "IP 기반 레코드에는 CIDR 컬렉션과 위치가 있어야" },
    explanation: {
      en: "IP-based routing answers by the network a query comes from. The client CIDR blocks live in a CIDR collection, grouped into named locations; each IP-based record names the collection and one of its locations, or * for the default location that answers every address no other location covers. Without a collection there is nothing to match a query against. The notes say the same.",
      ko: "IP 기반 라우팅은 쿼리가 온 네트워크에 따라 응답합니다. 클라이언트 CIDR 블록은 CIDR 컬렉션 안에 이름 붙은 위치로 묶여 있고, IP 기반 레코드마다 컬렉션과 그 위치 하나를, 또는 다른 위치가 다루지 않는 모든 주소에 응답하는 기본 위치 *를 지정합니다. 컬렉션이 없으면 쿼리를 견줄 대상이 없습니다. 노트의 내용과 같습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy-ipbased.html",
    notesSection: "Route 53 › routing",
    facts: ["r53_ip_based"],
    messages: {
      noCollection: {
        en: "IP-based record {record} names no CIDR collection; IP-based routing matches the query's source against a collection's CIDR blocks.",
        ko: "IP 기반 레코드 {record}에 CIDR 컬렉션이 없습니다. IP 기반 라우팅은 쿼리의 출발지를 컬렉션의 CIDR 블록과 견줍니다.",
      },
      noLocation: {
        en: "IP-based record {record} names CIDR collection {collection} but no location in it; name one, or * for the default location.",
        ko: "IP 기반 레코드 {record}에 CIDR 컬렉션 {collection}은(는) 있지만 그 안의 위치가 없습니다. 위치 하나를, 또는 기본 위치 *를 지정하세요.",
      },
    },
  },
  create(context) {
    return {
      "aws.route53-record"(record) {
        if (record.props.routingPolicy !== "ip-based") return;
        const label = context.index.label(record.id);
        const collection = record.props.cidrCollection;
        if (typeof collection !== "string") {
          context.report({ messageId: "noCollection", nodeIds: [record.id], data: { record: label } });
        } else if (typeof record.props.cidrLocation !== "string") {
          context.report({
            messageId: "noLocation",
            nodeIds: [record.id],
            data: { record: label, collection },
            fixes: [{ title: { en: "Use the default location (*)", ko: "기본 위치(*) 사용" }, ops: [{ op: "updateNode", id: record.id, props: { cidrLocation: "*" } }] }],
          });
        }
      },
    };
  },
});
