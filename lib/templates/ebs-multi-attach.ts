import { build } from "../diagram/builder";
import type { Template } from "./types";

export const ebsMultiAttach: Template = {
  id: "ebs-multi-attach",
  name: { en: "EBS Multi-Attach cluster", ko: "EBS 다중 연결 클러스터" },
  description: {
    en: "One io2 volume with Multi-Attach enabled, attached as a data volume to two Nitro instances in the same Availability Zone, each with its own gp3 boot volume. The instances must run a cluster-aware file system (or coordinate writes themselves): an ordinary file system on a shared volume corrupts data.",
    ko: "다중 연결을 켠 io2 볼륨 하나를 같은 가용 영역의 Nitro 인스턴스 두 대에 데이터 볼륨으로 연결했고, 인스턴스마다 gp3 부팅 볼륨이 따로 있습니다. 인스턴스는 클러스터 인식 파일 시스템을 쓰거나 쓰기를 직접 조정해야 합니다. 공유 볼륨에 일반 파일 시스템을 쓰면 데이터가 손상됩니다.",
  },
  teaches: null,
  findings: [],
  build: () => multiAttachCluster("EBS Multi-Attach cluster", "shared-io2", { volumeType: "io2", size: 100, iops: 3000, multiAttachEnabled: true }),
};

/**
 * Two Nitro instances in one zone, each with its own gp3 boot volume, sharing one data volume with
 * Multi-Attach on: the cluster template and its broken twin differ only in the shared volume.
 */
export function multiAttachCluster(name: string, sharedLabel: string, shared: Record<string, unknown>) {
  return build(name)
    .region("region", { regionCode: "us-east-1" })
    .label("region", "us-east-1")
    .vpc("vpc", "region", { cidrBlock: "10.0.0.0/16" })
    .label("vpc", "cluster-vpc")
    .az("az-a", "vpc", { zoneName: "us-east-1a" })
    .subnet("private-a", "az-a", { cidrBlock: "10.0.10.0/24" })
    .ec2("node-1", "private-a", { instanceType: "m5.large" })
    .ec2("node-2", "private-a", { instanceType: "m5.large" })
    .volume("root-1", "az-a", { volumeType: "gp3", size: 20 })
    .volume("root-2", "az-a", { volumeType: "gp3", size: 20 })
    .volume("shared", "az-a", shared)
    .label("shared", sharedLabel)
    .attach("root-1", "node-1", { boot: true, device: "/dev/xvda" })
    .attach("root-2", "node-2", { boot: true, device: "/dev/xvda" })
    .attach("shared", "node-1", { device: "/dev/sdf" })
    .attach("shared", "node-2", { device: "/dev/sdf" })
    .diagram();
}
