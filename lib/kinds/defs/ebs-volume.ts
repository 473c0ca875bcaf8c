import { z } from "zod";
import { defineKind } from "../types";

export const ebsVolume = defineKind({
  id: "aws.ebs-volume",
  name: { en: "EBS volume", ko: "EBS 볼륨" },
  summary: {
    en: "Block storage in one Availability Zone, attached only to instances in that same zone.",
    ko: "한 가용 영역 안의 블록 스토리지로, 같은 가용 영역의 인스턴스에만 연결됩니다.",
  },
  category: "storage",
  container: false,
  // A volume lives in an AZ, not a subnet; inside a subnet it takes the subnet's zone.
  parents: ["aws.availability-zone", "aws.subnet"],
  props: z.object({
    volumeType: z.enum(["gp2", "gp3", "io1", "io2", "st1", "sc1", "standard"]).default("gp3"),
    // GiB.
    size: z.number().int().positive().default(8),
    iops: z.number().int().positive().optional(),
    // MiB/s, gp3 only.
    throughput: z.number().int().positive().optional(),
    multiAttachEnabled: z.boolean().default(false),
    encrypted: z.boolean().default(false),
  }),
  cfnType: "AWS::EC2::Volume",
  icon: "ArchitectureServiceAmazonElasticBlockStore",
  size: { w: 72, h: 72 },
  labelPrefix: "vol",
});
