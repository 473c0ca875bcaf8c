import type { DiagramNode } from "../lib/diagram/types";
import { defineRule } from "../lib/engine/types";

export default defineRule({
  meta: {
    id: "security-group-vpc",
    severity: "warning",
    category: "security",
    scope: "component",
    title: { en: "A security group is used in its own VPC", ko: "보안 그룹은 자기 VPC에서 사용" },
    explanation: {
      en: "A security group belongs to one VPC, and a network interface can use only groups of its own VPC. Using a group in another VPC of the same Region takes a security group VPC association (not for a VPC's default group, nor with a default VPC, and only for a group you own); across Regions it is impossible. The notes (VPC › SG) say a group can be shared with other VPCs of the Region and with accounts of the Organization through AWS RAM; AWS documents SG VPC association for other VPCs, and RAM sharing only for participants of a shared VPC.",
      ko: "보안 그룹은 한 VPC에 속하며, 네트워크 인터페이스는 자기 VPC의 그룹만 쓸 수 있습니다. 같은 리전의 다른 VPC에서 그룹을 쓰려면 보안 그룹 VPC 연결(security group VPC association)이 필요합니다(VPC의 기본 보안 그룹이나 기본 VPC는 안 되고, 내가 소유한 그룹만 가능). 다른 리전에서는 쓸 수 없습니다. 노트(VPC › SG)는 AWS RAM으로 같은 리전의 다른 VPC나 조직의 계정과 그룹을 공유한다고 하지만, AWS 문서에 따르면 다른 VPC에는 SG VPC 연결을 쓰고 RAM 공유는 공유 VPC 참여자를 위한 것입니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AssociateSecurityGroupVpc.html",
    notesSection: "VPC › SG",
    facts: ["sg_attach_scope"],
    messages: {
      otherVpc: {
        en: "{resource} in VPC {vpc} uses security group {group} of VPC {groupVpc}; that works only if {group} is associated with {vpc} (security group VPC association).",
        ko: "VPC {vpc}의 {resource}이(가) VPC {groupVpc}의 보안 그룹 {group}을(를) 씁니다. {group}을(를) {vpc}에 연결(보안 그룹 VPC 연결)한 경우에만 동작합니다.",
      },
      otherRegion: {
        en: "{resource} in VPC {vpc} ({region}) uses security group {group} of VPC {groupVpc} ({groupRegion}); a security group cannot be used in another Region.",
        ko: "VPC {vpc}({region})의 {resource}이(가) VPC {groupVpc}({groupRegion})의 보안 그룹 {group}을(를) 씁니다. 보안 그룹은 다른 리전에서 쓸 수 없습니다.",
      },
      defaultVpc: {
        en: "{resource} in VPC {vpc} uses security group {group} of VPC {groupVpc}; {defaultVpc} is a default VPC, which cannot take part in a security group VPC association.",
        ko: "VPC {vpc}의 {resource}이(가) VPC {groupVpc}의 보안 그룹 {group}을(를) 씁니다. {defaultVpc}은(는) 기본 VPC라서 보안 그룹 VPC 연결에 참여할 수 없습니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    const regionOf = (vpc: DiagramNode) => {
      const code = index.ancestor(vpc, "aws.region")?.props.regionCode;
      return typeof code === "string" ? code : undefined;
    };
    return {
      diagram() {
        for (const edge of index.diagram.edges) {
          if (edge.kind !== "membership") continue;
          const resource = index.node(edge.source);
          const group = index.node(edge.target);
          const groupVpc = group && index.vpcOf(group);
          if (!resource || !groupVpc) continue;
          // The VPCs the resource's interfaces are in: its subnets', or the VPC it is drawn in.
          const vpcs = new Map<string, DiagramNode>();
          for (const subnet of index.subnetsOf(resource)) {
            const vpc = index.vpcOf(subnet);
            if (vpc) vpcs.set(vpc.id, vpc);
          }
          const own = index.vpcOf(resource);
          if (own) vpcs.set(own.id, own);
          const vpc = [...vpcs.values()][0];
          if (!vpc || vpcs.has(groupVpc.id)) continue;
          const data = { resource: index.label(resource.id), vpc: index.label(vpc.id), group: index.label(group.id), groupVpc: index.label(groupVpc.id) };
          const nodeIds = [resource.id, group.id];
          const region = regionOf(vpc);
          const groupRegion = regionOf(groupVpc);
          if (region !== undefined && groupRegion !== undefined && region !== groupRegion) {
            context.report({ messageId: "otherRegion", nodeIds, data: { ...data, region, groupRegion }, severity: "error" });
          } else if (vpc.props.isDefault === true || groupVpc.props.isDefault === true) {
            context.report({ messageId: "defaultVpc", nodeIds, data: { ...data, defaultVpc: index.label((vpc.props.isDefault === true ? vpc : groupVpc).id) }, severity: "error" });
          } else {
            context.report({ messageId: "otherVpc", nodeIds, data });
          }
        }
      },
    };
  },
});
