import type { DiagramNode } from "../lib/diagram/types";
import { defineRule } from "../lib/engine/types";
import { NetContext } from "../lib/network/context";
import { serviceAccess } from "../lib/network/services";
import type { Blocker } from "../lib/network/types";

/**
 * Endpoints the SSM Agent must reach over HTTPS for Session Manager. Older agents also use
 * ec2messages; recent ones do not need it, so it is not required here (a finding must always be right).
 */
const SERVICES = ["ssm", "ssmmessages"] as const;

export default defineRule({
  meta: {
    id: "ssm-session-manager-path",
    severity: "error",
    category: "compute",
    scope: "component",
    title: { en: "Session Manager needs a role and a way to its endpoints", ko: "Session Manager에는 역할과 엔드포인트 경로가 필요" },
    explanation: {
      en: "Session Manager opens a shell without inbound ports or SSH keys: the SSM Agent on the instance connects out to Systems Manager. For that the SSM Agent needs IAM permissions: an IAM role through an instance profile, or, with no profile, the role that Default Host Management Configuration registers for the account and Region (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ssm-defaulthostmanagementconfiguration.html); the diagram does not show that account setting, so a missing profile is a warning. It also needs outbound HTTPS (TCP 443) to the ssm and ssmmessages endpoints (and ec2messages for older agents): through a NAT gateway or an internet gateway with a public address, or through interface VPC endpoints for those services in a private subnet. The notes (EC2 › connect) say Session Manager needs only the SSM Agent and IAM; AWS documents the network path too.",
      ko: "Session Manager는 인바운드 포트나 SSH 키 없이 셸을 엽니다. 인스턴스의 SSM Agent가 Systems Manager로 나가는 연결을 맺기 때문입니다. 그러려면 SSM Agent에 IAM 권한이 있어야 합니다. 인스턴스 프로파일의 IAM 역할, 또는 프로파일이 없으면 계정과 리전에 기본 호스트 관리 구성(Default Host Management Configuration)으로 등록한 역할입니다(https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ssm-defaulthostmanagementconfiguration.html). 다이어그램에는 그 계정 설정이 나타나지 않으므로 프로파일이 없으면 경고로 알립니다. 또한 ssm과 ssmmessages 엔드포인트(이전 에이전트는 ec2messages도)로 나가는 HTTPS(TCP 443)가 필요합니다. NAT 게이트웨이나, 퍼블릭 주소가 있는 인터넷 게이트웨이를 거치거나, 프라이빗 서브넷에서는 그 서비스들의 인터페이스 VPC 엔드포인트를 거칩니다. 노트(EC2 › 연결)는 SSM Agent와 IAM만 있으면 된다고 하지만, AWS 문서는 네트워크 경로도 요구합니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager-prerequisites.html",
    notesSection: "EC2 › connect",
    facts: ["ssm_session_manager_path"],
    messages: {
      noProfile: {
        en: "Instance {instance} is reached through Session Manager but has no instance profile; the SSM Agent needs an IAM role to register with Systems Manager, which without a profile only Default Host Management Configuration (an account and Region setting) gives it.",
        ko: "인스턴스 {instance}에 Session Manager로 접속하지만 인스턴스 프로파일이 없습니다. SSM Agent가 Systems Manager에 등록하려면 IAM 역할이 필요하며, 프로파일이 없으면 계정·리전 설정인 기본 호스트 관리 구성(Default Host Management Configuration)만이 그 역할을 줍니다.",
      },
      noPath: {
        en: "Instance {instance} is reached through Session Manager, but from subnet {subnet} it cannot reach the {service} endpoints over HTTPS: {reasonEn} Add interface endpoints for ssm and ssmmessages, or a NAT path.",
        ko: "인스턴스 {instance}에 Session Manager로 접속하지만 서브넷 {subnet}에서 {service} 엔드포인트로 HTTPS 연결을 할 수 없습니다: {reasonKo} ssm과 ssmmessages 인터페이스 엔드포인트를 추가하거나 NAT 경로를 두세요.",
      },
    },
  },
  create(context) {
    const { index } = context;
    let net: NetContext | undefined;
    return {
      "aws.ec2-instance"(instance: DiagramNode) {
        if (instance.props.remoteAccess !== "session-manager") return;
        const name = index.label(instance.id);
        if (instance.props.instanceProfile !== true) {
          context.report({
            messageId: "noProfile",
            nodeIds: [instance.id],
            data: { instance: name },
            // Default Host Management Configuration works without a profile; the diagram cannot show it.
            severity: "warning",
            fixes: [{ title: { en: "Give it an instance profile", ko: "인스턴스 프로파일 주기" }, ops: [{ op: "updateNode", id: instance.id, props: { instanceProfile: true } }] }],
          });
        }
        net ??= new NetContext(index);
        // Services blocked for the same reason make one finding: "ssm, ssmmessages".
        const byReason = new Map<string, { services: string[]; subnet: DiagramNode; blocker: Blocker }>();
        for (const service of SERVICES) {
          for (const subnet of index.subnetsOf(instance)) {
            const verdict = serviceAccess(net, instance, subnet, { service });
            // Unknown (no route table drawn, a default security group) is not a finding.
            if (verdict.status !== "no" || !verdict.blocker) continue;
            const seen = byReason.get(verdict.blocker.reason.en);
            if (seen) seen.services.push(service);
            else byReason.set(verdict.blocker.reason.en, { services: [service], subnet, blocker: verdict.blocker });
            break;
          }
        }
        for (const { services, subnet, blocker } of byReason.values()) {
          context.report({
            messageId: "noPath",
            nodeIds: [...new Set([instance.id, blocker.nodeId])],
            data: { instance: name, subnet: index.label(subnet.id), service: services.join(", "), reasonEn: blocker.reason.en, reasonKo: blocker.reason.ko },
          });
        }
      },
    };
  },
});
