import { defineRule, type Fix } from "../lib/engine/types";
import { createEdge } from "../lib/diagram/create";
import type { DiagramIndex } from "../lib/diagram/graph";
import type { DiagramNode } from "../lib/diagram/types";
import { firstSubnetPerOtherZone } from "../lib/network/cidr";

type EngineFamily = "MYSQL" | "POSTGRESQL" | "SQLSERVER";

const FAMILY_NAMES: Record<EngineFamily, string> = { MYSQL: "MySQL", POSTGRESQL: "PostgreSQL", SQLSERVER: "SQL Server" };

export default defineRule({
  meta: {
    id: "rds-proxy",
    severity: "error",
    category: "database",
    title: { en: "RDS Proxy: one supported database, in its VPC, never public", ko: "RDS 프록시: 지원되는 데이터베이스 하나, 같은 VPC, 퍼블릭 불가" },
    explanation: {
      en: "RDS Proxy pools connections to one RDS DB instance or Aurora cluster. It must be in the same VPC as that database, in subnets of at least two Availability Zones, and it is never publicly accessible: clients reach it from inside the VPC (or a peered one), never from the internet. In a replication setup it fronts the writer, not a read replica. The notes say RDS Proxy supports MySQL, PostgreSQL and MariaDB and enforces IAM authentication; AWS documents SQL Server support too (Oracle and Db2 are not supported), and IAM authentication is optional: the proxy can take database credentials from Secrets Manager (up to 200 secrets).",
      ko: "RDS 프록시는 RDS DB 인스턴스나 Aurora 클러스터 하나로 가는 연결을 풀링합니다. 그 데이터베이스와 같은 VPC에, 두 개 이상의 가용 영역 서브넷에 있어야 하며, 퍼블릭으로 접근할 수 없습니다. 클라이언트는 VPC 안(또는 피어링된 VPC)에서만 닿고 인터넷에서는 닿지 않습니다. 복제 구성에서는 읽기 전용 복제본이 아니라 라이터 앞에 둡니다. 노트는 RDS 프록시가 MySQL·PostgreSQL·MariaDB를 지원하고 IAM 인증을 강제한다고 하지만, AWS 문서에 따르면 SQL Server도 지원하고(Oracle과 Db2는 미지원) IAM 인증은 선택 사항입니다. 프록시는 Secrets Manager의 데이터베이스 자격 증명(최대 200개 보안 암호)을 쓸 수 있습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy.html",
    notesSection: "RDS Proxy",
    facts: ["rds_proxy"],
    messages: {
      otherVpc: {
        en: "RDS Proxy {proxy} is in VPC {proxyVpc} but its target {db} is in VPC {dbVpc}; a proxy must be in its database's VPC.",
        ko: "RDS 프록시 {proxy}은(는) VPC {proxyVpc}에 있지만 대상 {db}은(는) VPC {dbVpc}에 있습니다. 프록시는 데이터베이스와 같은 VPC에 있어야 합니다.",
      },
      unsupportedEngine: {
        en: "RDS Proxy {proxy} targets {db}, which runs {engine}; RDS Proxy supports MySQL, MariaDB, PostgreSQL and SQL Server, not Oracle or Db2.",
        ko: "RDS 프록시 {proxy}의 대상 {db}은(는) {engine}입니다. RDS 프록시는 MySQL·MariaDB·PostgreSQL·SQL Server를 지원하며 Oracle과 Db2는 지원하지 않습니다.",
      },
      familyMismatch: {
        en: "RDS Proxy {proxy} is for the {family} engine family but its target {db} runs {engine}.",
        ko: "RDS 프록시 {proxy}의 엔진 패밀리는 {family}인데 대상 {db}은(는) {engine}입니다.",
      },
      readReplica: {
        en: "RDS Proxy {proxy} targets {db}, a read replica of {source}; in a replication setup a proxy can be associated only with the writer DB instance.",
        ko: "RDS 프록시 {proxy}의 대상 {db}은(는) {source}의 읽기 전용 복제본입니다. 복제 구성에서 프록시는 라이터 DB 인스턴스에만 연결할 수 있습니다.",
      },
      manyTargets: {
        en: "RDS Proxy {proxy} targets {count} databases ({dbs}); a proxy fronts a single DB instance or cluster (use one proxy per database).",
        ko: "RDS 프록시 {proxy}의 대상이 데이터베이스 {count}개({dbs})입니다. 프록시 하나는 DB 인스턴스나 클러스터 하나만 대상으로 합니다(데이터베이스마다 프록시를 두세요).",
      },
      oneZone: {
        en: "RDS Proxy {proxy} has subnets in only one Availability Zone ({zone}); RDS Proxy needs subnets in at least two.",
        ko: "RDS 프록시 {proxy}의 서브넷이 가용 영역 하나({zone})에만 있습니다. RDS 프록시에는 두 개 이상의 가용 영역 서브넷이 필요합니다.",
      },
      fromInternet: {
        en: "A connection from {client} to RDS Proxy {proxy} cannot work: a proxy is never publicly accessible, only from inside its VPC.",
        ko: "{client}에서 RDS 프록시 {proxy}(으)로 가는 연결은 동작할 수 없습니다. 프록시는 퍼블릭으로 접근할 수 없고 VPC 안에서만 닿습니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.rds-proxy"(proxy) {
        const label = index.label(proxy.id);
        const targets = targetsOf(index, proxy);
        if (targets.length > 1) {
          context.report({
            messageId: "manyTargets",
            nodeIds: [proxy.id, ...targets.map((t) => t.id)],
            data: { proxy: label, count: targets.length, dbs: targets.map((t) => index.label(t.id)).join(", ") },
          });
        }
        const proxyVpc = index.vpcOf(proxy);
        for (const db of targets) {
          const names = { proxy: label, db: index.label(db.id) };
          const dbVpc = index.vpcOf(db);
          if (proxyVpc && dbVpc && proxyVpc.id !== dbVpc.id) {
            context.report({ messageId: "otherVpc", nodeIds: [proxy.id, db.id], data: { ...names, proxyVpc: index.label(proxyVpc.id), dbVpc: index.label(dbVpc.id) } });
          }
          const engine = String(db.props.engine);
          const family = familyOf(engine);
          if (family === null) {
            context.report({ messageId: "unsupportedEngine", nodeIds: [proxy.id, db.id], data: { ...names, engine } });
          } else if (family !== undefined && family !== proxy.props.engineFamily) {
            context.report({
              messageId: "familyMismatch",
              nodeIds: [proxy.id, db.id],
              data: { ...names, family: FAMILY_NAMES[proxy.props.engineFamily as EngineFamily] ?? String(proxy.props.engineFamily), engine },
              fixes: [
                {
                  title: { en: `Set the proxy's engine family to ${family}`, ko: `프록시 엔진 패밀리를 ${family}(으)로 설정` },
                  ops: [{ op: "updateNode", id: proxy.id, props: { engineFamily: family } }],
                },
              ],
            });
          }
          const source = replicaSourceOf(index, db);
          if (source) {
            const alreadyTarget = targets.some((t) => t.id === source.id);
            context.report({
              messageId: "readReplica",
              nodeIds: [proxy.id, db.id, source.id],
              data: { ...names, source: index.label(source.id) },
              fixes: alreadyTarget ? [] : [retarget(index, proxy, db, source)],
            });
          }
        }
        for (const edge of index.edgesTo(proxy.id, "connection")) {
          const client = index.node(edge.source);
          if (client?.kind !== "ext.internet") continue;
          context.report({ messageId: "fromInternet", nodeIds: [proxy.id, client.id], data: { proxy: label, client: index.label(client.id) } });
        }
        const subnets = index.subnetsOf(proxy);
        const zones = subnets.map((s) => index.zoneOf(s));
        // A subnet of unknown zone may be the second zone: report only what is certain.
        if (subnets.length === 0 || zones.some((z) => z === undefined)) return;
        const known = new Set(zones as string[]);
        if (known.size >= 2) return;
        const [zone] = known;
        context.report({
          messageId: "oneZone",
          nodeIds: [proxy.id, ...subnets.map((s) => s.id)],
          data: { proxy: label, zone: zone! },
          fixes: firstSubnetPerOtherZone(index, proxy, known).map((s) => placeIn(index, proxy, s)),
          // AWS words it as "should have a minimum of two subnets in different AZs".
          severity: "warning",
        });
      },
    };
  },
});

/** The distinct databases of the proxy's target group. */
function targetsOf(index: DiagramIndex, proxy: DiagramNode): DiagramNode[] {
  const seen = new Set<string>();
  const result: DiagramNode[] = [];
  for (const edge of index.edgesFrom(proxy.id, "proxy-target")) {
    const target = index.node(edge.target);
    if (!target || seen.has(target.id)) continue;
    seen.add(target.id);
    result.push(target);
  }
  return result;
}

/** The proxy's engine family for a database engine; null when RDS Proxy does not support it, undefined when unknown. */
function familyOf(engine: string): EngineFamily | null | undefined {
  if (engine === "mysql" || engine === "mariadb" || engine === "aurora-mysql") return "MYSQL";
  if (engine === "postgres" || engine === "aurora-postgresql") return "POSTGRESQL";
  if (engine.startsWith("sqlserver-")) return "SQLSERVER";
  if (engine.startsWith("oracle-") || engine.startsWith("db2-")) return null;
  return undefined;
}

/** The DB instance the database is a read replica of, if it is one. */
function replicaSourceOf(index: DiagramIndex, db: DiagramNode): DiagramNode | undefined {
  if (db.kind !== "aws.rds-instance") return undefined;
  for (const edge of index.edgesTo(db.id, "replication")) {
    const source = index.node(edge.source);
    if (source?.kind === "aws.rds-instance" && source.id !== db.id) return source;
  }
  return undefined;
}

function retarget(index: DiagramIndex, proxy: DiagramNode, replica: DiagramNode, source: DiagramNode): Fix {
  const label = index.label(source.id);
  return {
    title: { en: `Target the writer ${label} instead`, ko: `대신 라이터 ${label}을(를) 대상으로 지정` },
    ops: [
      ...index.edgesFrom(proxy.id, "proxy-target").filter((e) => e.target === replica.id).map((e) => ({ op: "removeEdge" as const, id: e.id })),
      { op: "addEdge", edge: createEdge(index.diagram, "proxy-target", proxy.id, source.id) },
    ],
  };
}

function placeIn(index: DiagramIndex, proxy: DiagramNode, subnet: DiagramNode): Fix {
  const label = index.label(subnet.id);
  const zone = index.zoneOf(subnet)!;
  return {
    title: { en: `Add subnet ${label} (${zone}) to the proxy`, ko: `프록시에 서브넷 ${label}(${zone}) 추가` },
    ops: [{ op: "addEdge", edge: createEdge(index.diagram, "placement", proxy.id, subnet.id) }],
  };
}
