import { multiAttachCluster } from "./ebs-multi-attach";
import type { Template } from "./types";

export const multiAttachGp3: Template = {
  id: "multi-attach-gp3",
  name: { en: "Multi-Attach on gp3 (broken, to learn from)", ko: "gp3에서 다중 연결 (일부러 틀린 예)" },
  description: {
    en: "Deliberately broken: the same shared volume as the \"EBS Multi-Attach cluster\" template, but as a gp3 volume. Only Provisioned IOPS volumes (io1, io2) support Multi-Attach, so AWS refuses the second attachment. Archlint reports it and offers to change the volume to io2.",
    ko: "일부러 틀린 예입니다. \"EBS 다중 연결 클러스터\" 템플릿과 같은 공유 볼륨이지만 gp3 볼륨입니다. 다중 연결은 프로비저닝된 IOPS 볼륨(io1, io2)만 지원하므로 AWS가 두 번째 연결을 거부합니다. Archlint가 이를 알리고 볼륨을 io2로 바꾸는 수정을 제안합니다.",
  },
  teaches: {
    en: "EBS Multi-Attach works only on io1 and io2 volumes, not on gp3.",
    ko: "EBS 다중 연결은 io1과 io2 볼륨에서만 되고 gp3에서는 되지 않습니다.",
  },
  findings: ["ebs-multi-attach"],
  build: () => multiAttachCluster("Multi-Attach on gp3 (broken)", "shared-gp3", { volumeType: "gp3", size: 100, multiAttachEnabled: true }),
};
