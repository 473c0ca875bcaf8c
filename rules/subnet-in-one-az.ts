import { defineRule, type Fix } from "../lib/engine/types";
import type { DiagramIndex } from "../lib/diagram/graph";
import { isStandIn } from "../lib/diagram/stand-in";
import type { DiagramNode } from "../lib/diagram/types";

const MARGIN = 20;
/** Room for a container's title bar. */
const HEADER = 40;

export default defineRule({
  meta: {
    id: "subnet-in-one-az",
    severity: "warning",
    category: "placement",
    scope: "component",
    title: { en: "A subnet sits in one Availability Zone", ko: "서브넷은 하나의 가용 영역에" },
    explanation: {
      en: "A subnet lies entirely in one Availability Zone and cannot span zones. When none is named at creation (a template without AvailabilityZone), AWS picks one, so a subnet without a zone is not broken — but its zone is unknown. Draw each subnet inside the Availability Zone it belongs to, so zone-level rules (high availability, a NAT gateway per zone, load balancers across two zones) can check it.",
      ko: "서브넷은 전체가 하나의 가용 영역 안에 있으며 여러 가용 영역에 걸칠 수 없습니다. 만들 때 가용 영역을 정하지 않으면(AvailabilityZone이 없는 템플릿) AWS가 하나를 고르므로, 가용 영역이 없는 서브넷이 잘못된 것은 아니지만 어느 영역인지 알 수 없습니다. 각 서브넷을 속한 가용 영역 안에 그려야 고가용성, 가용 영역별 NAT 게이트웨이, 두 가용 영역에 걸친 로드 밸런서 같은 규칙을 확인할 수 있습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html",
    notesSection: "VPC › subnet",
    facts: ["subnet_single_az"],
    messages: {
      noZone: {
        en: "Subnet {subnet} is drawn straight in VPC {vpc}, so its Availability Zone is unknown (AWS picks one when none is named); place it in its zone so zone-level rules can check it.",
        ko: "서브넷 {subnet}이(가) 가용 영역 없이 VPC {vpc}에 바로 놓여 있어 가용 영역을 알 수 없습니다(정하지 않으면 AWS가 고릅니다). 가용 영역별 규칙을 확인할 수 있도록 속한 가용 영역 안에 두세요.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.subnet"(subnet) {
        const parent = index.parent(subnet);
        // An imported stand-in's zone is unknown, not missing: the import report says so.
        if (parent?.kind !== "aws.vpc" || isStandIn(subnet)) return;
        const zones = index.childrenOf(parent.id).filter((n) => n.kind === "aws.availability-zone");
        context.report({
          messageId: "noZone",
          nodeIds: [subnet.id],
          data: { subnet: index.label(subnet.id), vpc: index.label(parent.id) },
          fixes: zones.map((az) => moveInto(index, subnet, az)),
        });
      },
    };
  },
});

/** Moves the subnet into the zone, below what the zone already holds. */
function moveInto(index: DiagramIndex, subnet: DiagramNode, az: DiagramNode): Fix {
  const y = index.childrenOf(az.id).reduce((lowest, n) => Math.max(lowest, n.layout.y + n.layout.h + MARGIN), HEADER);
  const label = index.label(az.id);
  const zone = typeof az.props.zoneName === "string" ? ` (${az.props.zoneName})` : "";
  return {
    title: { en: `Move into ${label}${zone}`, ko: `${label}${zone} 안으로 옮기기` },
    ops: [{ op: "updateNode", id: subnet.id, parent: az.id, layout: { x: MARGIN, y } }],
  };
}
