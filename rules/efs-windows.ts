import { defineRule } from "../lib/engine/types";

export default defineRule({
  meta: {
    id: "efs-windows",
    severity: "error",
    category: "storage",
    scope: "component",
    title: { en: "EFS is for Linux, not Windows", ko: "EFS는 Windows가 아닌 Linux용" },
    explanation: {
      en: "EFS is a managed NFS file system that works only with Linux-based EC2 AMIs; Windows instances are not supported. For Windows file shares over SMB, use Amazon FSx for Windows File Server instead.",
      ko: "EFS는 관리형 NFS 파일 시스템으로, Linux 기반 EC2 AMI와만 호환되고 Windows 인스턴스는 지원하지 않습니다. SMB를 쓰는 Windows 파일 공유에는 Amazon FSx for Windows File Server를 사용하세요.",
    },
    docsUrl: "https://docs.aws.amazon.com/efs/latest/ug/whatisefs.html",
    notesSection: "EFS",
    facts: ["efs_linux_only", "fsx_windows"],
    messages: {
      windowsClient: {
        en: "Windows instance {instance} mounts EFS file system {fileSystem}; EFS does not support Windows (use FSx for Windows File Server).",
        ko: "Windows 인스턴스 {instance}이(가) EFS 파일 시스템 {fileSystem}을(를) 탑재합니다. EFS는 Windows를 지원하지 않습니다 (FSx for Windows File Server를 사용하세요).",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.efs"(fileSystem) {
        for (const edge of index.edgesTo(fileSystem.id, "mount")) {
          const client = index.node(edge.source);
          if (client?.kind !== "aws.ec2-instance" || client.props.platform !== "windows") continue;
          context.report({
            messageId: "windowsClient",
            nodeIds: [client.id, fileSystem.id],
            data: { instance: index.label(client.id), fileSystem: index.label(fileSystem.id) },
          });
        }
      },
    };
  },
});
