import { defineRule } from "../lib/engine/types";
import type { DiagramNode } from "../lib/diagram/types";

/** The default per-Region concurrency quota, and what Lambda keeps unreserved for the other functions. */
const DEFAULT_QUOTA = 1_000;
const UNRESERVED_MINIMUM = 100;

export default defineRule({
  meta: {
    id: "lambda-reserved-concurrency",
    severity: "warning",
    category: "compute",
    title: { en: "Lambda reserved concurrency leaves 100 unreserved", ko: "Lambda 예약된 동시성은 100을 남겨야 함" },
    explanation: {
      en: "All functions of an account in one Region share its concurrency quota, 1,000 concurrent executions by default. Reserving concurrency for a function sets that much aside for it (and caps it there), but Lambda always keeps at least 100 unreserved for the functions without a reservation, so the reservations in a Region can add up to at most the quota minus 100: 900 with the default quota. The notes call 1,000 the maximum; AWS documents it as a default, adjustable quota that can be raised to tens of thousands, and new accounts may start lower, so this is a warning measured against the default.",
      ko: "한 리전에 있는 계정의 모든 함수는 그 리전의 동시성 할당량(기본 1,000개의 동시 실행)을 함께 씁니다. 함수에 동시성을 예약하면 그만큼을 그 함수 몫으로 떼어 두고(상한도 그 값이 됨), Lambda는 예약이 없는 함수를 위해 최소 100을 항상 남겨 두므로 한 리전의 예약 합계는 할당량에서 100을 뺀 값, 기본 할당량에서는 900까지입니다. 노트는 1,000을 최대값이라고 하지만, AWS 문서에 따르면 수만까지 늘릴 수 있는 조정 가능한 기본 할당량이고 새 계정은 더 낮게 시작할 수 있으므로, 기본값 기준의 경고로 알립니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html",
    notesSection: "Lambda › quotas",
    facts: ["lambda_concurrency"],
    messages: {
      tooMuchReserved: {
        en: "Functions in {regionEn} reserve {total} concurrent executions ({functions}); with the default quota of 1,000, at most 900 can be reserved (100 stay unreserved).",
        ko: "{regionKo}의 함수가 동시 실행 {total}개를 예약합니다({functions}). 기본 할당량 1,000에서는 최대 900까지 예약할 수 있습니다 (100은 예약되지 않은 상태로 남음).",
      },
    },
  },
  create(context) {
    const { index } = context;
    const byRegion = new Map<string, DiagramNode[]>();
    return {
      "aws.lambda"(fn) {
        if (typeof fn.props.reservedConcurrency !== "number" || fn.props.reservedConcurrency <= 0) return;
        // Functions drawn outside any Region are counted together, as one unnamed Region.
        const region = index.ancestor(fn, "aws.region")?.id ?? "";
        const list = byRegion.get(region);
        if (list) list.push(fn);
        else byRegion.set(region, [fn]);
      },
      diagram() {
        for (const [regionId, functions] of byRegion) {
          const total = functions.reduce((sum, fn) => sum + (fn.props.reservedConcurrency as number), 0);
          if (total <= DEFAULT_QUOTA - UNRESERVED_MINIMUM) continue;
          const code = regionId ? index.node(regionId)?.props.regionCode : undefined;
          context.report({
            messageId: "tooMuchReserved",
            nodeIds: functions.map((fn) => fn.id),
            data: { functions: functions.map((fn) => index.label(fn.id)).join(", "), total, regionEn: typeof code === "string" ? code : "one Region", regionKo: typeof code === "string" ? code : "한 리전" },
          });
        }
      },
    };
  },
});
