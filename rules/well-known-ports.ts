import type { DiagramEdge } from "../lib/diagram/types";
import { defineRule, type Fix } from "../lib/engine/types";
import { APPLICATION_PORTS, applicationPort } from "../lib/network/ports";

/** The port the notes give for HTTPS, which is wrong (facts: port_https_443). */
const NOTES_HTTPS_PORT = 442;

const NAMES: Record<keyof typeof APPLICATION_PORTS, string> = { ftp: "FTP", ssh: "SSH", sftp: "SFTP", http: "HTTP", https: "HTTPS", rdp: "RDP" };

export default defineRule({
  meta: {
    id: "well-known-ports",
    severity: "warning",
    category: "network",
    scope: "component",
    title: { en: "Protocols on their well-known ports", ko: "프로토콜은 잘 알려진 포트로" },
    explanation: {
      en: "Clients connect to a protocol's well-known port unless told otherwise: FTP TCP 21, SSH and SFTP TCP 22, HTTP TCP 80, HTTPS TCP 443, RDP TCP 3389 (IANA's registry). A connection marked with a protocol but drawn to another port, or a load balancer listener whose protocol and port are swapped (HTTP on 443, HTTPS on 80), sends clients somewhere the service is not, and security group and network ACL rules written for the usual port will not match. The notes' port table (1.1 Knowledge › ports) gives 442 for HTTPS; AWS and IANA document 443 (RFC 2818).",
      ko: "클라이언트는 따로 정하지 않으면 프로토콜의 잘 알려진 포트로 연결합니다: FTP TCP 21, SSH·SFTP TCP 22, HTTP TCP 80, HTTPS TCP 443, RDP TCP 3389(IANA 레지스트리). 프로토콜을 표시한 연결을 다른 포트로 그리거나, 로드 밸런서 리스너의 프로토콜과 포트가 뒤바뀌면(443의 HTTP, 80의 HTTPS) 클라이언트는 서비스가 없는 곳으로 가고, 보통 포트에 맞춰 쓴 보안 그룹·네트워크 ACL 규칙도 맞지 않습니다. 노트의 포트 표(1.1 Knowledge › 포트)는 HTTPS를 442라고 하지만, AWS와 IANA 문서에 따르면 443입니다(RFC 2818).",
    },
    docsUrl: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/create-https-listener.html",
    notesSection: "1.1 Knowledge › ports",
    facts: ["port_well_known", "port_https_443"],
    messages: {
      https442: {
        en: "Connection {source} → {target} is HTTPS on port 442; the notes say 442, but HTTPS is TCP 443 (IANA, RFC 2818).",
        ko: "연결 {source} → {target}이(가) 포트 442의 HTTPS입니다. 노트는 442라고 하지만 HTTPS는 TCP 443입니다(IANA, RFC 2818).",
      },
      otherPort: {
        en: "Connection {source} → {target} is {protocol} on port {port}; {protocol}'s well-known port is {wellKnown}, so clients reach port {port} only when told to.",
        ko: "연결 {source} → {target}이(가) 포트 {port}의 {protocol}입니다. {protocol}의 잘 알려진 포트는 {wellKnown}이므로, 클라이언트는 따로 지정해야만 포트 {port}로 연결합니다.",
      },
      listener442: {
        en: "Load balancer {lb} has an HTTPS listener on port 442; the notes say 442, but HTTPS is TCP 443 (IANA, RFC 2818), where https:// clients connect.",
        ko: "로드 밸런서 {lb}에 포트 442의 HTTPS 리스너가 있습니다. 노트는 442라고 하지만 HTTPS는 TCP 443이며(IANA, RFC 2818), https:// 클라이언트는 443으로 연결합니다.",
      },
      listenerSwapped: {
        en: "Load balancer {lb} has an {protocol} listener on port {port}, the well-known port of {other}; clients connecting there speak {other}, not {protocol}.",
        ko: "로드 밸런서 {lb}에 포트 {port}의 {protocol} 리스너가 있는데, 이 포트는 {other}의 잘 알려진 포트입니다. 그 포트로 연결하는 클라이언트는 {protocol}이(가) 아니라 {other}을(를) 씁니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    const setPort = (edge: DiagramEdge, port: number): Fix[] => {
      // Not onto a port another listener of the same load balancer already uses.
      if (edge.kind === "listener" && index.edgesFrom(edge.source, "listener").some((l) => l.id !== edge.id && l.props.port === port)) return [];
      return [{ title: { en: `Use port ${port}`, ko: `포트 ${port} 쓰기` }, ops: [{ op: "updateEdge", id: edge.id, props: { port } }] }];
    };
    return {
      diagram() {
        for (const edge of index.diagram.edges) {
          if (edge.kind === "connection") {
            const wellKnown = applicationPort(edge.props.application);
            const port = edge.props.port;
            if (wellKnown === undefined || typeof port !== "number" || port === wellKnown) continue;
            const names = { source: index.label(edge.source), target: index.label(edge.target) };
            const nodeIds = [edge.source, edge.target];
            if (edge.props.application === "https" && port === NOTES_HTTPS_PORT) {
              context.report({ messageId: "https442", nodeIds, data: names, fixes: setPort(edge, wellKnown) });
            } else {
              const protocol = NAMES[edge.props.application as keyof typeof NAMES];
              context.report({ messageId: "otherPort", nodeIds, data: { ...names, protocol, port, wellKnown }, severity: "info", fixes: setPort(edge, wellKnown) });
            }
          } else if (edge.kind === "listener") {
            const { protocol, port } = edge.props;
            const lb = index.label(edge.source);
            if (protocol === "HTTPS" && port === NOTES_HTTPS_PORT) {
              context.report({ messageId: "listener442", nodeIds: [edge.source], data: { lb }, fixes: setPort(edge, APPLICATION_PORTS.https) });
            } else if (protocol === "HTTP" && port === APPLICATION_PORTS.https) {
              context.report({ messageId: "listenerSwapped", nodeIds: [edge.source], data: { lb, protocol: "HTTP", port: APPLICATION_PORTS.https, other: "HTTPS" }, fixes: setPort(edge, APPLICATION_PORTS.http) });
            } else if (protocol === "HTTPS" && port === APPLICATION_PORTS.http) {
              context.report({ messageId: "listenerSwapped", nodeIds: [edge.source], data: { lb, protocol: "HTTPS", port: APPLICATION_PORTS.http, other: "HTTP" }, fixes: setPort(edge, APPLICATION_PORTS.https) });
            }
          }
        }
      },
    };
  },
});
