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
    severity: "error",
    category: "placement",
    scope: "component",
    title: { en: "A subnet sits in one Availability Zone", ko: "서브넷은 하나의 가용 영역에" },
    explanation: {
      en: "A subnet lies entirely in one Availability Zone and cannot span zones; AWS asks for the zone when the subnet is created. Draw each subnet inside the Availability Zone it belongs to, so zone-level rules (high availability, NAT gateway per zone) can check it.",
      ko: "서브넷은 전체가 하나의 가용 영역 안에 있으며 여러 가용 영역에 걸칠 수 없습니다. AWS도 서브넷을 만들 때 가용 영역을 정하게 합니다. 각 서브넷을 속한 가용 영역 안에 그려야 고가용성이나 가용 영역별 NAT 게이트웨이 같은 규칙을 확인할 수 있습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html",
    notesSection: "VPC › subnet",
    facts: ["subnet_single_az"],
    messages: {
      noZone: {
        en: "Subnet {subnet} is drawn straight in VPC {vpc}; place it in an Availability Zone, since a subnet lies in exactly one.",
        ko: "서브넷 {subnet}이(가) 가용 영역 없이 VPC {vpc}에 바로 놓여 있습니다. 서브넷은 정확히 하나의 가용 영역에 속하므로 가용 영역 안에 두세요.",
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
