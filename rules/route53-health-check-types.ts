import { Address4, Address6 } from "ip-address";
import { defineRule } from "../lib/engine/types";

const ENDPOINT_TYPES = ["HTTP", "HTTPS", "HTTP_STR_MATCH", "HTTPS_STR_MATCH", "TCP"];
const MAX_CHILDREN = 256;

/** IPv4 ranges Route 53's public health checkers, which sit on the internet, cannot reach. */
const UNREACHABLE_V4 = [
  "0.0.0.0/8",
  "10.0.0.0/8",
  "100.64.0.0/10",
  "127.0.0.0/8",
  "169.254.0.0/16",
  "172.16.0.0/12",
  "192.168.0.0/16",
  "224.0.0.0/4",
  "240.0.0.0/4",
].map((cidr) => new Address4(cidr));
const UNREACHABLE_V6 = ["::1/128", "fc00::/7", "fe80::/10", "ff00::/8"].map((cidr) => new Address6(cidr));

export default defineRule({
  meta: {
    id: "route53-health-check-types",
    severity: "error",
    category: "dns-and-edge",
    title: { en: "Health checks: public checks probe public endpoints, calculated checks have children", ko: "상태 확인: 퍼블릭 확인은 공개 엔드포인트를, 계산된 확인은 하위 확인을" },
    explanation: {
      en: "An endpoint health check (HTTP, HTTPS, TCP, or HTTP/HTTPS with string matching, which reads only the first 5,120 bytes of the body) probes an IP address or domain name. A public endpoint check comes from Route 53's checkers on the internet, so it cannot reach a private address; the notes say a private resource is watched through a CloudWatch-alarm check, and AWS now also offers private endpoint health checks, sent from a health check source in the VPC (https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/health-checks-private-endpoints.html), which this rule accepts. A calculated health check combines up to 256 child checks (health-check edges to them) and is healthy when at least its health threshold of them are. The notes describe these types correctly otherwise.",
      ko: "엔드포인트 상태 확인(HTTP, HTTPS, TCP, 또는 본문의 처음 5,120바이트만 읽는 문자열 일치 HTTP/HTTPS)은 IP 주소나 도메인 이름을 검사합니다. 퍼블릭 엔드포인트 확인은 인터넷에 있는 Route 53 검사기에서 오므로 프라이빗 주소에 닿지 못합니다. 노트는 프라이빗 리소스를 CloudWatch 경보 상태 확인으로 지켜본다고 하며, AWS는 이제 VPC 안의 상태 확인 소스에서 보내는 프라이빗 엔드포인트 상태 확인도 제공하므로(https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/health-checks-private-endpoints.html) 이 규칙은 이를 허용합니다. 계산된 상태 확인은 하위 상태 확인(그쪽으로 가는 상태 확인 연결)을 최대 256개까지 묶고, 그중 정상인 것이 상태 임계값 이상이면 정상입니다. 그 밖의 유형 설명은 노트가 맞습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/health-checks-creating-values.html",
    notesSection: "Route 53 › health checks",
    facts: ["r53_health_check_types"],
    messages: {
      noChildren: {
        en: "Calculated health check {check} has no child health checks; it combines the status of the checks it is joined to.",
        ko: "계산된 상태 확인 {check}에 하위 상태 확인이 없습니다. 계산된 확인은 연결된 확인들의 상태를 묶습니다.",
      },
      tooManyChildren: {
        en: "Calculated health check {check} has {count} child health checks; it can combine at most 256.",
        ko: "계산된 상태 확인 {check}에 하위 상태 확인이 {count}개 있습니다. 최대 256개까지 묶을 수 있습니다.",
      },
      thresholdAboveChildren: {
        en: "Calculated health check {check} needs {threshold} healthy children but has only {count}, so Route 53 always considers it unhealthy.",
        ko: "계산된 상태 확인 {check}은(는) 정상인 하위 확인이 {threshold}개 필요하지만 {count}개뿐이어서, Route 53이 항상 비정상으로 봅니다.",
      },
      thresholdRange: {
        en: "Calculated health check {check} has a health threshold of {threshold}; it is 0 to 256.",
        ko: "계산된 상태 확인 {check}의 상태 임계값이 {threshold}입니다. 상태 임계값은 0~256입니다.",
      },
      childrenNotCalculated: {
        en: "{type} health check {check} has child health checks ({children}); only a calculated health check combines other checks.",
        ko: "{type} 상태 확인 {check}에 하위 상태 확인({children})이 있습니다. 다른 확인을 묶는 것은 계산된 상태 확인뿐입니다.",
      },
      noEndpoint: {
        en: "The diagram gives {type} health check {check} no endpoint; an endpoint check needs an IP address or a domain name.",
        ko: "다이어그램에 {type} 상태 확인 {check}의 엔드포인트가 없습니다. 엔드포인트 확인에는 IP 주소나 도메인 이름이 필요합니다.",
      },
      privateEndpoint: {
        en: "Public endpoint health check {check} probes {ip}, an address Route 53's health checkers on the internet cannot reach; check a public address, or use a private endpoint health check or a CloudWatch alarm for a private resource.",
        ko: "퍼블릭 엔드포인트 상태 확인 {check}이(가) 검사하는 {ip}은(는) 인터넷에 있는 Route 53 검사기가 닿을 수 없는 주소입니다. 공개 주소를 검사하거나, 프라이빗 리소스에는 프라이빗 엔드포인트 상태 확인이나 CloudWatch 경보를 쓰세요.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.route53-health-check"(check) {
        const type = String(check.props.type);
        const label = index.label(check.id);
        const children = [...new Set(index.edgesFrom(check.id, "health-check").map((e) => e.target))];
        if (type === "CALCULATED") {
          const threshold = check.props.healthThreshold;
          if (children.length === 0) {
            context.report({ messageId: "noChildren", nodeIds: [check.id], data: { check: label }, severity: "warning" });
          } else if (children.length > MAX_CHILDREN) {
            context.report({ messageId: "tooManyChildren", nodeIds: [check.id], data: { check: label, count: children.length } });
          }
          if (typeof threshold !== "number") return;
          if (threshold < 0 || threshold > MAX_CHILDREN) {
            context.report({
              messageId: "thresholdRange",
              nodeIds: [check.id],
              data: { check: label, threshold },
              fixes: [setThreshold(check.id, Math.min(Math.max(threshold, 0), Math.max(children.length, 1), MAX_CHILDREN))],
            });
          } else if (children.length > 0 && threshold > children.length) {
            context.report({
              messageId: "thresholdAboveChildren",
              nodeIds: [check.id, ...children],
              data: { check: label, threshold, count: children.length },
              fixes: [setThreshold(check.id, children.length)],
              severity: "warning",
            });
          }
          return;
        }
        if (children.length > 0) {
          context.report({
            messageId: "childrenNotCalculated",
            nodeIds: [check.id, ...children],
            data: { check: label, type, children: children.map((id) => index.label(id)).join(", ") },
            fixes: [{ title: { en: "Make it a calculated health check", ko: "계산된 상태 확인으로 바꾸기" }, ops: [{ op: "updateNode", id: check.id, props: { type: "CALCULATED" } }] }],
          });
        }
        if (!ENDPOINT_TYPES.includes(type)) return;
        const ip = check.props.ipAddress;
        if (typeof ip === "string") {
          if (check.props.endpointType !== "PRIVATE" && unreachable(ip)) context.report({ messageId: "privateEndpoint", nodeIds: [check.id], data: { check: label, ip } });
        } else if (typeof check.props.fullyQualifiedDomainName !== "string") {
          // Not knowing the endpoint is a gap in the drawing more than a fault in the design.
          context.report({ messageId: "noEndpoint", nodeIds: [check.id], data: { check: label, type }, severity: "info" });
        }
      },
    };
  },
});

function setThreshold(id: string, value: number) {
  return {
    title: { en: `Set the health threshold to ${value}`, ko: `상태 임계값을 ${value}(으)로 설정` },
    ops: [{ op: "updateNode" as const, id, props: { healthThreshold: value } }],
  };
}

/** Whether the text is an IP address in a private, shared, loopback, link-local or multicast range. */
function unreachable(text: string): boolean {
  if (Address4.isValid(text)) {
    const address = new Address4(text);
    return UNREACHABLE_V4.some((range) => address.isInSubnet(range));
  }
  if (Address6.isValid(text)) {
    const address = new Address6(text);
    return UNREACHABLE_V6.some((range) => address.isInSubnet(range));
  }
  return false;
}
