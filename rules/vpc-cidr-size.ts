import { defineRule, type Fix } from "../lib/engine/types";
import type { DiagramIndex } from "../lib/diagram/graph";
import type { DiagramNode } from "../lib/diagram/types";
import { AWS_MAX_PREFIX, AWS_MIN_PREFIX, cidrAt, contains, parseCidr4, subnetCidrBlock, subnetsOfVpc, vpcCidrTexts, type Cidr4 } from "../lib/network/cidr";

export default defineRule({
  meta: {
    id: "vpc-cidr-size",
    severity: "error",
    category: "network",
    scope: "component",
    title: { en: "VPC CIDR blocks are /16 to /28", ko: "VPC CIDR 블록은 /16에서 /28 사이" },
    explanation: {
      en: "Every IPv4 CIDR block of a VPC, the primary one and each secondary one, must be between /16 (65,536 addresses) and /28 (16 addresses). AWS refuses to create a VPC or associate a block outside that range.",
      ko: "VPC의 IPv4 CIDR 블록은 기본 블록이든 보조 블록이든 모두 /16(주소 65,536개)에서 /28(주소 16개) 사이여야 합니다. 이 범위를 벗어나면 AWS가 VPC 생성이나 블록 연결을 거부합니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html",
    facts: ["vpc_cidr_rules"],
    messages: {
      tooLarge: {
        en: "VPC {vpc} uses the CIDR block {cidr}, larger than /16, the largest block a VPC may have.",
        ko: "VPC {vpc}의 CIDR 블록 {cidr}은(는) VPC가 가질 수 있는 가장 큰 블록인 /16보다 큽니다.",
      },
      tooSmall: {
        en: "VPC {vpc} uses the CIDR block {cidr}, smaller than /28, the smallest block a VPC may have.",
        ko: "VPC {vpc}의 CIDR 블록 {cidr}은(는) VPC가 가질 수 있는 가장 작은 블록인 /28보다 작습니다.",
      },
    },
  },
  create(context) {
    return {
      "aws.vpc"(vpc) {
        const texts = vpcCidrTexts(vpc);
        const blocks = texts.map((text) => (typeof text === "string" ? parseCidr4(text) : null));
        blocks.forEach((block, position) => {
          if (!block || (block.prefix >= AWS_MIN_PREFIX && block.prefix <= AWS_MAX_PREFIX)) return;
          const fix = resize(context.index, vpc, blocks, position);
          context.report({
            messageId: block.prefix < AWS_MIN_PREFIX ? "tooLarge" : "tooSmall",
            nodeIds: [vpc.id],
            data: { vpc: context.index.label(vpc.id), cidr: String(texts[position]) },
            fixes: fix ? [fix] : [],
          });
        });
      },
    };
  },
});

/**
 * The same block cut or widened to the nearest allowed size, offered only when every subnet inside
 * the VPC's blocks stays inside them, so the fix cannot create a subnet-cidr-in-vpc error.
 */
function resize(index: DiagramIndex, vpc: DiagramNode, blocks: readonly (Cidr4 | null)[], position: number): Fix | null {
  const block = blocks[position];
  if (!block) return null;
  const resized = cidrAt(block.start, block.prefix < AWS_MIN_PREFIX ? AWS_MIN_PREFIX : AWS_MAX_PREFIX);
  if (!resized) return null;
  const before = blocks.filter((b) => b !== null);
  const after = blocks.map((b, i) => (i === position ? resized : b)).filter((b) => b !== null);
  const strands = subnetsOfVpc(index, vpc).some((subnet) => {
    const s = subnetCidrBlock(subnet);
    return s !== null && before.some((b) => contains(b, s)) && !after.some((b) => contains(b, s));
  });
  if (strands) return null;
  const props =
    position === 0
      ? { cidrBlock: resized.network }
      : { secondaryCidrBlocks: vpcCidrTexts(vpc).slice(1).map((t, i) => (i === position - 1 ? resized.network : t)) };
  return {
    title: { en: `Change the block to ${resized.network}`, ko: `블록을 ${resized.network}(으)로 바꾸기` },
    ops: [{ op: "updateNode", id: vpc.id, props }],
  };
}
