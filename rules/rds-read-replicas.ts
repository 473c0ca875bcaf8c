import { defineRule } from "../lib/engine/types";
import type { DiagramIndex } from "../lib/diagram/graph";
import type { DiagramNode } from "../lib/diagram/types";

type EngineFamily = "mysql" | "mariadb" | "postgres" | "oracle" | "sqlserver" | "db2";

/** Read replicas one source may have, per engine (CreateDBInstanceReadReplica). */
const MAX_REPLICAS: Record<EngineFamily, number> = { mysql: 15, mariadb: 15, postgres: 15, oracle: 5, sqlserver: 5, db2: 3 };
/** Engines whose replicas must stay in the source's Region. */
const NO_CROSS_REGION: ReadonlySet<EngineFamily> = new Set(["sqlserver", "db2"]);
const ENGINE_NAMES: Record<EngineFamily, string> = { mysql: "MySQL", mariadb: "MariaDB", postgres: "PostgreSQL", oracle: "Oracle", sqlserver: "SQL Server", db2: "Db2" };

export default defineRule({
  meta: {
    id: "rds-read-replicas",
    severity: "error",
    category: "database",
    scope: "component",
    title: { en: "RDS read replicas: count per engine, backups on the source, Region", ko: "RDS 읽기 전용 복제본: 엔진별 개수, 원본 백업, 리전" },
    explanation: {
      en: "A read replica is an asynchronous copy of an RDS DB instance with its own endpoint, in the same AZ, another AZ or another Region. The notes say a source can have at most 5 read replicas; that is outdated: AWS documents up to 15 for MySQL, MariaDB and PostgreSQL, 5 for Oracle and SQL Server, and 3 for Db2. The source must have automated backups turned on (a backup retention period above 0), and SQL Server and Db2 cannot have replicas in another Region. A replica runs the same engine as its source.",
      ko: "읽기 전용 복제본은 RDS DB 인스턴스의 비동기 사본으로, 자체 엔드포인트를 가지며 같은 AZ·다른 AZ·다른 리전에 둘 수 있습니다. 노트는 원본 하나에 읽기 전용 복제본이 최대 5개라고 하지만 이는 오래된 내용입니다. AWS 문서에 따르면 MySQL·MariaDB·PostgreSQL은 최대 15개, Oracle과 SQL Server는 5개, Db2는 3개입니다. 원본은 자동 백업이 켜져 있어야 하고(백업 보존 기간이 0보다 큼), SQL Server와 Db2는 다른 리전에 복제본을 둘 수 없습니다. 복제본은 원본과 같은 엔진을 씁니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstanceReadReplica.html",
    notesSection: "RDS › read replicas",
    facts: ["rds_read_replicas"],
    messages: {
      tooMany: {
        en: "DB instance {source} ({engine}) has {count} read replicas; {engine} allows at most {max} per source.",
        ko: "DB 인스턴스 {source}({engine})에 읽기 전용 복제본이 {count}개 있습니다. {engine}은(는) 원본 하나에 최대 {max}개까지 허용합니다.",
      },
      noBackups: {
        en: "DB instance {source} has read replicas but its backup retention period is 0; a read replica's source needs automated backups turned on.",
        ko: "DB 인스턴스 {source}에 읽기 전용 복제본이 있지만 백업 보존 기간이 0입니다. 읽기 전용 복제본의 원본은 자동 백업이 켜져 있어야 합니다.",
      },
      crossRegion: {
        en: "Read replica {replica} is in {replicaRegion} but its source {source} ({engine}) is in {sourceRegion}; {engine} has no cross-Region read replicas.",
        ko: "읽기 전용 복제본 {replica}은(는) {replicaRegion}에 있지만 원본 {source}({engine})은(는) {sourceRegion}에 있습니다. {engine}은(는) 리전 간 읽기 전용 복제본을 지원하지 않습니다.",
      },
      engineMismatch: {
        en: "Read replica {replica} runs {replicaEngine} but its source {source} runs {engine}; a read replica uses its source's engine.",
        ko: "읽기 전용 복제본 {replica}은(는) {replicaEngine}이고 원본 {source}은(는) {engine}입니다. 읽기 전용 복제본은 원본과 같은 엔진을 씁니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.rds-instance"(source) {
        const replicas = replicasOf(index, source);
        if (replicas.length === 0) return;
        const family = engineFamily(source.props.engine);
        const label = index.label(source.id);
        if (family) {
          const max = MAX_REPLICAS[family];
          if (replicas.length > max) {
            context.report({
              messageId: "tooMany",
              nodeIds: [source.id, ...replicas.map((r) => r.id)],
              data: { source: label, engine: ENGINE_NAMES[family], count: replicas.length, max },
            });
          }
        }
        if (source.props.backupRetentionPeriod === 0) {
          context.report({
            messageId: "noBackups",
            nodeIds: [source.id],
            data: { source: label },
            fixes: [
              {
                title: { en: "Keep automated backups for 1 day", ko: "자동 백업을 1일 보존" },
                ops: [{ op: "updateNode", id: source.id, props: { backupRetentionPeriod: 1 } }],
              },
            ],
          });
        }
        for (const replica of replicas) {
          const replicaFamily = engineFamily(replica.props.engine);
          if (family && replicaFamily && replicaFamily !== family) {
            context.report({
              messageId: "engineMismatch",
              nodeIds: [replica.id, source.id],
              data: { replica: index.label(replica.id), replicaEngine: ENGINE_NAMES[replicaFamily], source: label, engine: ENGINE_NAMES[family] },
              fixes: [
                {
                  title: { en: `Set the replica's engine to ${String(source.props.engine)}`, ko: `복제본 엔진을 ${String(source.props.engine)}(으)로 설정` },
                  ops: [{ op: "updateNode", id: replica.id, props: { engine: source.props.engine } }],
                },
              ],
            });
          }
          if (!family || !NO_CROSS_REGION.has(family)) continue;
          const sourceRegion = regionOf(index, source);
          const replicaRegion = regionOf(index, replica);
          if (sourceRegion === undefined || replicaRegion === undefined || sourceRegion === replicaRegion) continue;
          context.report({
            messageId: "crossRegion",
            nodeIds: [replica.id, source.id],
            data: { replica: index.label(replica.id), replicaRegion, source: label, sourceRegion, engine: ENGINE_NAMES[family] },
          });
        }
      },
    };
  },
});

/** The distinct RDS instances the source replicates to. */
function replicasOf(index: DiagramIndex, source: DiagramNode): DiagramNode[] {
  const seen = new Set<string>();
  const result: DiagramNode[] = [];
  for (const edge of index.edgesFrom(source.id, "replication")) {
    const target = index.node(edge.target);
    if (target?.kind !== "aws.rds-instance" || target.id === source.id || seen.has(target.id)) continue;
    seen.add(target.id);
    result.push(target);
  }
  return result;
}

function engineFamily(engine: unknown): EngineFamily | undefined {
  if (typeof engine !== "string") return undefined;
  if (engine === "mysql" || engine === "mariadb" || engine === "postgres") return engine;
  if (engine.startsWith("oracle-")) return "oracle";
  if (engine.startsWith("sqlserver-")) return "sqlserver";
  if (engine.startsWith("db2-")) return "db2";
  return undefined;
}

function regionOf(index: DiagramIndex, node: DiagramNode): string | undefined {
  const code = index.ancestor(node, "aws.region")?.props.regionCode;
  return typeof code === "string" ? code : undefined;
}
