import { z } from "zod";
import { defineKind } from "../types";

export const ec2Instance = defineKind({
  id: "aws.ec2-instance",
  name: { en: "EC2 instance", ko: "EC2 인스턴스" },
  summary: {
    en: "A virtual server in one subnet. It reaches the internet from a public subnet only with a public IPv4 or Elastic IP.",
    ko: "한 서브넷 안의 가상 서버입니다. 퍼블릭 서브넷에서도 퍼블릭 IPv4나 탄력적 IP가 있어야 인터넷에 닿습니다.",
  },
  category: "compute",
  container: false,
  parents: ["aws.subnet"],
  props: z.object({
    instanceType: z.string().regex(/^[a-z0-9-]+\.[a-z0-9]+$/, "an instance type such as t3.micro").default("t3.micro"),
    platform: z.enum(["linux", "windows"]).default("linux"),
    associatePublicIp: z.boolean().default(false),
    elasticIp: z.boolean().default(false),
    // Turned off for a NAT instance, which forwards traffic that is not its own.
    sourceDestCheck: z.boolean().default(true),
    // The instance keeps data on instance store volumes (its type's local, ephemeral disks).
    instanceStore: z.boolean().default(false),
    // An IAM role through an instance profile (IamInstanceProfile): Session Manager's agent needs one.
    instanceProfile: z.boolean().default(false),
    // How people get a shell on it; the ec2-ssh-access and ssm-session-manager-path rules check the way in.
    remoteAccess: z.enum(["none", "ssh", "instance-connect", "session-manager"]).default("none"),
    // The EC2 serial console is used on it (Nitro-based types only).
    serialConsole: z.boolean().default(false),
  }),
  cfnType: "AWS::EC2::Instance",
  icon: "ArchitectureServiceAmazonEC2",
  size: { w: 72, h: 72 },
  labelPrefix: "ec2",
});
