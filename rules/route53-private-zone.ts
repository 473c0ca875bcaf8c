import { defineRule, type Fix } from "../lib/engine/types";
import { vpcDnsAttributeOn } from "../lib/network/dns";
import type { DiagramIndex } from "../lib/diagram/graph";
import type { DiagramNode } from "../lib/diagram/types";
import { dnsName } from "../lib/kinds/route53-records";

export default defineRule({
  meta: {
    id: "route53-private-zone",
    severity: "error",
    category: "dns-and-edge",
    title: { en: "Private hosted zones answer only in associated VPCs with DNS turned on", ko: "프라이빗 호스팅 영역은 DNS가 켜진 연결된 VPC에서만 응답" },
    explanation: {
      en: "A private hosted zone answers only DNS queries that come from the VPCs associated with it (zone-association edges from its records). The notes say only that; AWS adds that each associated VPC must have both enableDnsSupport and enableDnsHostnames set to true for private hosted zones to work there (enableDnsHostnames is false by default in a VPC you create, but true in a default VPC, https://docs.aws.amazon.com/vpc/latest/userguide/AmazonDNS-concepts.html). A public hosted zone is never associated with a VPC.",
      ko: "프라이빗 호스팅 영역은 연결된 VPC(레코드에서 나가는 영역 연결)에서 온 DNS 쿼리에만 응답합니다. 노트는 여기까지만 말하지만, AWS 문서에 따르면 그 VPC에서 프라이빗 호스팅 영역이 동작하려면 연결된 VPC마다 enableDnsSupport와 enableDnsHostnames가 모두 true여야 합니다 (직접 만든 VPC에서는 enableDnsHostnames가 기본적으로 false이지만, 기본 VPC에서는 true입니다. https://docs.aws.amazon.com/vpc/latest/userguide/AmazonDNS-concepts.html). 퍼블릭 호스팅 영역은 VPC와 연결하지 않습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/hosted-zone-private-considerations.html",
    notesSection: "Route 53 › hosted zone",
    facts: ["r53_private_hz"],
    messages: {
      noVpc: {
        en: "Private hosted zone {zone} ({records}) is associated with no VPC, so no one can resolve its records.",
        ko: "프라이빗 호스팅 영역 {zone}({records})이(가) 어떤 VPC와도 연결되지 않아 아무도 레코드를 확인할 수 없습니다.",
      },
      noVpcUnnamed: {
        en: "Record {record} is in a private hosted zone associated with no VPC, so no one can resolve it.",
        ko: "레코드 {record}이(가) 어떤 VPC와도 연결되지 않은 프라이빗 호스팅 영역에 있어 아무도 확인할 수 없습니다.",
      },
      vpcDnsUnnamed: {
        en: "VPC {vpc} is associated with the private hosted zone of record {record} but has {settings} turned off; both enableDnsSupport and enableDnsHostnames must be true for it to resolve the zone.",
        ko: "VPC {vpc}이(가) 레코드 {record}의 프라이빗 호스팅 영역과 연결되어 있지만 {settings}이(가) 꺼져 있습니다. 영역을 확인하려면 enableDnsSupport와 enableDnsHostnames가 모두 true여야 합니다.",
      },
      vpcDns: {
        en: "VPC {vpc} is associated with private hosted zone {zone} but has {settings} turned off; both enableDnsSupport and enableDnsHostnames must be true for it to resolve the zone.",
        ko: "VPC {vpc}이(가) 프라이빗 호스팅 영역 {zone}과(와) 연결되어 있지만 {settings}이(가) 꺼져 있습니다. 영역을 확인하려면 enableDnsSupport와 enableDnsHostnames가 모두 true여야 합니다.",
      },
      publicZone: {
        en: "Record {record} is in a public hosted zone but is associated with VPC {vpc}; only private hosted zones are associated with VPCs.",
        ko: "레코드 {record}은(는) 퍼블릭 호스팅 영역에 있는데 VPC {vpc}과(와) 연결되어 있습니다. VPC와 연결하는 것은 프라이빗 호스팅 영역뿐입니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.route53-record"(record) {
        if (record.props.privateZone === true) return;
        for (const edge of index.edgesFrom(record.id, "zone-association")) {
          context.report({
            messageId: "publicZone",
            nodeIds: [record.id, edge.target],
            data: { record: index.label(record.id), vpc: index.label(edge.target) },
            fixes: [
              { title: { en: "Mark the zone private", ko: "영역을 프라이빗으로 표시" }, ops: [{ op: "updateNode", id: record.id, props: { privateZone: true } }] },
              { title: { en: "Remove the association", ko: "연결 제거" }, ops: [{ op: "removeEdge", id: edge.id }] },
            ],
          });
        }
      },
      diagram() {
        for (const [zone, records] of privateZones(index)) {
          const named = zone !== undefined;
          const names = records.map((r) => index.label(r.id)).join(", ");
          const vpcs = new Map<string, DiagramNode>();
          for (const record of records) {
            for (const edge of index.edgesFrom(record.id, "zone-association")) {
              const vpc = index.node(edge.target);
              if (vpc) vpcs.set(vpc.id, vpc);
            }
          }
          if (vpcs.size === 0) {
            context.report({
              messageId: named ? "noVpc" : "noVpcUnnamed",
              nodeIds: records.map((r) => r.id),
              data: named ? { zone, records: names } : { record: names },
              severity: "warning",
            });
            continue;
          }
          for (const vpc of vpcs.values()) {
            // A default VPC has DNS hostnames on; the VPC kind's false default is that of a VPC you create.
            const off = (["enableDnsSupport", "enableDnsHostnames"] as const).filter((key) => !vpcDnsAttributeOn(vpc, key));
            if (off.length === 0) continue;
            context.report({
              messageId: named ? "vpcDns" : "vpcDnsUnnamed",
              nodeIds: [vpc.id, ...records.map((r) => r.id)],
              data: { vpc: index.label(vpc.id), settings: off.join(" and "), ...(named ? { zone } : { record: names }) },
              fixes: [dnsFix(vpc)],
            });
          }
        }
      },
    };
  },
});

/**
 * Records of private zones, by zone name: records naming the same zone share its associations (drawn
 * on any of them); a record whose zone is not named is a zone of its own (name undefined), alone.
 */
function privateZones(index: DiagramIndex): [string | undefined, DiagramNode[]][] {
  const named = new Map<string, DiagramNode[]>();
  const unnamed: [undefined, DiagramNode[]][] = [];
  for (const record of index.ofKind("aws.route53-record")) {
    if (record.props.privateZone !== true) continue;
    if (typeof record.props.zoneName !== "string") {
      unnamed.push([undefined, [record]]);
      continue;
    }
    const zone = dnsName(record.props.zoneName);
    named.set(zone, [...(named.get(zone) ?? []), record]);
  }
  return [...named, ...unnamed];
}

function dnsFix(vpc: DiagramNode): Fix {
  return {
    title: { en: "Turn on DNS support and DNS hostnames in the VPC", ko: "VPC의 DNS 지원과 DNS 호스트 이름 켜기" },
    ops: [{ op: "updateNode", id: vpc.id, props: { enableDnsSupport: true, enableDnsHostnames: true } }],
  };
}
