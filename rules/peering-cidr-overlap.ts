import { defineRule } from "../lib/engine/types";
import type { DiagramNode } from "../lib/diagram/types";
import { overlaps, vpcCidrBlocks } from "../lib/network/cidr";

export default defineRule({
  meta: {
    id: "peering-cidr-overlap",
    severity: "error",
    category: "network",
    scope: "component",
    title: { en: "Peered VPCs have CIDR blocks that do not overlap", ko: "피어링된 VPC의 CIDR 블록은 겹치지 않음" },
    explanation: {
      en: "A VPC peering connection cannot be created between VPCs whose IPv4 CIDR blocks overlap, counting every block of each VPC, primary and secondary; routes to the peer could not be told apart from local traffic. The notes say so correctly.",
      ko: "IPv4 CIDR 블록이 겹치는 VPC 사이에는 VPC 피어링 연결을 만들 수 없습니다. 기본 블록과 보조 블록을 모두 셉니다. 겹치면 피어로 가는 경로를 로컬 트래픽과 구별할 수 없기 때문입니다. 노트의 설명이 맞습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html",
    notesSection: "VPC › peering",
    facts: ["peering_no_overlap"],
    messages: {
      overlap: {
        en: "Peering {peering} joins {vpcA} ({cidrA}) and {vpcB} ({cidrB}), whose CIDR blocks overlap; peered VPCs need ranges that do not overlap.",
        ko: "피어링 {peering}이(가) CIDR 블록이 겹치는 {vpcA}({cidrA})와(과) {vpcB}({cidrB})를 잇습니다. 피어링된 VPC는 주소 범위가 겹치지 않아야 합니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.vpc-peering"(peering) {
        const vpcs = index
          .edgesFrom(peering.id, "peering")
          .map((e) => index.node(e.target))
          .filter((n): n is DiagramNode => n?.kind === "aws.vpc");
        const [a, b] = vpcs;
        if (vpcs.length !== 2 || !a || !b || a.id === b.id) return;
        for (const blockA of vpcCidrBlocks(a)) {
          const blockB = vpcCidrBlocks(b).find((block) => overlaps(blockA, block));
          if (!blockB) continue;
          context.report({
            messageId: "overlap",
            nodeIds: [peering.id, a.id, b.id],
            data: { peering: index.label(peering.id), vpcA: index.label(a.id), cidrA: blockA.network, vpcB: index.label(b.id), cidrB: blockB.network },
          });
          return;
        }
      },
    };
  },
});
