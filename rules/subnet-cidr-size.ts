import { defineRule } from "../lib/engine/types";
import { AWS_MAX_PREFIX, AWS_MIN_PREFIX, cidrAt, freeSubnetCidr, subnetCidrBlock } from "../lib/network/cidr";

export default defineRule({
  meta: {
    id: "subnet-cidr-size",
    severity: "error",
    category: "network",
    scope: "component",
    title: { en: "Subnet CIDR blocks are /16 to /28", ko: "서브넷 CIDR 블록은 /16에서 /28 사이" },
    explanation: {
      en: "A subnet's IPv4 CIDR block must be between /16 (65,536 addresses) and /28 (16 addresses), the same bounds as a VPC's. AWS refuses to create a subnet outside that range.",
      ko: "서브넷의 IPv4 CIDR 블록은 VPC와 같은 범위인 /16(주소 65,536개)에서 /28(주소 16개) 사이여야 합니다. 이 범위를 벗어나면 AWS가 서브넷 생성을 거부합니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html",
    facts: ["subnet_cidr_in_vpc"],
    messages: {
      tooLarge: {
        en: "Subnet {subnet} uses the CIDR block {cidr}, larger than /16, the largest block a subnet may have.",
        ko: "서브넷 {subnet}의 CIDR 블록 {cidr}은(는) 서브넷이 가질 수 있는 가장 큰 블록인 /16보다 큽니다.",
      },
      tooSmall: {
        en: "Subnet {subnet} uses the CIDR block {cidr}, smaller than /28, the smallest block a subnet may have.",
        ko: "서브넷 {subnet}의 CIDR 블록 {cidr}은(는) 서브넷이 가질 수 있는 가장 작은 블록인 /28보다 작습니다.",
      },
    },
  },
  create(context) {
    return {
      "aws.subnet"(subnet) {
        const block = subnetCidrBlock(subnet);
        if (!block || (block.prefix >= AWS_MIN_PREFIX && block.prefix <= AWS_MAX_PREFIX)) return;
        const prefix = block.prefix < AWS_MIN_PREFIX ? AWS_MIN_PREFIX : AWS_MAX_PREFIX;
        // The same addresses cut or widened to the allowed size, else any free block of that size in the VPC.
        const resized = freeSubnetCidr(context.index, subnet, prefix, cidrAt(block.start, prefix));
        context.report({
          messageId: block.prefix < AWS_MIN_PREFIX ? "tooLarge" : "tooSmall",
          nodeIds: [subnet.id],
          data: { subnet: context.index.label(subnet.id), cidr: String(subnet.props.cidrBlock) },
          fixes: resized
            ? [
                {
                  title: { en: `Change the block to ${resized.network}`, ko: `블록을 ${resized.network}(으)로 바꾸기` },
                  ops: [{ op: "updateNode", id: subnet.id, props: { cidrBlock: resized.network } }],
                },
              ]
            : [],
        });
      },
    };
  },
});
