import { defineRule, type Fix } from "../lib/engine/types";
import { createEdge } from "../lib/diagram/create";
import type { DiagramIndex } from "../lib/diagram/graph";
import type { DiagramNode } from "../lib/diagram/types";
import { firstSubnetPerOtherZone } from "../lib/network/cidr";

export default defineRule({
  meta: {
    id: "rds-subnet-group",
    severity: "error",
    category: "placement",
    scope: "component",
    title: { en: "A DB subnet group spans at least two AZs", ko: "DB 서브넷 그룹은 두 개 이상의 가용 영역에 걸침" },
    explanation: {
      en: "An RDS DB instance or Aurora cluster in a VPC is placed through a DB subnet group, which must have subnets in at least two Availability Zones, even for a Single-AZ instance, so that RDS can move or add a standby. Multi-AZ keeps a synchronous standby in another AZ and protects against an AZ failure, not a Region failure; the notes say so correctly. Draw the database in one subnet and join it to a subnet of another AZ with a placement edge.",
      ko: "VPC의 RDS DB 인스턴스나 Aurora 클러스터는 DB 서브넷 그룹으로 배치되며, DB 서브넷 그룹에는 단일 AZ 인스턴스라도 두 개 이상의 가용 영역에 서브넷이 있어야 RDS가 대기 인스턴스를 옮기거나 추가할 수 있습니다. 다중 AZ는 다른 AZ에 동기식 대기 인스턴스를 두어 AZ 장애를 막지만 리전 장애는 막지 못하며, 노트의 설명이 맞습니다. 데이터베이스를 서브넷 하나에 그리고 다른 AZ의 서브넷과 배치 연결로 이으세요.",
    },
    docsUrl: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html",
    notesSection: "RDS › deployment",
    facts: ["rds_subnet_group_2az", "rds_multi_az"],
    messages: {
      oneZone: {
        en: "Database {db} has subnets in only one Availability Zone ({zone}); its DB subnet group needs subnets in at least two.",
        ko: "데이터베이스 {db}의 서브넷이 가용 영역 하나({zone})에만 있습니다. DB 서브넷 그룹에는 두 개 이상의 가용 영역에 서브넷이 있어야 합니다.",
      },
      multiAzOneZone: {
        en: "Multi-AZ database {db} has subnets in only one Availability Zone ({zone}), so there is no other AZ for its standby.",
        ko: "다중 AZ 데이터베이스 {db}의 서브넷이 가용 영역 하나({zone})에만 있어서 대기 인스턴스를 둘 다른 AZ가 없습니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    const check = (db: DiagramNode) => {
      const subnets = index.subnetsOf(db);
      if (subnets.length === 0) return;
      // A subnet of unknown zone may be the second zone: report only what is certain.
      const zones = subnets.map((s) => index.zoneOf(s));
      if (zones.some((z) => z === undefined)) return;
      const known = new Set(zones as string[]);
      if (known.size >= 2) return;
      const [zone] = known;
      // Aurora clusters always spread their storage and replicas over AZs; a Multi-AZ instance needs the standby's AZ.
      const standby = db.kind === "aws.aurora-cluster" || db.props.multiAz === true;
      context.report({
        messageId: standby ? "multiAzOneZone" : "oneZone",
        nodeIds: [db.id, ...subnets.map((s) => s.id)],
        data: { db: index.label(db.id), zone: zone! },
        fixes: firstSubnetPerOtherZone(index, db, known).map((s) => placeIn(index, db, s)),
        ...(standby ? {} : { severity: "warning" as const }),
      });
    };
    return { "aws.rds-instance": check, "aws.aurora-cluster": check };
  },
});

function placeIn(index: DiagramIndex, db: DiagramNode, subnet: DiagramNode): Fix {
  const label = index.label(subnet.id);
  const zone = index.zoneOf(subnet)!;
  return {
    title: { en: `Add ${label} (${zone}) to the DB subnet group`, ko: `DB 서브넷 그룹에 ${label}(${zone}) 추가` },
    ops: [{ op: "addEdge", edge: createEdge(index.diagram, "placement", db.id, subnet.id) }],
  };
}
