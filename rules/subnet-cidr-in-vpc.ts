import { defineRule } from "../lib/engine/types";
import { AWS_MAX_PREFIX, AWS_MIN_PREFIX, contains, freeSubnetCidr, subnetCidrBlock, vpcCidrBlocks } from "../lib/network/cidr";

export default defineRule({
  meta: {
    id: "subnet-cidr-in-vpc",
    severity: "error",
    category: "network",
    scope: "component",
    title: { en: "Subnet CIDR lies inside its VPC", ko: "서브넷 CIDR은 VPC 범위 안에" },
    explanation: {
      en: "A subnet takes its addresses from its VPC: its IPv4 CIDR block must equal, or lie inside, the VPC's primary CIDR block or one of its secondary blocks. AWS refuses to create a subnet whose block is outside them.",
      ko: "서브넷은 VPC의 주소 범위에서 주소를 받습니다. 서브넷의 IPv4 CIDR 블록은 VPC의 기본 CIDR 블록이나 보조 블록 중 하나와 같거나 그 안에 있어야 합니다. 그 밖의 블록으로는 AWS가 서브넷 생성을 거부합니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html",
    facts: ["subnet_cidr_in_vpc"],
    messages: {
      outside: {
        en: "Subnet {subnet} uses {cidr}, which is not inside the CIDR blocks of VPC {vpc} ({vpcCidrs}).",
        ko: "서브넷 {subnet}의 {cidr}은(는) VPC {vpc}의 CIDR 블록({vpcCidrs}) 안에 있지 않습니다.",
      },
    },
  },
  create(context) {
    return {
      "aws.subnet"(subnet) {
        const block = subnetCidrBlock(subnet);
        const vpc = context.index.vpcOf(subnet);
        if (!block || !vpc) return;
        const vpcBlocks = vpcCidrBlocks(vpc);
        if (vpcBlocks.length === 0 || vpcBlocks.some((b) => contains(b, block))) return;
        // A block of the same size where the VPC has room; a size AWS refuses is left to subnet-cidr-size.
        const prefix = Math.min(Math.max(block.prefix, AWS_MIN_PREFIX), AWS_MAX_PREFIX);
        const moved = freeSubnetCidr(context.index, subnet, prefix);
        context.report({
          messageId: "outside",
          nodeIds: [subnet.id, vpc.id],
          data: {
            subnet: context.index.label(subnet.id),
            cidr: String(subnet.props.cidrBlock),
            vpc: context.index.label(vpc.id),
            vpcCidrs: vpcBlocks.map((b) => b.network).join(", "),
          },
          fixes: moved
            ? [
                {
                  title: { en: `Change the subnet's block to ${moved.network}`, ko: `서브넷 블록을 ${moved.network}(으)로 바꾸기` },
                  ops: [{ op: "updateNode", id: subnet.id, props: { cidrBlock: moved.network } }],
                },
              ]
            : [],
        });
      },
    };
  },
});
