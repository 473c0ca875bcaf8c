import type { DiagramIndex } from "../diagram/graph";
import type { DiagramNode } from "../diagram/types";

/**
 * Default ports a connection check uses when the edge names none (facts: port_service_defaults,
 * port_https_443, port_well_known). The one place these numbers live.
 */
export const DEFAULT_PORTS = {
  mysql: 3306,
  mariadb: 3306,
  "aurora-mysql": 3306,
  postgres: 5432,
  "aurora-postgresql": 5432,
  sqlserver: 1433,
  oracle: 1521,
  redis: 6379,
  valkey: 6379,
  memcached: 11211,
  nfs: 2049,
  geneve: 6081,
  https: 443,
  http: 80,
  ssh: 22,
} as const;

/**
 * The well-known TCP port of each application protocol a connection edge can name (facts:
 * port_well_known, port_https_443: HTTPS is 443; the notes' 442 is wrong).
 * https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml
 */
export const APPLICATION_PORTS = {
  ftp: 21,
  ssh: 22,
  sftp: 22,
  http: 80,
  https: 443,
  rdp: 3389,
} as const;

export type Application = keyof typeof APPLICATION_PORTS;

/** The well-known port of a connection edge's `application`; undefined when it names none. */
export function applicationPort(application: unknown): number | undefined {
  return typeof application === "string" && Object.hasOwn(APPLICATION_PORTS, application) ? APPLICATION_PORTS[application as Application] : undefined;
}

/** Ephemeral ports a stateless ACL must allow for return traffic (facts: nacl_rules). */
export const EPHEMERAL = { from: 1024, to: 65535 } as const;

function rdsEnginePort(engine: unknown): number | undefined {
  if (typeof engine !== "string") return undefined;
  if (engine === "mysql" || engine === "mariadb") return DEFAULT_PORTS.mysql;
  if (engine === "postgres") return DEFAULT_PORTS.postgres;
  if (engine.startsWith("oracle")) return DEFAULT_PORTS.oracle;
  if (engine.startsWith("sqlserver")) return DEFAULT_PORTS.sqlserver;
  // Db2's default port is not in facts.md: the connection check says unknown rather than guess.
  return undefined;
}

/** The port a client connects to on the target when the connection edge names none; undefined when nothing says. */
export function defaultPortOf(index: DiagramIndex, target: DiagramNode): number | undefined {
  switch (target.kind) {
    case "aws.rds-instance":
      return typeof target.props.port === "number" ? target.props.port : rdsEnginePort(target.props.engine);
    case "aws.aurora-cluster":
      return target.props.engine === "aurora-postgresql" ? DEFAULT_PORTS["aurora-postgresql"] : DEFAULT_PORTS["aurora-mysql"];
    case "aws.rds-proxy":
      // A proxy listens on its engine family's default port.
      return target.props.engineFamily === "POSTGRESQL" ? DEFAULT_PORTS.postgres : target.props.engineFamily === "SQLSERVER" ? DEFAULT_PORTS.sqlserver : DEFAULT_PORTS.mysql;
    case "aws.elasticache-cluster":
      return target.props.engine === "memcached" ? DEFAULT_PORTS.memcached : DEFAULT_PORTS.redis;
    case "aws.efs":
      return DEFAULT_PORTS.nfs;
    case "aws.alb":
    case "aws.nlb": {
      const listener = index.edgesFrom(target.id, "listener")[0];
      return typeof listener?.props.port === "number" ? listener.props.port : undefined;
    }
    case "aws.lambda":
    case "aws.s3-bucket":
    case "aws.dynamodb-table":
    case "aws.sqs-queue":
    case "aws.sns-topic":
    case "aws.api-gateway":
    case "aws.cloudfront-distribution":
    case "ext.internet":
      return DEFAULT_PORTS.https;
    default:
      return undefined;
  }
}
