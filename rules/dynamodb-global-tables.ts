import { defineRule } from "../lib/engine/types";
import type { DiagramIndex } from "../lib/diagram/graph";
import type { DiagramNode } from "../lib/diagram/types";

const TABLE = "aws.dynamodb-table";

export default defineRule({
  meta: {
    id: "dynamodb-global-tables",
    severity: "error",
    category: "database",
    title: { en: "DynamoDB replicas are global table replicas, one per Region", ko: "DynamoDB 복제본은 리전마다 하나인 글로벌 테이블 복제본" },
    explanation: {
      en: "The notes say DynamoDB can replicate across Availability Zones; that is incomplete: every table is replicated across several AZs of its Region automatically, with nothing to turn on. Replication to other Regions is a global table: replica tables, each in a different Region (a global table has only one replica per Region), sharing the table name, the primary key schema and the data. A replication edge between DynamoDB tables stands for global table replicas, so two replicas in one Region, replicas with different keys, or a replication edge between a table and another kind of resource cannot be built. Table classes (Standard and Standard-IA) are a property of each table.",
      ko: "노트는 DynamoDB가 가용 영역 간에 복제할 수 있다고 하지만 불완전합니다. 모든 테이블은 켤 것 없이 리전의 여러 가용 영역에 자동으로 복제됩니다. 다른 리전으로의 복제는 글로벌 테이블이며, 복제본 테이블은 각각 다른 리전에 있고(글로벌 테이블은 리전마다 복제본이 하나뿐) 테이블 이름, 기본 키 스키마, 데이터를 공유합니다. DynamoDB 테이블 사이의 복제 연결은 글로벌 테이블 복제본을 뜻하므로, 한 리전의 복제본 두 개, 키가 다른 복제본, 테이블과 다른 종류의 리소스 사이의 복제 연결은 만들 수 없습니다. 테이블 클래스(Standard, Standard-IA)는 테이블마다 정하는 속성입니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/globaltables-CoreConcepts.html",
    notesSection: "DynamoDB",
    facts: ["ddb_replication_class"],
    messages: {
      sameRegion: {
        en: "Tables {tables} replicate to each other in {region}; a global table has one replica per Region, and within a Region DynamoDB already replicates across AZs by itself.",
        ko: "테이블 {tables}이(가) {region} 안에서 서로 복제합니다. 글로벌 테이블은 리전마다 복제본이 하나이며, 리전 안에서는 DynamoDB가 가용 영역 간 복제를 스스로 합니다.",
      },
      keyMismatch: {
        en: "Replica {table} has key {key} but global table replica {other} has {otherKey}; replicas share one primary key schema.",
        ko: "복제본 {table}의 키는 {key}인데 글로벌 테이블 복제본 {other}의 키는 {otherKey}입니다. 복제본은 기본 키 스키마가 같아야 합니다.",
      },
      notTable: {
        en: "{table} has a replication edge with {other}, which is not a DynamoDB table; DynamoDB replicates only to global table replicas.",
        ko: "{table}에 DynamoDB 테이블이 아닌 {other}와(과)의 복제 연결이 있습니다. DynamoDB는 글로벌 테이블 복제본으로만 복제합니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      diagram(diagram) {
        const tables = index.ofKind(TABLE);
        if (tables.length === 0) return;
        for (const edge of diagram.edges) {
          if (edge.kind !== "replication") continue;
          const source = index.node(edge.source);
          const target = index.node(edge.target);
          if (!source || !target || (source.kind === TABLE) === (target.kind === TABLE)) continue;
          const [table, other] = source.kind === TABLE ? [source, target] : [target, source];
          context.report({
            messageId: "notTable",
            nodeIds: [table.id, other.id],
            data: { table: index.label(table.id), other: index.label(other.id) },
            fixes: [{ title: { en: "Remove the replication", ko: "복제 연결 제거" }, ops: [{ op: "removeEdge", id: edge.id }] }],
          });
        }
        for (const group of globalTables(index, tables)) {
          const byRegion = new Map<string, DiagramNode[]>();
          for (const table of group) {
            const region = index.ancestor(table, "aws.region")?.props.regionCode;
            if (typeof region !== "string") continue;
            const list = byRegion.get(region);
            if (list) list.push(table);
            else byRegion.set(region, [table]);
          }
          for (const [region, same] of byRegion) {
            if (same.length < 2) continue;
            context.report({ messageId: "sameRegion", nodeIds: same.map((t) => t.id), data: { tables: same.map((t) => index.label(t.id)).join(", "), region } });
          }
          const [first, ...rest] = group;
          for (const table of rest) {
            if (keyOf(table) === keyOf(first!)) continue;
            context.report({
              messageId: "keyMismatch",
              nodeIds: [table.id, first!.id],
              data: { table: index.label(table.id), key: keyOf(table), other: index.label(first!.id), otherKey: keyOf(first!) },
              fixes: [
                {
                  title: { en: `Use ${index.label(first!.id)}'s key`, ko: `${index.label(first!.id)}의 키 사용` },
                  ops: [{ op: "updateNode", id: table.id, props: { partitionKey: first!.props.partitionKey, sortKey: first!.props.sortKey } }],
                },
              ],
            });
          }
        }
      },
    };
  },
});

/** The tables joined by replication edges, in diagram order: each group of two or more is one global table. */
function globalTables(index: DiagramIndex, tables: readonly DiagramNode[]): DiagramNode[][] {
  const seen = new Set<string>();
  const groups: DiagramNode[][] = [];
  for (const start of tables) {
    if (seen.has(start.id)) continue;
    seen.add(start.id);
    const members = new Set<string>([start.id]);
    const stack = [start.id];
    while (stack.length) {
      const id = stack.pop()!;
      for (const edge of [...index.edgesFrom(id, "replication"), ...index.edgesTo(id, "replication")]) {
        const other = edge.source === id ? edge.target : edge.source;
        if (seen.has(other) || index.node(other)?.kind !== TABLE) continue;
        seen.add(other);
        members.add(other);
        stack.push(other);
      }
    }
    if (members.size > 1) groups.push(tables.filter((t) => members.has(t.id)));
  }
  return groups;
}

/** `pk` or `pk + sk`. */
function keyOf(table: DiagramNode): string {
  const sort = table.props.sortKey;
  return typeof sort === "string" ? `${String(table.props.partitionKey)} + ${sort}` : String(table.props.partitionKey);
}
