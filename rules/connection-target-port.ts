import type { DiagramIndex } from "../lib/diagram/graph";
import type { DiagramNode } from "../lib/diagram/types";
import { defineRule } from "../lib/engine/types";
import type { Text } from "../lib/i18n/text";
import { applicationPort, DEFAULT_PORTS } from "../lib/network/ports";

/** The ports a target certainly listens on, and why; undefined when the diagram does not say. */
interface Listening {
  ports: number[];
  why: Text;
}

const ENGINES: Record<string, { port: number; name: string }> = {
  mysql: { port: DEFAULT_PORTS.mysql, name: "MySQL" },
  mariadb: { port: DEFAULT_PORTS.mariadb, name: "MariaDB" },
  postgres: { port: DEFAULT_PORTS.postgres, name: "PostgreSQL" },
  oracle: { port: DEFAULT_PORTS.oracle, name: "Oracle" },
  sqlserver: { port: DEFAULT_PORTS.sqlserver, name: "SQL Server" },
};

function engineOf(engine: unknown): { port: number; name: string } | undefined {
  if (typeof engine !== "string") return undefined;
  // oracle-ee, sqlserver-se…: the family is the part before the edition. Db2's default port is not in facts.md.
  return ENGINES[engine] ?? ENGINES[engine.split("-")[0]!];
}

function listening(index: DiagramIndex, target: DiagramNode): Listening | undefined {
  switch (target.kind) {
    case "aws.rds-instance": {
      if (typeof target.props.port === "number") return { ports: [target.props.port], why: { en: "its port setting", ko: "포트 설정" } };
      const engine = engineOf(target.props.engine);
      return engine && { ports: [engine.port], why: { en: `the ${engine.name} default`, ko: `${engine.name} 기본값` } };
    }
    case "aws.efs":
      return { ports: [DEFAULT_PORTS.nfs], why: { en: "NFS, the only way to mount EFS", ko: "EFS를 탑재하는 유일한 방법인 NFS" } };
    case "aws.alb":
    case "aws.nlb": {
      const ports = index.edgesFrom(target.id, "listener").flatMap((l) => (typeof l.props.port === "number" ? [l.props.port] : []));
      return ports.length ? { ports: [...new Set(ports)].sort((a, b) => a - b), why: { en: "its listeners", ko: "리스너" } } : undefined;
    }
    default:
      // Aurora and ElastiCache can be given other ports at creation, which the registry does not hold yet.
      return undefined;
  }
}

export default defineRule({
  meta: {
    id: "connection-target-port",
    severity: "error",
    category: "network",
    scope: "component",
    title: { en: "Connections use the port the target listens on", ko: "연결은 대상이 수신하는 포트로" },
    explanation: {
      en: "A database, file system or load balancer answers on one port: an RDS instance on its port setting, or its engine's default (MySQL and MariaDB 3306, PostgreSQL 5432, Oracle 1521, SQL Server 1433); EFS on NFS, TCP 2049; a load balancer on its listeners' ports. A connection drawn to another port reaches nothing, whatever the security groups allow, and the rules opened for it open the wrong port. The notes do not list these ports; AWS documents them with each service.",
      ko: "데이터베이스, 파일 시스템, 로드 밸런서는 한 포트로 응답합니다. RDS 인스턴스는 포트 설정 또는 엔진 기본값(MySQL·MariaDB 3306, PostgreSQL 5432, Oracle 1521, SQL Server 1433), EFS는 NFS(TCP 2049), 로드 밸런서는 리스너 포트입니다. 다른 포트로 그린 연결은 보안 그룹이 무엇을 허용하든 아무 데도 닿지 않고, 그 연결을 위해 연 규칙은 엉뚱한 포트를 엽니다. 노트에는 이 포트들이 없으며, AWS 문서가 서비스마다 설명합니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ConnectToInstance.html",
    facts: ["port_service_defaults"],
    messages: {
      wrongPort: {
        en: "Connection {source} → {target} uses port {port}, but {target} listens on {listening} ({whyEn}).",
        ko: "연결 {source} → {target}이(가) 포트 {port}를 쓰지만 {target}은(는) {listening}에서 수신합니다({whyKo}).",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      diagram() {
        for (const edge of index.diagram.edges) {
          if (edge.kind !== "connection") continue;
          const port = typeof edge.props.port === "number" ? edge.props.port : applicationPort(edge.props.application);
          const target = index.node(edge.target);
          if (port === undefined || !target) continue;
          const on = listening(index, target);
          if (!on || on.ports.includes(port)) continue;
          const [first] = on.ports;
          context.report({
            messageId: "wrongPort",
            nodeIds: [edge.source, edge.target],
            data: { source: index.label(edge.source), target: index.label(target.id), port, listening: on.ports.join(", "), whyEn: on.why.en, whyKo: on.why.ko },
            fixes: [{ title: { en: `Use port ${first}`, ko: `포트 ${first} 쓰기` }, ops: [{ op: "updateEdge", id: edge.id, props: { port: first } }] }],
          });
        }
      },
    };
  },
});
