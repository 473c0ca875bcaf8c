import type { DiagramNode } from "../lib/diagram/types";
import { defineRule, type Fix } from "../lib/engine/types";
import { AWS_MIN_PREFIX, cidrAt, freeSubnetCidr, subnetCidrBlock } from "../lib/network/cidr";
import { sgPolicyOf } from "../lib/network/security-groups";

/** The first four addresses and the last one of every subnet (network, router, DNS, future use, broadcast). */
const RESERVED = 5;
/**
 * Kinds that certainly put one network interface in every subnet they are in. An RDS instance, an
 * Aurora cluster, an ElastiCache cluster or an Auto Scaling group uses only some of its subnets, so
 * they are not counted: the count is a lower bound, and a finding is always right.
 */
const ONE_PER_SUBNET = new Set(["aws.ec2-instance", "aws.nat-gateway", "aws.alb", "aws.nlb", "aws.gwlb", "aws.vpc-endpoint", "aws.efs"]);

export default defineRule({
  meta: {
    id: "subnet-reserved-ips",
    severity: "error",
    category: "network",
    scope: "component",
    title: { en: "A subnet has room for what is drawn in it", ko: "서브넷에 그린 리소스가 들어갈 주소가 있어야 함" },
    explanation: {
      en: "AWS reserves five IPv4 addresses in every subnet: the first four (network address, VPC router, DNS, future use) and the last one. A /28 therefore has 11 usable addresses, a /24 has 251. Every network interface takes one: an instance, a NAT gateway, each load balancer node, interface endpoint and EFS mount target in the subnet, and the functions of a VPC-connected Lambda (one interface per subnet and security-group combination). When more are drawn than the subnet has usable addresses, the last ones cannot be created. The notes do not cover the reserved addresses.",
      ko: "AWS는 모든 서브넷에서 IPv4 주소 5개를 예약합니다. 처음 4개(네트워크 주소, VPC 라우터, DNS, 향후 사용)와 마지막 1개입니다. 그래서 /28은 11개, /24는 251개만 쓸 수 있습니다. 네트워크 인터페이스마다 주소가 하나씩 필요합니다: 서브넷 안의 인스턴스, NAT 게이트웨이, 로드 밸런서 노드, 인터페이스 엔드포인트, EFS 탑재 대상, 그리고 VPC에 연결된 Lambda 함수(서브넷과 보안 그룹 조합마다 인터페이스 하나)입니다. 쓸 수 있는 주소보다 많이 그리면 나머지는 만들 수 없습니다. 노트에는 예약 주소 내용이 없습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html",
    facts: ["subnet_reserved_ips"],
    messages: {
      full: {
        en: "Subnet {subnet} ({cidr}) has {usable} usable addresses (AWS reserves 5 of its {total}), but at least {needed} network interfaces are drawn in it.",
        ko: "서브넷 {subnet}({cidr})에서 쓸 수 있는 주소는 {usable}개인데(전체 {total}개 중 AWS가 5개 예약), 그 안에 네트워크 인터페이스가 최소 {needed}개 그려져 있습니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      diagram() {
        const interfaces = new Map<string, number>();
        // Lambda functions share an interface per subnet and security-group combination.
        const lambdaCombos = new Map<string, Set<string>>();
        const add = (subnetId: string, count = 1) => interfaces.set(subnetId, (interfaces.get(subnetId) ?? 0) + count);
        for (const node of index.diagram.nodes) {
          if (node.kind === "aws.lambda") {
            const combo = groupKey(index, node);
            for (const subnet of index.subnetsOf(node)) lambdaCombos.set(subnet.id, (lambdaCombos.get(subnet.id) ?? new Set()).add(combo));
            continue;
          }
          if (!ONE_PER_SUBNET.has(node.kind)) continue;
          if (node.kind === "aws.vpc-endpoint" && node.props.endpointType === "Gateway") continue;
          for (const subnet of index.subnetsOf(node)) add(subnet.id);
        }
        for (const [subnetId, combos] of lambdaCombos) add(subnetId, combos.size);
        for (const [subnetId, needed] of interfaces) {
          const subnet = index.node(subnetId);
          const block = subnet ? subnetCidrBlock(subnet) : null;
          if (!subnet || !block) continue;
          const total = Number(block.end - block.start + 1n);
          const usable = total - RESERVED;
          if (needed <= usable) continue;
          context.report({
            messageId: "full",
            nodeIds: [subnet.id],
            data: { subnet: index.label(subnet.id), cidr: block.network, usable, total, needed },
            fixes: widen(context.index, subnet, block.start, needed),
          });
        }
      },
    };
  },
});

function groupKey(index: Parameters<typeof sgPolicyOf>[0], fn: DiagramNode): string {
  const policy = sgPolicyOf(index, fn);
  return policy.kind === "groups" ? policy.groups.map((g) => g.id).sort().join(",") : "";
}

/** The smallest larger block that fits, where the VPC has room for it. */
function widen(index: Parameters<typeof freeSubnetCidr>[0], subnet: DiagramNode, start: bigint, needed: number): Fix[] {
  let prefix = 28;
  while (prefix > AWS_MIN_PREFIX && 2 ** (32 - prefix) - RESERVED < needed) prefix--;
  if (2 ** (32 - prefix) - RESERVED < needed) return [];
  const size = 2n ** BigInt(32 - prefix);
  const block = freeSubnetCidr(index, subnet, prefix, cidrAt(start - (start % size), prefix));
  if (!block) return [];
  return [
    {
      title: { en: `Make ${index.label(subnet.id)} ${block.network}`, ko: `${index.label(subnet.id)}을(를) ${block.network}(으)로 바꾸기` },
      ops: [{ op: "updateNode", id: subnet.id, props: { cidrBlock: block.network } }],
    },
  ];
}
