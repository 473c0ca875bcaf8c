import { defineRule, type Fix } from "../lib/engine/types";
import type { DiagramIndex } from "../lib/diagram/graph";
import type { DiagramNode } from "../lib/diagram/types";
import { dnsName } from "../lib/kinds/route53-records";
import { alias } from "../lib/kinds/edges";

/**
 * Targets an alias A record can answer with: every kind the registry lets a record point at, except an
 * EC2 instance, which a record names by its IP address (a plain value), never as an alias.
 */
const ALIAS_TARGETS = new Set(alias.to.filter((kind) => kind !== "aws.ec2-instance"));

export default defineRule({
  meta: {
    id: "route53-cname-apex",
    severity: "error",
    category: "dns-and-edge",
    scope: "component",
    title: { en: "No CNAME at the zone apex", ko: "영역 최상위(apex)에는 CNAME 불가" },
    explanation: {
      en: "DNS does not allow a CNAME record at the zone apex (example.com itself), because the apex must also hold the zone's SOA and NS records. To point the apex at an AWS resource such as a load balancer or CloudFront distribution, use a Route 53 alias record (type A or AAAA), which can sit at the apex. The notes say an alias record can point to AWS resources but not to EC2, which is right; AWS lists the targets: load balancers, CloudFront, API Gateway, an S3 website bucket named like the record, Elastic Beanstalk, VPC interface endpoints, Global Accelerator, AppSync and another record in the same zone. An alias has no TTL of its own.",
      ko: "DNS는 영역 최상위(apex, example.com 자체)에 CNAME 레코드를 허용하지 않습니다. 최상위에는 영역의 SOA와 NS 레코드도 있어야 하기 때문입니다. 최상위를 로드 밸런서나 CloudFront 배포 같은 AWS 리소스로 향하게 하려면 Route 53 별칭 레코드(A 또는 AAAA 유형)를 쓰세요. 별칭 레코드는 최상위에 둘 수 있습니다. 노트는 별칭 레코드가 AWS 리소스를 가리킬 수 있지만 EC2는 안 된다고 하며 이는 맞습니다. AWS가 밝힌 대상은 로드 밸런서, CloudFront, API Gateway, 레코드 이름과 같은 이름의 S3 웹 사이트 버킷, Elastic Beanstalk, VPC 인터페이스 엔드포인트, Global Accelerator, AppSync, 같은 영역의 다른 레코드입니다. 별칭에는 자체 TTL이 없습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resource-record-sets-choosing-alias-non-alias.html",
    notesSection: "Route 53 › records",
    facts: ["r53_cname_apex", "r53_alias_targets"],
    messages: {
      cnameAtApex: {
        en: "Record {record} is a CNAME for {name}, the apex of zone {zone}; a CNAME cannot sit at the zone apex, use an alias record.",
        ko: "레코드 {record}은(는) 영역 {zone}의 최상위인 {name}에 대한 CNAME입니다. CNAME은 영역 최상위에 둘 수 없으니 별칭 레코드를 쓰세요.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.route53-record"(record) {
        const { recordType, name, zoneName } = record.props;
        if (recordType !== "CNAME" || typeof name !== "string" || typeof zoneName !== "string") return;
        if (dnsName(name) !== dnsName(zoneName)) return;
        const fix = aliasFix(index, record);
        context.report({
          messageId: "cnameAtApex",
          nodeIds: [record.id],
          data: { record: index.label(record.id), name, zone: zoneName },
          fixes: fix ? [fix] : [],
        });
      },
    };
  },
});

/** An alias A record instead, when every drawn target is one an alias can point to. */
function aliasFix(index: DiagramIndex, record: DiagramNode): Fix | undefined {
  const targets = index.edgesFrom(record.id, "alias").map((e) => index.node(e.target));
  if (targets.length === 0 || !targets.every((t) => t !== undefined && ALIAS_TARGETS.has(t.kind))) return undefined;
  return {
    title: { en: "Make it an alias A record", ko: "별칭 A 레코드로 바꾸기" },
    ops: [{ op: "updateNode", id: record.id, props: { recordType: "A", alias: true } }],
  };
}
