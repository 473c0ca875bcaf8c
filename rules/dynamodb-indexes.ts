import { defineRule } from "../lib/engine/types";

const MAX_LSI = 5;
const MAX_GSI = 20;

export default defineRule({
  meta: {
    id: "dynamodb-indexes",
    severity: "error",
    category: "database",
    scope: "component",
    title: { en: "DynamoDB secondary indexes within their limits", ko: "DynamoDB 보조 인덱스 한도" },
    explanation: {
      en: "A DynamoDB table can have at most 5 local secondary indexes, created together with the table and never added later. An LSI keeps the table's partition key and sorts by another attribute, so the table needs a composite primary key (a partition key and a sort key). A table can have 20 global secondary indexes by default; that quota can be raised. The notes give the same numbers.",
      ko: "DynamoDB 테이블은 로컬 보조 인덱스(LSI)를 최대 5개 가질 수 있으며, LSI는 테이블을 만들 때 함께 만들어야 하고 나중에 추가할 수 없습니다. LSI는 테이블의 파티션 키를 그대로 쓰고 다른 속성으로 정렬하므로, 테이블에 복합 기본 키(파티션 키와 정렬 키)가 있어야 합니다. 글로벌 보조 인덱스(GSI)는 기본적으로 테이블당 20개이며, 이 할당량은 늘릴 수 있습니다. 노트의 숫자와 같습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html",
    notesSection: "DynamoDB › indexes",
    facts: ["ddb_lsi", "ddb_gsi"],
    messages: {
      tooManyLsi: {
        en: "Table {table} has {count} local secondary indexes; a table can have at most 5.",
        ko: "테이블 {table}에 로컬 보조 인덱스가 {count}개 있습니다. 테이블에는 최대 5개까지 둘 수 있습니다.",
      },
      lsiWithoutSortKey: {
        en: "Table {table} has local secondary indexes but no sort key; an LSI needs a table with a partition key and a sort key.",
        ko: "테이블 {table}에 로컬 보조 인덱스가 있지만 정렬 키가 없습니다. LSI는 파티션 키와 정렬 키가 모두 있는 테이블에만 만들 수 있습니다.",
      },
      tooManyGsi: {
        en: "Table {table} has {count} global secondary indexes; the default quota is 20 per table, so request an increase first.",
        ko: "테이블 {table}에 글로벌 보조 인덱스가 {count}개 있습니다. 기본 할당량은 테이블당 20개이므로 먼저 할당량 증가를 요청하세요.",
      },
    },
  },
  create(context) {
    return {
      "aws.dynamodb-table"(table) {
        const label = context.index.label(table.id);
        const lsi = table.props.localSecondaryIndexes;
        const gsi = table.props.globalSecondaryIndexes;
        if (typeof lsi === "number" && lsi > MAX_LSI) {
          context.report({
            messageId: "tooManyLsi",
            nodeIds: [table.id],
            data: { table: label, count: lsi },
            fixes: [{ title: { en: `Set the LSI count to ${MAX_LSI}`, ko: `LSI 수를 ${MAX_LSI}(으)로 설정` }, ops: [{ op: "updateNode", id: table.id, props: { localSecondaryIndexes: MAX_LSI } }] }],
          });
        }
        if (typeof lsi === "number" && lsi > 0 && table.props.sortKey === undefined) {
          context.report({ messageId: "lsiWithoutSortKey", nodeIds: [table.id], data: { table: label } });
        }
        if (typeof gsi === "number" && gsi > MAX_GSI) {
          context.report({ messageId: "tooManyGsi", nodeIds: [table.id], data: { table: label, count: gsi }, severity: "warning" });
        }
      },
    };
  },
});
