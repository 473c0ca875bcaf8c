import { defineRule, type Fix } from "../lib/engine/types";
import { createNode } from "../lib/diagram/create";
import type { DiagramIndex } from "../lib/diagram/graph";
import type { DiagramNode } from "../lib/diagram/types";
import { recordSets } from "../lib/kinds/route53-records";

/** The Default location: queries from places no other record covers. */
const DEFAULT_COUNTRY = "*";

export default defineRule({
  meta: {
    id: "route53-geolocation",
    severity: "error",
    category: "dns-and-edge",
    title: { en: "Geolocation records: one location each, and a Default location", ko: "지리적 위치 레코드: 레코드마다 위치 하나, 그리고 기본 위치" },
    explanation: {
      en: "Geolocation routing answers by where a query comes from: a continent, a country, or a subdivision of a country. Each record of a name and type names one location, no two the same. AWS recommends a record for the Default location (country *), because Route 53 gives queries from a location that no record covers a \"no answer\" response. The notes say geolocation does not support health checks; AWS documents that geolocation records do support them, so this rule never flags one.",
      ko: "지리적 위치 라우팅은 쿼리가 어디서 왔는지(대륙, 국가, 국가의 하위 지역)에 따라 응답합니다. 이름과 유형이 같은 레코드는 각각 위치 하나를 지정하며, 같은 위치가 둘일 수 없습니다. 어떤 레코드도 다루지 않는 위치에서 온 쿼리에 Route 53은 \"응답 없음\"을 돌려주므로, AWS는 기본 위치(국가 *) 레코드를 권장합니다. 노트는 지리적 위치 라우팅이 상태 확인을 지원하지 않는다고 하지만, AWS 문서에 따르면 지리적 위치 레코드도 상태 확인을 지원하므로 이 규칙은 상태 확인을 문제 삼지 않습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resource-record-sets-values-geo.html",
    notesSection: "Route 53 › routing",
    facts: ["r53_geolocation"],
    messages: {
      noLocation: {
        en: "Geolocation record {record} names no location; each needs a continent, a country, or the Default location (*).",
        ko: "지리적 위치 레코드 {record}에 위치가 없습니다. 레코드마다 대륙, 국가 또는 기본 위치(*)가 필요합니다.",
      },
      continentAndCountry: {
        en: "Geolocation record {record} names both continent {continent} and country {country}; a record names one or the other.",
        ko: "지리적 위치 레코드 {record}에 대륙 {continent}과(와) 국가 {country}가 모두 있습니다. 레코드에는 둘 중 하나만 지정합니다.",
      },
      subdivisionWithoutCountry: {
        en: "Geolocation record {record} names subdivision {subdivision} without its country.",
        ko: "지리적 위치 레코드 {record}에 국가 없이 하위 지역 {subdivision}만 있습니다.",
      },
      sameLocation: {
        en: "Geolocation records {records} of {name} all answer for {location}; each location can have only one record.",
        ko: "{name}의 지리적 위치 레코드 {records}이(가) 모두 {location}에 응답합니다. 위치마다 레코드는 하나만 둘 수 있습니다.",
      },
      noDefault: {
        en: "The geolocation records of {name} ({records}) have no Default location; queries from anywhere they do not cover get no answer.",
        ko: "{name}의 지리적 위치 레코드({records})에 기본 위치가 없습니다. 이들이 다루지 않는 곳에서 온 쿼리는 응답을 받지 못합니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    const label = (n: DiagramNode) => index.label(n.id);
    return {
      "aws.route53-record"(record) {
        if (record.props.routingPolicy !== "geolocation") return;
        const { continentCode: continent, countryCode: country, subdivisionCode: subdivision } = record.props;
        const base = { record: label(record) };
        if (continent === undefined && country === undefined && subdivision === undefined) {
          context.report({ messageId: "noLocation", nodeIds: [record.id], data: base });
        }
        if (continent !== undefined && country !== undefined) {
          context.report({ messageId: "continentAndCountry", nodeIds: [record.id], data: { ...base, continent: String(continent), country: String(country) } });
        }
        if (subdivision !== undefined && country === undefined) {
          context.report({ messageId: "subdivisionWithoutCountry", nodeIds: [record.id], data: { ...base, subdivision: String(subdivision) } });
        }
      },
      diagram() {
        for (const set of recordSets(index)) {
          const geo = set.filter((r) => r.props.routingPolicy === "geolocation");
          if (geo.length === 0) continue;
          const name = String(geo[0]!.props.name);
          const byLocation = new Map<string, DiagramNode[]>();
          for (const record of geo) {
            const location = locationOf(record);
            if (location !== undefined) byLocation.set(location, [...(byLocation.get(location) ?? []), record]);
          }
          for (const [location, records] of byLocation) {
            if (records.length < 2) continue;
            context.report({ messageId: "sameLocation", nodeIds: records.map((r) => r.id), data: { records: records.map(label).join(", "), name, location } });
          }
          if (geo.some((r) => r.props.countryCode === DEFAULT_COUNTRY)) continue;
          context.report({
            messageId: "noDefault",
            nodeIds: geo.map((r) => r.id),
            data: { name, records: geo.map(label).join(", ") },
            severity: "warning",
            fixes: [defaultRecordFix(index, geo[0]!, new Set(set.map((r) => r.props.setIdentifier)))],
          });
        }
      },
    };
  },
});

/** The location a record answers for, as a readable key: `continent EU`, `country US`, `country US, subdivision CA`. */
function locationOf(record: DiagramNode): string | undefined {
  const { continentCode, countryCode, subdivisionCode } = record.props;
  if (typeof countryCode === "string") {
    const country = countryCode === DEFAULT_COUNTRY ? "the Default location (*)" : `country ${countryCode.toUpperCase()}`;
    return typeof subdivisionCode === "string" ? `${country}, subdivision ${subdivisionCode.toUpperCase()}` : country;
  }
  return typeof continentCode === "string" ? `continent ${continentCode}` : undefined;
}

/** A Default-location record beside the first one, with the same name, type and zone. */
function defaultRecordFix(index: DiagramIndex, like: DiagramNode, taken: ReadonlySet<unknown>): Fix {
  const node = createNode(index.diagram, "aws.route53-record", { x: like.layout.x, y: like.layout.y + like.layout.h + 40 }, like.parent);
  const { name, recordType, zoneName, privateZone, ttl } = like.props;
  let setIdentifier = "default";
  for (let i = 2; taken.has(setIdentifier); i++) setIdentifier = `default-${i}`;
  const props = { ...node.props, name, recordType, zoneName, privateZone, ttl, routingPolicy: "geolocation", countryCode: DEFAULT_COUNTRY, setIdentifier };
  return {
    title: { en: "Add a record for the Default location", ko: "기본 위치 레코드 추가" },
    ops: [{ op: "addNode", node: { ...node, props: Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined)) } }],
  };
}
