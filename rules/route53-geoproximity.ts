import { defineRule } from "../lib/engine/types";

const MAX_BIAS = 99;

export default defineRule({
  meta: {
    id: "route53-geoproximity",
    severity: "error",
    category: "dns-and-edge",
    title: { en: "Geoproximity records: bias −99 to 99", ko: "지리 근접 레코드: 바이어스 −99~99" },
    explanation: {
      en: "Geoproximity routing answers with the record whose location (an AWS Region, a Local Zone group, or coordinates) is nearest the user, after each record's bias grows (positive) or shrinks (negative) its area. The notes say geoproximity needs Traffic Flow, does not support health checks, takes a bias of 1 to 99 or −1 to −99, and scales distance by (1 − bias/100). AWS documents that it is now a plain record type without Traffic Flow, that it supports health checks, that the bias is any whole number from −99 to 99 (0 means no bias), and that a negative bias divides by (1 + bias/100). Geoproximity records also work in private hosted zones, where Route 53 answers by the Region of the VPC the query comes from (https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy-geoproximity-phz.html), so this rule does not flag them there.",
      ko: "지리 근접 라우팅은 각 레코드의 바이어스가 영역을 넓히거나(양수) 좁힌(음수) 뒤, 위치(AWS 리전, 로컬 영역 그룹 또는 좌표)가 사용자에게 가장 가까운 레코드로 응답합니다. 노트는 지리 근접 라우팅에 Traffic Flow가 필요하고, 상태 확인을 지원하지 않으며, 바이어스는 1~99 또는 −1~−99이고, 거리에 (1 − 바이어스/100)을 곱한다고 합니다. AWS 문서에 따르면 이제 Traffic Flow 없이 쓰는 일반 레코드 유형이고, 상태 확인을 지원하며, 바이어스는 −99~99의 정수(0은 바이어스 없음)이고, 음수 바이어스는 (1 + 바이어스/100)으로 나눕니다. 지리 근접 레코드는 프라이빗 호스팅 영역에서도 동작하며, 이때 Route 53은 쿼리가 온 VPC의 리전을 기준으로 응답하므로(https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy-geoproximity-phz.html) 이 규칙은 그런 레코드를 문제 삼지 않습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy-geoproximity.html",
    notesSection: "Route 53 › routing",
    facts: ["r53_geoproximity"],
    messages: {
      biasRange: {
        en: "Geoproximity record {record} has a bias of {bias}; a bias is a whole number from -99 to 99.",
        ko: "지리 근접 레코드 {record}의 바이어스가 {bias}입니다. 바이어스는 -99~99의 정수입니다.",
      },
    },
  },
  create(context) {
    return {
      "aws.route53-record"(record) {
        if (record.props.routingPolicy !== "geoproximity") return;
        const label = context.index.label(record.id);
        const bias = record.props.bias;
        if (typeof bias === "number" && Math.abs(bias) > MAX_BIAS) {
          const limit = bias > 0 ? MAX_BIAS : -MAX_BIAS;
          context.report({
            messageId: "biasRange",
            nodeIds: [record.id],
            data: { record: label, bias },
            fixes: [{ title: { en: `Set the bias to ${limit}`, ko: `바이어스를 ${limit}(으)로 설정` }, ops: [{ op: "updateNode", id: record.id, props: { bias: limit } }] }],
          });
        }
      },
    };
  },
});
