import { defineRule, type Fix } from "../lib/engine/types";
import type { DiagramEdge, DiagramNode } from "../lib/diagram/types";

type Balancer = "aws.alb" | "aws.nlb" | "aws.gwlb";

const NAMES: Record<Balancer, string> = { "aws.alb": "Application Load Balancer", "aws.nlb": "Network Load Balancer", "aws.gwlb": "Gateway Load Balancer" };
const NAMES_KO: Record<Balancer, string> = { "aws.alb": "애플리케이션 로드 밸런서", "aws.nlb": "네트워크 로드 밸런서", "aws.gwlb": "게이트웨이 로드 밸런서" };
/** Listener (and target group) protocols each load balancer type accepts. */
const PROTOCOLS: Record<Balancer, readonly string[]> = {
  "aws.alb": ["HTTP", "HTTPS"],
  "aws.nlb": ["TCP", "TLS", "UDP", "TCP_UDP"],
  "aws.gwlb": ["GENEVE"],
};
/** Target types a listener of each load balancer type can forward to. */
const TARGET_TYPES: Record<Balancer, readonly string[]> = {
  "aws.alb": ["instance", "ip", "lambda"],
  "aws.nlb": ["instance", "ip", "alb"],
  "aws.gwlb": ["instance", "ip"],
};
const GENEVE_PORT = 6081;

export default defineRule({
  meta: {
    id: "load-balancer-listeners",
    severity: "error",
    category: "network",
    scope: "component",
    title: { en: "Listener and target group protocols match the load balancer type", ko: "리스너·대상 그룹 프로토콜은 로드 밸런서 유형에 맞게" },
    explanation: {
      en: "Each load balancer type works at its own layer. An Application Load Balancer (layer 7) listens on HTTP or HTTPS and forwards to instance, IP or Lambda target groups. A Network Load Balancer (layer 4) listens on TCP, TLS, UDP or TCP_UDP and forwards to instance, IP or ALB target groups; only a TCP listener may forward to an ALB target group. A Gateway Load Balancer (layer 3) exchanges GENEVE on port 6081 with instance or IP targets. A target group's protocol follows the same split. The notes describe the three layers correctly; AWS adds the ALB-target and Lambda-target restrictions.",
      ko: "로드 밸런서 유형마다 동작하는 계층이 다릅니다. 애플리케이션 로드 밸런서(7계층)는 HTTP나 HTTPS로 수신하고 인스턴스·IP·Lambda 대상 그룹으로 전달합니다. 네트워크 로드 밸런서(4계층)는 TCP·TLS·UDP·TCP_UDP로 수신하고 인스턴스·IP·ALB 대상 그룹으로 전달하며, ALB 대상 그룹으로는 TCP 리스너만 전달할 수 있습니다. 게이트웨이 로드 밸런서(3계층)는 인스턴스나 IP 대상과 포트 6081의 GENEVE로 주고받습니다. 대상 그룹의 프로토콜도 같은 구분을 따릅니다. 노트는 세 계층을 맞게 설명하며, ALB 대상과 Lambda 대상의 제약은 AWS 문서에 있습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-listeners.html",
    notesSection: "ELB",
    facts: ["alb_protocols_routing", "nlb_protocols_targets", "gwlb_basics", "alb_target_types"],
    messages: {
      listenerProtocol: {
        en: "{typeEn} {lb} has a {protocol} listener to {group}; it listens on {allowed} only.",
        ko: "{typeKo} {lb}에 {group}(으)로 가는 {protocol} 리스너가 있습니다. 이 유형은 {allowed}만 수신합니다.",
      },
      genevePort: {
        en: "Gateway Load Balancer {lb} has a listener to {group} on port {port}; GENEVE traffic uses port 6081.",
        ko: "게이트웨이 로드 밸런서 {lb}에서 {group}(으)로 가는 리스너가 포트 {port}입니다. GENEVE 트래픽은 포트 6081을 씁니다.",
      },
      groupProtocol: {
        en: "Target group {group} uses {protocol} but is behind {typeEn} {lb}, whose target groups use {allowed}.",
        ko: "대상 그룹 {group}은(는) {protocol}을(를) 쓰지만 {typeKo} {lb} 뒤에 있습니다. 이 유형의 대상 그룹은 {allowed}을(를) 씁니다.",
      },
      groupPort: {
        en: "Target group {group} behind Gateway Load Balancer {lb} uses port {port}; GENEVE target groups use port 6081.",
        ko: "게이트웨이 로드 밸런서 {lb} 뒤의 대상 그룹 {group}이(가) 포트 {port}를 씁니다. GENEVE 대상 그룹은 포트 6081을 씁니다.",
      },
      targetType: {
        en: "{typeEn} {lb} forwards to {group}, a target group of type {targetType}; it can forward only to {allowed} target groups.",
        ko: "{typeKo} {lb}이(가) {targetType} 유형의 대상 그룹 {group}(으)로 전달합니다. 이 유형은 {allowed} 대상 그룹으로만 전달할 수 있습니다.",
      },
      albTargetNotTcp: {
        en: "Network Load Balancer {lb} forwards to ALB target group {group} with a {protocol} listener; only TCP listeners can forward to an ALB.",
        ko: "네트워크 로드 밸런서 {lb}이(가) {protocol} 리스너로 ALB 대상 그룹 {group}에 전달합니다. ALB로는 TCP 리스너만 전달할 수 있습니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    const check = (lb: DiagramNode) => {
      const kind = lb.kind as Balancer;
      const type = { en: NAMES[kind], ko: NAMES_KO[kind] };
      for (const edge of index.edgesFrom(lb.id, "listener")) {
        const group = index.node(edge.target);
        if (!group) continue;
        const base = { lb: index.label(lb.id), group: index.label(group.id), typeEn: type.en, typeKo: type.ko, allowed: PROTOCOLS[kind].join(", ") };
        const protocol = String(edge.props.protocol);
        const port = edge.props.port;
        const targetType = String(group.props.targetType);
        if (!PROTOCOLS[kind].includes(protocol)) {
          context.report({ messageId: "listenerProtocol", nodeIds: [lb.id, group.id], data: { ...base, protocol }, fixes: [listenerFix(kind, edge, targetType)] });
        } else if (kind === "aws.gwlb" && port !== GENEVE_PORT) {
          context.report({ messageId: "genevePort", nodeIds: [lb.id, group.id], data: { ...base, port: String(port) }, fixes: [listenerFix(kind, edge, targetType)] });
        } else if (kind === "aws.nlb" && targetType === "alb" && protocol !== "TCP") {
          context.report({ messageId: "albTargetNotTcp", nodeIds: [lb.id, group.id], data: { ...base, protocol }, fixes: [listenerFix(kind, edge, targetType)] });
        }
        if (!TARGET_TYPES[kind].includes(targetType)) {
          context.report({ messageId: "targetType", nodeIds: [lb.id, group.id], data: { ...base, targetType, allowed: TARGET_TYPES[kind].join(", ") } });
          continue;
        }
        // A lambda target group has no protocol or port.
        if (targetType === "lambda") continue;
        const groupProtocol = String(group.props.protocol);
        if (!PROTOCOLS[kind].includes(groupProtocol)) {
          context.report({ messageId: "groupProtocol", nodeIds: [group.id, lb.id], data: { ...base, protocol: groupProtocol }, fixes: [groupFix(kind, group)] });
        } else if (kind === "aws.gwlb" && group.props.port !== undefined && group.props.port !== GENEVE_PORT) {
          context.report({ messageId: "groupPort", nodeIds: [group.id, lb.id], data: { ...base, port: String(group.props.port) }, fixes: [groupFix(kind, group)] });
        }
      }
    };
    return { "aws.alb": check, "aws.nlb": check, "aws.gwlb": check };
  },
});

/** The listener's protocol (and port) made right for the load balancer type. */
function listenerFix(kind: Balancer, edge: DiagramEdge, targetType: string): Fix {
  const props: Record<string, unknown> =
    kind === "aws.gwlb"
      ? { protocol: "GENEVE", port: GENEVE_PORT }
      : kind === "aws.nlb"
        ? { protocol: edge.props.protocol === "HTTPS" && targetType !== "alb" ? "TLS" : "TCP" }
        : { protocol: edge.props.port === 443 || edge.props.protocol === "TLS" ? "HTTPS" : "HTTP" };
  const what = kind === "aws.gwlb" ? "GENEVE on port 6081" : String(props.protocol);
  return { title: { en: `Listen on ${what}`, ko: `${what}(으)로 수신` }, ops: [{ op: "updateEdge", id: edge.id, props }] };
}

function groupFix(kind: Balancer, group: DiagramNode): Fix {
  const props: Record<string, unknown> =
    kind === "aws.gwlb" ? { protocol: "GENEVE", port: GENEVE_PORT } : kind === "aws.nlb" ? { protocol: group.props.protocol === "HTTPS" ? "TLS" : "TCP" } : { protocol: group.props.protocol === "TLS" ? "HTTPS" : "HTTP" };
  const what = kind === "aws.gwlb" ? "GENEVE on port 6081" : String(props.protocol);
  return { title: { en: `Use ${what} for the target group`, ko: `대상 그룹에 ${what} 사용` }, ops: [{ op: "updateNode", id: group.id, props }] };
}
