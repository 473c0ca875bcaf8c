import { defineRule } from "../lib/engine/types";

export default defineRule({
  meta: {
    id: "gwlb-security-groups",
    severity: "error",
    category: "security",
    scope: "component",
    title: { en: "A Gateway Load Balancer has no security groups", ko: "게이트웨이 로드 밸런서에는 보안 그룹이 없음" },
    explanation: {
      en: "A Gateway Load Balancer passes packets through transparently to its appliances and cannot have security groups; filter traffic on the appliances and with network ACLs instead. (A Network Load Balancer can use security groups only if at least one was attached when it was created.) The notes do not cover this.",
      ko: "게이트웨이 로드 밸런서는 패킷을 어플라이언스로 투명하게 전달하며 보안 그룹을 가질 수 없습니다. 트래픽은 어플라이언스와 네트워크 ACL에서 거르세요. (네트워크 로드 밸런서는 만들 때 보안 그룹을 하나 이상 연결한 경우에만 보안 그룹을 쓸 수 있습니다.) 노트에는 이 내용이 없습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_SetSecurityGroups.html",
    facts: ["nlb_security_groups"],
    messages: {
      gwlbGroup: {
        en: "Gateway Load Balancer {gwlb} is in security group {group}; a Gateway Load Balancer cannot have security groups.",
        ko: "게이트웨이 로드 밸런서 {gwlb}이(가) 보안 그룹 {group}에 속해 있습니다. 게이트웨이 로드 밸런서는 보안 그룹을 가질 수 없습니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.gwlb"(gwlb) {
        for (const edge of index.edgesFrom(gwlb.id, "membership")) {
          context.report({
            messageId: "gwlbGroup",
            nodeIds: [gwlb.id, edge.target],
            data: { gwlb: index.label(gwlb.id), group: index.label(edge.target) },
            fixes: [{ title: { en: "Remove it from the security group", ko: "보안 그룹에서 빼기" }, ops: [{ op: "removeEdge", id: edge.id }] }],
          });
        }
      },
    };
  },
});
