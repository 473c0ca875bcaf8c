import { defineRule } from "../lib/engine/types";
import { isKnownXenBased } from "../lib/kinds/instance-types";

export default defineRule({
  meta: {
    id: "ec2-serial-console-nitro",
    severity: "error",
    category: "compute",
    scope: "component",
    title: { en: "The EC2 serial console needs a Nitro-based instance", ko: "EC2 직렬 콘솔은 Nitro 기반 인스턴스에서만" },
    explanation: {
      en: "The EC2 serial console connects to an instance's serial port, authenticated through IAM plus the operating system's root password, even when the network or SSH is broken. It works only on instances built on the AWS Nitro System (and bare-metal sizes); Xen-based types such as t2, m4, c4 or r4 are refused. The notes (EC2 › connect) say it works only on some instance types, for example not t2; AWS lists the Nitro-based types. Access must also be turned on for the account.",
      ko: "EC2 직렬 콘솔은 인스턴스의 직렬 포트에 연결하며, 네트워크나 SSH가 망가져도 IAM 인증과 운영 체제의 루트 암호로 들어갈 수 있습니다. AWS Nitro System 기반 인스턴스(와 베어 메탈 크기)에서만 동작하고, t2·m4·c4·r4 같은 Xen 기반 유형은 거부됩니다. 노트(EC2 › 연결)는 특정 인스턴스 유형에서만(예: t2 불가) 쓸 수 있다고 하며, AWS 문서가 Nitro 기반 유형을 나열합니다. 계정에서 직렬 콘솔 액세스도 켜야 합니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-serial-console-prerequisites.html",
    notesSection: "EC2 › connect",
    facts: ["ec2_serial_console_nitro"],
    messages: {
      xen: {
        en: "Instance {instance} uses the EC2 serial console, but {type} is a Xen-based type; the serial console works only on Nitro-based instances.",
        ko: "인스턴스 {instance}이(가) EC2 직렬 콘솔을 쓰지만 {type}은(는) Xen 기반 유형입니다. 직렬 콘솔은 Nitro 기반 인스턴스에서만 동작합니다.",
      },
    },
  },
  create(context) {
    return {
      "aws.ec2-instance"(instance) {
        const type = instance.props.instanceType;
        if (instance.props.serialConsole !== true || typeof type !== "string" || !isKnownXenBased(type)) return;
        context.report({ messageId: "xen", nodeIds: [instance.id], data: { instance: context.index.label(instance.id), type } });
      },
    };
  },
});
