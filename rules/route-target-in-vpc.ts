import { defineRule, type Fix } from "../lib/engine/types";
import type { DiagramEdge, DiagramNode } from "../lib/diagram/types";

const GATEWAYS = new Set(["aws.internet-gateway", "aws.egress-only-internet-gateway"]);

export default defineRule({
  meta: {
    id: "route-target-in-vpc",
    severity: "error",
    category: "network",
    scope: "component",
    title: { en: "Routes target gateways of their own VPC", ko: "경로는 자기 VPC의 게이트웨이를 가리킴" },
    explanation: {
      en: "A route table belongs to one VPC, and its routes can target only that VPC's internet gateway, NAT gateways, endpoints and instances, or a peering connection the VPC is part of. A subnet is public only when 0.0.0.0/0 goes to an internet gateway attached to its own VPC. Another VPC's NAT gateway or gateway endpoint cannot be used even over peering, which has no edge-to-edge routing. The notes call a subnet public when it can reach the internet; AWS defines it by its route table, as above.",
      ko: "라우팅 테이블은 한 VPC에 속하며, 경로는 그 VPC의 인터넷 게이트웨이, NAT 게이트웨이, 엔드포인트, 인스턴스나 그 VPC가 참여한 피어링 연결만 가리킬 수 있습니다. 서브넷은 0.0.0.0/0이 자기 VPC에 연결된 인터넷 게이트웨이로 갈 때만 퍼블릭입니다. 다른 VPC의 NAT 게이트웨이나 게이트웨이 엔드포인트는 피어링으로도 쓸 수 없습니다. 피어링에는 엣지 간 라우팅이 없습니다. 노트는 인터넷에 닿을 수 있는 서브넷을 퍼블릭이라고 하지만, AWS는 위와 같이 라우팅 테이블로 정의합니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html",
    notesSection: "VPC › subnet/IGW",
    facts: ["public_subnet_definition", "nat_gw_constraints", "peering_non_transitive", "gateway_endpoint_s3_ddb"],
    messages: {
      otherVpc: {
        en: "Route table {table} of VPC {vpc} sends {destination} to {target}, which belongs to VPC {otherVpc}.",
        ko: "VPC {vpc}의 라우팅 테이블 {table}이(가) {destination}을(를) VPC {otherVpc}에 속한 {target}(으)로 보냅니다.",
      },
      detached: {
        en: "Route table {table} of VPC {vpc} sends {destination} to {target}, which is not attached to any VPC.",
        ko: "VPC {vpc}의 라우팅 테이블 {table}이(가) {destination}을(를) 어느 VPC에도 연결되지 않은 {target}(으)로 보냅니다.",
      },
      peeringElsewhere: {
        en: "Route table {table} of VPC {vpc} sends {destination} to peering connection {target}, which does not join VPC {vpc}.",
        ko: "VPC {vpc}의 라우팅 테이블 {table}이(가) {destination}을(를) VPC {vpc}과(와) 이어지지 않은 피어링 연결 {target}(으)로 보냅니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.route-table"(table) {
        const vpc = index.vpcOf(table);
        if (!vpc) return;
        for (const edge of index.edgesFrom(table.id, "route")) {
          const target = index.node(edge.target);
          if (!target) continue;
          const data = {
            table: index.label(table.id),
            vpc: index.label(vpc.id),
            destination: String(edge.props.destination),
            target: index.label(target.id),
          };
          if (target.kind === "aws.vpc-peering") {
            if (!index.edgesFrom(target.id, "peering").some((e) => e.target === vpc.id)) {
              context.report({ messageId: "peeringElsewhere", nodeIds: [table.id, target.id], data });
            }
            continue;
          }
          const owner = GATEWAYS.has(target.kind) ? (target.parent !== null ? index.node(target.parent) : undefined) : index.vpcOf(target);
          if (owner?.kind === "aws.vpc" && owner.id === vpc.id) continue;
          const own = GATEWAYS.has(target.kind) ? index.childrenOf(vpc.id).filter((n) => n.kind === target.kind) : [];
          const fixes: Fix[] = [];
          if (own.length === 1) fixes.push(retarget(edge, own[0]!, index.label(own[0]!.id)));
          if (owner?.kind !== "aws.vpc") {
            if (own.length === 0 && GATEWAYS.has(target.kind)) {
              fixes.push({
                title: { en: `Attach ${data.target} to VPC ${data.vpc}`, ko: `${data.target}을(를) VPC ${data.vpc}에 연결하기` },
                ops: [{ op: "updateNode", id: target.id, parent: vpc.id }],
              });
            }
            context.report({ messageId: "detached", nodeIds: [table.id, target.id], data, fixes });
          } else {
            context.report({ messageId: "otherVpc", nodeIds: [table.id, target.id], data: { ...data, otherVpc: index.label(owner.id) }, fixes });
          }
        }
      },
    };
  },
});

function retarget(edge: DiagramEdge, gateway: DiagramNode, label: string): Fix {
  return {
    title: { en: `Route it to ${label} instead`, ko: `${label}(으)로 라우팅하기` },
    ops: [
      { op: "removeEdge", id: edge.id },
      { op: "addEdge", edge: { ...edge, id: `${edge.id}-${gateway.id}`, target: gateway.id } },
    ],
  };
}
