import { defineRule, type Fix } from "../lib/engine/types";
import type { DiagramIndex } from "../lib/diagram/graph";
import type { DiagramNode } from "../lib/diagram/types";

type Balancer = "aws.alb" | "aws.nlb" | "aws.gwlb";

const NAMES: Record<Balancer, { en: string; ko: string }> = {
  "aws.alb": { en: "Application Load Balancer", ko: "애플리케이션 로드 밸런서" },
  "aws.nlb": { en: "Network Load Balancer", ko: "네트워크 로드 밸런서" },
  "aws.gwlb": { en: "Gateway Load Balancer", ko: "게이트웨이 로드 밸런서" },
};
/** Stickiness types each load balancer type offers; the first is the fix's choice. */
const STICKINESS: Record<Balancer, readonly string[]> = {
  "aws.alb": ["lb_cookie", "app_cookie"],
  "aws.nlb": ["source_ip"],
  "aws.gwlb": ["source_ip_dest_ip", "source_ip_dest_ip_proto"],
};
const PROTOCOL_BALANCER: Record<string, Balancer> = { HTTP: "aws.alb", HTTPS: "aws.alb", TCP: "aws.nlb", TLS: "aws.nlb", UDP: "aws.nlb", TCP_UDP: "aws.nlb", GENEVE: "aws.gwlb" };
const DELAY = { min: 0, max: 3600 };
/** lb_cookie stickiness lasts 1 second to 7 days. */
const DURATION = { min: 1, max: 604_800 };
/** Cookie names the load balancer keeps for itself (AWSALB, AWSALBAPP, AWSALBTG). */
const RESERVED_COOKIE_PREFIX = "AWSALB";

export default defineRule({
  meta: {
    id: "target-group-attributes",
    severity: "error",
    category: "network",
    title: { en: "Target group attributes: deregistration delay, stickiness, cross-zone", ko: "대상 그룹 속성: 등록 취소 지연, 고정 세션, 영역 간 로드 밸런싱" },
    explanation: {
      en: "A target group's attributes depend on the load balancer type in front of it. Deregistration delay (connection draining) is 0 to 3,600 seconds, 300 by default; the notes say Gateway Load Balancers lack it, but AWS documents deregistration_delay.timeout_seconds on GWLB target groups too (https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/target-groups.html), so this rule treats them alike. Stickiness is by cookie on an Application Load Balancer (lb_cookie, lasting 1 second to 7 days, or app_cookie following the application's own cookie, whose name may not start with the reserved AWSALB, AWSALBAPP or AWSALBTG), by source IP on a Network Load Balancer (not by cookie), and by 2-, 3- or 5-tuple flow on a Gateway Load Balancer. Cross-zone load balancing is always on at an ALB and off by default at an NLB or GWLB; an ALB target group can still turn it off, and then neither stickiness nor Lambda targets are supported (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/disable-cross-zone.html), which the notes leave out.",
      ko: "대상 그룹의 속성은 앞에 있는 로드 밸런서 유형에 따라 다릅니다. 등록 취소 지연(연결 드레이닝)은 0~3,600초이며 기본값은 300초입니다. 노트는 게이트웨이 로드 밸런서에 이 기능이 없다고 하지만, AWS 문서에 따르면 GWLB 대상 그룹에도 deregistration_delay.timeout_seconds가 있으므로(https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/target-groups.html) 이 규칙은 똑같이 다룹니다. 고정 세션은 애플리케이션 로드 밸런서에서는 쿠키(1초~7일 동안 유지되는 lb_cookie, 또는 애플리케이션 자체 쿠키를 따르는 app_cookie로, 이름이 예약된 AWSALB·AWSALBAPP·AWSALBTG로 시작하면 안 됨), 네트워크 로드 밸런서에서는 쿠키가 아닌 출발지 IP, 게이트웨이 로드 밸런서에서는 2·3·5-튜플 흐름으로 유지됩니다. 영역 간 로드 밸런싱은 ALB에서는 항상 켜져 있고 NLB와 GWLB에서는 기본으로 꺼져 있습니다. ALB 대상 그룹에서는 이를 끌 수 있는데, 그러면 고정 세션과 Lambda 대상을 쓸 수 없습니다(https://docs.aws.amazon.com/elasticloadbalancing/latest/application/disable-cross-zone.html). 노트는 이 점을 빠뜨립니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/sticky-sessions.html",
    notesSection: "ELB › sticky sessions",
    facts: ["elb_dereg_delay_gwlb", "elb_stickiness", "elb_cross_zone_defaults"],
    messages: {
      delayRange: {
        en: "Target group {group} has a deregistration delay of {delay} seconds; it is 0 to 3,600.",
        ko: "대상 그룹 {group}의 등록 취소 지연이 {delay}초입니다. 등록 취소 지연은 0~3,600초입니다.",
      },
      stickinessType: {
        en: "Target group {group} of a {typeEn} uses {stickiness} stickiness; a {typeEn} offers {allowed}.",
        ko: "{typeKo}의 대상 그룹 {group}이(가) {stickiness} 고정 세션을 씁니다. {typeKo}은(는) {allowed}을(를) 제공합니다.",
      },
      durationRange: {
        en: "Target group {group} keeps lb_cookie stickiness for {duration} seconds; it lasts 1 second to 7 days (604,800 seconds).",
        ko: "대상 그룹 {group}의 lb_cookie 고정 세션 유지 시간이 {duration}초입니다. 1초~7일(604,800초)이어야 합니다.",
      },
      noCookieName: {
        en: "Target group {group} uses app_cookie stickiness but names no application cookie.",
        ko: "대상 그룹 {group}이(가) app_cookie 고정 세션을 쓰지만 애플리케이션 쿠키 이름이 없습니다.",
      },
      reservedCookie: {
        en: "Target group {group} sticks on cookie {cookie}; names starting with AWSALB (AWSALB, AWSALBAPP, AWSALBTG) are reserved for the load balancer.",
        ko: "대상 그룹 {group}이(가) 쿠키 {cookie}로 고정합니다. AWSALB로 시작하는 이름(AWSALB, AWSALBAPP, AWSALBTG)은 로드 밸런서용으로 예약되어 있습니다.",
      },
      crossZoneOffSticky: {
        en: "Target group {group} turns cross-zone load balancing off and uses {stickiness} stickiness; an ALB target group without cross-zone load balancing supports no stickiness.",
        ko: "대상 그룹 {group}이(가) 영역 간 로드 밸런싱을 끄고 {stickiness} 고정 세션을 씁니다. 영역 간 로드 밸런싱이 꺼진 ALB 대상 그룹은 고정 세션을 지원하지 않습니다.",
      },
      crossZoneOffLambda: {
        en: "Lambda target group {group} turns cross-zone load balancing off; Lambda targets are not supported without it.",
        ko: "Lambda 대상 그룹 {group}이(가) 영역 간 로드 밸런싱을 끕니다. 영역 간 로드 밸런싱 없이는 Lambda 대상을 쓸 수 없습니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.target-group"(group) {
        const label = index.label(group.id);
        const delay = group.props.deregistrationDelay;
        if (typeof delay === "number" && (delay < DELAY.min || delay > DELAY.max)) {
          const to = clamp(delay, DELAY);
          context.report({ messageId: "delayRange", nodeIds: [group.id], data: { group: label, delay }, fixes: [set(group, { deregistrationDelay: to }, `Set the deregistration delay to ${to} seconds`, `등록 취소 지연을 ${to}초로 설정`)] });
        }
        const balancer = balancerOf(index, group);
        if (!balancer) return;
        const stickiness = String(group.props.stickiness);
        const stickinessOff = set(group, { stickiness: "off" }, "Turn stickiness off", "고정 세션 끄기");
        if (stickiness !== "off" && !STICKINESS[balancer].includes(stickiness)) {
          const to = STICKINESS[balancer][0]!;
          context.report({
            messageId: "stickinessType",
            nodeIds: [group.id],
            data: { group: label, stickiness, typeEn: NAMES[balancer].en, typeKo: NAMES[balancer].ko, allowed: STICKINESS[balancer].join(", ") },
            fixes: [set(group, { stickiness: to }, `Use ${to} stickiness`, `${to} 고정 세션 사용`), stickinessOff],
          });
        }
        if (balancer !== "aws.alb") return;
        const duration = group.props.stickinessDuration;
        if (stickiness === "lb_cookie" && typeof duration === "number" && (duration < DURATION.min || duration > DURATION.max)) {
          const to = clamp(duration, DURATION);
          context.report({ messageId: "durationRange", nodeIds: [group.id], data: { group: label, duration }, fixes: [set(group, { stickinessDuration: to }, `Set the stickiness duration to ${to} seconds`, `고정 세션 유지 시간을 ${to}초로 설정`)] });
        }
        if (stickiness === "app_cookie") {
          const cookie = group.props.appCookieName;
          if (typeof cookie !== "string") context.report({ messageId: "noCookieName", nodeIds: [group.id], data: { group: label } });
          else if (cookie.startsWith(RESERVED_COOKIE_PREFIX)) context.report({ messageId: "reservedCookie", nodeIds: [group.id], data: { group: label, cookie } });
        }
        if (group.props.crossZone !== "false") return;
        const crossZoneOn = set(group, { crossZone: "use_load_balancer_configuration" }, "Use the load balancer's cross-zone setting (on)", "로드 밸런서의 영역 간 설정(켜짐) 사용");
        if (group.props.targetType === "lambda") {
          context.report({ messageId: "crossZoneOffLambda", nodeIds: [group.id], data: { group: label }, fixes: [crossZoneOn] });
        } else if (stickiness !== "off") {
          context.report({
            messageId: "crossZoneOffSticky",
            nodeIds: [group.id],
            data: { group: label, stickiness },
            fixes: [crossZoneOn, stickinessOff],
          });
        }
      },
    };
  },
});

/** The load balancer type in front of the group: from its listeners, else from its target type and protocol. */
function balancerOf(index: DiagramIndex, group: DiagramNode): Balancer | undefined {
  for (const edge of index.edgesTo(group.id, "listener")) {
    const kind = index.node(edge.source)?.kind;
    if (kind === "aws.alb" || kind === "aws.nlb" || kind === "aws.gwlb") return kind;
  }
  if (group.props.targetType === "lambda") return "aws.alb";
  if (group.props.targetType === "alb") return "aws.nlb";
  return PROTOCOL_BALANCER[String(group.props.protocol)];
}

function clamp(value: number, range: { min: number; max: number }): number {
  return Math.min(Math.max(value, range.min), range.max);
}

function set(group: DiagramNode, props: Record<string, unknown>, en: string, ko: string): Fix {
  return { title: { en, ko }, ops: [{ op: "updateNode", id: group.id, props }] };
}
