import { defineRule } from "../lib/engine/types";
import type { DiagramEdge, DiagramNode } from "../lib/diagram/types";

const SECURE = ["HTTPS", "TLS"];
/** Certificates per load balancer beyond each listener's default one (adjustable quota). */
const MAX_EXTRA_CERTIFICATES = 25;

export default defineRule({
  meta: {
    id: "load-balancer-certificates",
    severity: "error",
    category: "network",
    title: { en: "HTTPS and TLS listeners have a certificate; at most 25 more per load balancer", ko: "HTTPS·TLS 리스너에는 인증서가 있고, 로드 밸런서마다 추가 인증서는 최대 25개" },
    explanation: {
      en: "An HTTPS listener (Application Load Balancer) or TLS listener (Network Load Balancer) terminates TLS, so it needs a default server certificate. More certificates can be added to the listener's certificate list; the load balancer then picks one per connection by the host name the client sends (SNI). Each load balancer takes up to 25 certificates beyond the listeners' default ones, a quota AWS can raise. The notes say the same.",
      ko: "HTTPS 리스너(애플리케이션 로드 밸런서)와 TLS 리스너(네트워크 로드 밸런서)는 TLS를 종료하므로 기본 서버 인증서가 필요합니다. 리스너의 인증서 목록에 인증서를 더 넣을 수 있고, 그러면 로드 밸런서가 연결마다 클라이언트가 보낸 호스트 이름(SNI)으로 인증서를 고릅니다. 로드 밸런서마다 리스너의 기본 인증서를 빼고 인증서를 최대 25개까지 둘 수 있으며, 이 할당량은 AWS에 요청해 늘릴 수 있습니다. 노트의 내용과 같습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html",
    notesSection: "ELB",
    facts: ["elb_sni_certs"],
    messages: {
      noCertificate: {
        en: "The {protocol} listener of {lb} on port {port} has no certificate; an {protocol} listener needs a default server certificate.",
        ko: "{lb}의 포트 {port} {protocol} 리스너에 인증서가 없습니다. {protocol} 리스너에는 기본 서버 인증서가 필요합니다.",
      },
      tooMany: {
        en: "{lb} has {count} certificates beyond its listeners' default ones; a load balancer takes 25 unless AWS raises the quota.",
        ko: "{lb}에 리스너 기본 인증서 외의 인증서가 {count}개 있습니다. 로드 밸런서는 AWS가 할당량을 늘려 주지 않는 한 25개까지 둘 수 있습니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    const check = (lb: DiagramNode) => {
      // One listener per port; it shows as one edge per target group it forwards to.
      const listeners = new Map<number, DiagramEdge[]>();
      for (const edge of index.edgesFrom(lb.id, "listener")) {
        if (!SECURE.includes(String(edge.props.protocol)) || typeof edge.props.port !== "number") continue;
        listeners.set(edge.props.port, [...(listeners.get(edge.props.port) ?? []), edge]);
      }
      let extra = 0;
      for (const [port, edges] of listeners) {
        const counts = edges.map((e) => e.props.certificates).filter((c): c is number => typeof c === "number");
        if (counts.length === 0) continue;
        const certificates = Math.max(...counts);
        extra += Math.max(0, certificates - 1);
        if (certificates > 0) continue;
        const protocol = String(edges[0]!.props.protocol);
        context.report({
          messageId: "noCertificate",
          nodeIds: [lb.id, ...new Set(edges.map((e) => e.target))],
          data: { lb: index.label(lb.id), protocol, port },
          fixes: [{ title: { en: "Give the listener a certificate", ko: "리스너에 인증서 지정" }, ops: edges.map((e) => ({ op: "updateEdge" as const, id: e.id, props: { certificates: 1 } })) }],
        });
      }
      if (extra > MAX_EXTRA_CERTIFICATES) {
        context.report({ messageId: "tooMany", nodeIds: [lb.id], data: { lb: index.label(lb.id), count: extra }, severity: "warning" });
      }
    };
    return { "aws.alb": check, "aws.nlb": check };
  },
});
