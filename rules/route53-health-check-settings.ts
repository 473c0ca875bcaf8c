import { defineRule } from "../lib/engine/types";

const MIN_THRESHOLD = 1;
const MAX_THRESHOLD = 10;

export default defineRule({
  meta: {
    id: "route53-health-check-settings",
    severity: "error",
    category: "dns-and-edge",
    scope: "component",
    title: { en: "Route 53 health check failure threshold is 1 to 10", ko: "Route 53 상태 확인 실패 임계값은 1~10" },
    explanation: {
      en: "The notes swap two health-check settings. AWS documents that the failure threshold is the number of consecutive checks that must pass or fail to change the endpoint's status, from 1 to 10 (default 3), and that the request interval is the time between checks: 30 seconds (standard) or 10 seconds (fast, at extra cost), fixed once the health check is created.",
      ko: "노트는 상태 확인 설정 두 가지를 서로 바꿔 설명합니다. AWS 문서에 따르면 실패 임계값(Failure threshold)은 엔드포인트 상태가 바뀌려면 연속으로 성공하거나 실패해야 하는 확인 횟수로 1~10(기본값 3)이고, 요청 간격(Request interval)은 확인 사이의 시간으로 30초(표준) 또는 10초(빠름, 추가 비용)이며 상태 확인을 만든 뒤에는 바꿀 수 없습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/health-checks-creating-values.html",
    notesSection: "Route 53 › health checks",
    facts: ["r53_hc_threshold_interval"],
    messages: {
      threshold: {
        en: "Health check {check} has a failure threshold of {value}; it is the number of consecutive checks that change the status, from 1 to 10.",
        ko: "상태 확인 {check}의 실패 임계값이 {value}입니다. 실패 임계값은 상태를 바꾸는 연속 확인 횟수로 1~10이어야 합니다.",
      },
    },
  },
  create(context) {
    return {
      "aws.route53-health-check"(check) {
        const value = check.props.failureThreshold;
        if (typeof value !== "number" || (value >= MIN_THRESHOLD && value <= MAX_THRESHOLD)) return;
        const limit = value < MIN_THRESHOLD ? MIN_THRESHOLD : MAX_THRESHOLD;
        context.report({
          messageId: "threshold",
          nodeIds: [check.id],
          data: { check: context.index.label(check.id), value },
          fixes: [
            {
              title: { en: `Set the failure threshold to ${limit}`, ko: `실패 임계값을 ${limit}(으)로 설정` },
              ops: [{ op: "updateNode", id: check.id, props: { failureThreshold: limit } }],
            },
          ],
        });
      },
    };
  },
});
