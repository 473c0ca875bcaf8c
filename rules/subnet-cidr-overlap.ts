import { defineRule } from "../lib/engine/types";
import type { DiagramNode } from "../lib/diagram/types";
import { freeSubnetCidr, overlaps, subnetCidrBlock, subnetsOfVpc, type Cidr4 } from "../lib/network/cidr";

export default defineRule({
  meta: {
    id: "subnet-cidr-overlap",
    severity: "error",
    category: "network",
    scope: "component",
    title: { en: "Subnets of a VPC do not overlap", ko: "같은 VPC의 서브넷은 겹치지 않음" },
    explanation: {
      en: "Each address of a VPC belongs to at most one subnet, so the CIDR blocks of subnets in the same VPC must not overlap. AWS refuses to create a subnet whose block overlaps another subnet's.",
      ko: "VPC의 주소 하나는 최대 한 서브넷에만 속하므로, 같은 VPC에 있는 서브넷들의 CIDR 블록은 서로 겹치면 안 됩니다. 다른 서브넷과 겹치는 블록으로는 AWS가 서브넷 생성을 거부합니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html",
    facts: ["subnet_cidr_in_vpc"],
    messages: {
      overlap: {
        en: "Subnets {first} ({firstCidr}) and {second} ({secondCidr}) in VPC {vpc} overlap; each needs its own addresses.",
        ko: "VPC {vpc}의 서브넷 {first}({firstCidr})와(과) {second}({secondCidr})의 주소 범위가 겹칩니다. 서브넷마다 따로 주소 범위가 있어야 합니다.",
      },
      identical: {
        en: "Subnets {first} and {second} in VPC {vpc} both use {firstCidr}; each needs its own addresses.",
        ko: "VPC {vpc}의 서브넷 {first}와(과) {second}이(가) 둘 다 {firstCidr}을(를) 씁니다. 서브넷마다 따로 주소 범위가 있어야 합니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.vpc"(vpc) {
        const subnets: Array<{ subnet: DiagramNode; block: Cidr4; order: number }> = [];
        subnetsOfVpc(index, vpc).forEach((subnet, order) => {
          const block = subnetCidrBlock(subnet);
          if (block) subnets.push({ subnet, block, order });
        });
        // Sweep in address order: a block can only overlap those still open when it starts.
        subnets.sort((a, b) => (a.block.start < b.block.start ? -1 : a.block.start > b.block.start ? 1 : a.order - b.order));
        const open: typeof subnets = [];
        for (const current of subnets) {
          for (let i = open.length - 1; i >= 0; i--) if (open[i]!.block.end < current.block.start) open.splice(i, 1);
          for (const earlier of open) {
            if (!overlaps(earlier.block, current.block)) continue;
            // Name the pair in diagram order, and offer to move the later-drawn one.
            const [first, second] = earlier.order < current.order ? [earlier, current] : [current, earlier];
            const moved = freeSubnetCidr(index, second.subnet, second.block.prefix);
            context.report({
              messageId: first.block.network === second.block.network ? "identical" : "overlap",
              nodeIds: [first.subnet.id, second.subnet.id],
              data: {
                first: index.label(first.subnet.id),
                second: index.label(second.subnet.id),
                firstCidr: String(first.subnet.props.cidrBlock),
                secondCidr: String(second.subnet.props.cidrBlock),
                vpc: index.label(vpc.id),
              },
              fixes: moved
                ? [
                    {
                      title: {
                        en: `Change ${index.label(second.subnet.id)} to ${moved.network}`,
                        ko: `${index.label(second.subnet.id)}의 블록을 ${moved.network}(으)로 바꾸기`,
                      },
                      ops: [{ op: "updateNode", id: second.subnet.id, props: { cidrBlock: moved.network } }],
                    },
                  ]
                : [],
            });
          }
          open.push(current);
        }
      },
    };
  },
});
