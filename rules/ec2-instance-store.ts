import { defineRule } from "../lib/engine/types";

export default defineRule({
  meta: {
    id: "ec2-instance-store",
    severity: "info",
    category: "storage",
    scope: "component",
    title: { en: "Instance store data does not outlive the instance", ko: "인스턴스 스토어 데이터는 인스턴스보다 오래가지 않음" },
    explanation: {
      en: "An instance store volume is a disk physically attached to the instance's host: fast, but temporary. Its data survives a reboot but is lost when the instance stops, hibernates or terminates, or when the disk fails. It cannot be detached or shared with another instance, can be added only at launch, and only some instance types have one. Keep data that must last on EBS, EFS or S3, and use instance store for caches, buffers and scratch data. The notes say the data is lost when the instance is terminated; AWS documents that it is also lost on stop, hibernation and disk failure.",
      ko: "인스턴스 스토어 볼륨은 인스턴스의 호스트에 물리적으로 붙은 디스크로, 빠르지만 임시입니다. 데이터는 재부팅 후에는 남지만 인스턴스를 중지·최대 절전·종료하거나 디스크가 고장 나면 사라집니다. 분리하거나 다른 인스턴스와 공유할 수 없고, 시작할 때만 추가할 수 있으며, 일부 인스턴스 유형에만 있습니다. 오래 보관할 데이터는 EBS, EFS, S3에 두고 인스턴스 스토어는 캐시·버퍼·임시 데이터에 쓰세요. 노트는 인스턴스를 종료하면 데이터가 사라진다고 하지만, AWS 문서에 따르면 중지, 최대 절전, 디스크 고장 때도 사라집니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/InstanceStorage.html",
    notesSection: "EC2 Instance Store",
    facts: ["instance_store_lifecycle"],
    messages: {
      ephemeral: {
        en: "Instance {instance} keeps data on instance store volumes; that data is lost when the instance stops, hibernates or terminates, or a disk fails. Keep data that must last on EBS, EFS or S3.",
        ko: "인스턴스 {instance}이(가) 인스턴스 스토어 볼륨에 데이터를 둡니다. 이 데이터는 인스턴스를 중지·최대 절전·종료하거나 디스크가 고장 나면 사라집니다. 오래 보관할 데이터는 EBS, EFS, S3에 두세요.",
      },
    },
  },
  create(context) {
    return {
      "aws.ec2-instance"(instance) {
        if (instance.props.instanceStore !== true) return;
        context.report({ messageId: "ephemeral", nodeIds: [instance.id], data: { instance: context.index.label(instance.id) } });
      },
    };
  },
});
