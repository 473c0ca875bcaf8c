import type { DiagramIndex } from "../lib/diagram/graph";
import type { DiagramNode } from "../lib/diagram/types";
import { defineRule } from "../lib/engine/types";
import { applicationPort, DEFAULT_PORTS } from "../lib/network/ports";
import { analyzeReachability, profileOf } from "../lib/network/reachability";
import { sgPolicyOf } from "../lib/network/security-groups";

const SSH = DEFAULT_PORTS.ssh;

/** Whether a security-group rule lets TCP 22 in, from any source. */
function allowsSsh(rule: Record<string, unknown>): boolean {
  if (rule.protocol === "-1") return true;
  if (rule.protocol !== "tcp") return false;
  const from = typeof rule.fromPort === "number" ? rule.fromPort : -1;
  const to = typeof rule.toPort === "number" ? rule.toPort : -1;
  return from === -1 || to === -1 || (from <= SSH && SSH <= to);
}

/**
 * A drawn SSH connection to the instance: on port 22, or marked SSH/SFTP on another port (sshd may listen
 * elsewhere). connection-blocked checks that path, on the port it names.
 */
function hasSshConnection(index: DiagramIndex, instance: DiagramNode): boolean {
  return index
    .edgesTo(instance.id, "connection")
    .some((e) => e.props.application === "ssh" || e.props.application === "sftp" || (typeof e.props.port === "number" ? e.props.port : applicationPort(e.props.application)) === SSH);
}

export default defineRule({
  meta: {
    id: "ec2-ssh-access",
    severity: "error",
    category: "compute",
    scope: "component",
    title: { en: "SSH and EC2 Instance Connect need port 22 and a way in", ko: "SSH와 EC2 Instance Connect에는 포트 22와 경로가 필요" },
    explanation: {
      en: "SSH with a key pair needs an inbound TCP 22 rule in the instance's security group and a network path to it: a public IPv4 address in a subnet routed to an internet gateway, or a private path from a bastion host, a peered VPC, VPN or Direct Connect. EC2 Instance Connect pushes a temporary key through IAM but still connects over SSH on port 22, so it needs the same inbound rule and path (from the internet: a public address in a public subnet); without one, an EC2 Instance Connect Endpoint reaches private instances. It works with Linux instances, not Windows. The notes (EC2 › connect) say Instance Connect supports only Amazon Linux 2 and Ubuntu 16.04 or later; that was the 2023 list, and AWS now also supports Amazon Linux 2023 (preinstalled), RHEL, CentOS Stream, macOS and more.",
      ko: "키 페어로 SSH 연결을 하려면 인스턴스 보안 그룹에 TCP 22 인바운드 규칙이 있고 네트워크 경로가 있어야 합니다. 인터넷 게이트웨이로 라우팅되는 서브넷의 퍼블릭 IPv4 주소, 또는 배스천 호스트·피어링된 VPC·VPN·Direct Connect를 거치는 사설 경로입니다. EC2 Instance Connect는 IAM으로 임시 키를 넣지만 연결은 여전히 포트 22의 SSH이므로 같은 인바운드 규칙과 경로가 필요합니다(인터넷에서라면 퍼블릭 서브넷의 퍼블릭 주소). 그런 경로가 없으면 EC2 Instance Connect Endpoint로 프라이빗 인스턴스에 닿습니다. Linux 인스턴스에서 동작하며 Windows는 지원하지 않습니다. 노트(EC2 › 연결)는 Instance Connect가 Amazon Linux 2와 Ubuntu 16.04 이상만 지원한다고 하지만 그것은 2023년 목록이고, 지금은 Amazon Linux 2023(기본 설치), RHEL, CentOS Stream, macOS 등도 지원합니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-connect-prerequisites.html",
    notesSection: "EC2 › connect",
    facts: ["ec2_ssh_inbound_22", "ec2_instance_connect"],
    messages: {
      windows: {
        en: "Instance {instance} runs Windows; EC2 Instance Connect works with Linux instances only. Use RDP, Session Manager, Fleet Manager or an EC2 Instance Connect Endpoint.",
        ko: "인스턴스 {instance}은(는) Windows입니다. EC2 Instance Connect는 Linux 인스턴스에서만 동작합니다. RDP, Session Manager, Fleet Manager 또는 EC2 Instance Connect Endpoint를 쓰세요.",
      },
      noInbound22: {
        en: "Instance {instance} is reached over {methodEn}, but its security groups {groups} have no inbound rule for TCP 22.",
        ko: "인스턴스 {instance}에 {methodKo}(으)로 접속하지만 보안 그룹 {groups}에 TCP 22 인바운드 규칙이 없습니다.",
      },
      noPublicPath: {
        en: "Instance {instance} is reached over {methodEn}, but not from the internet: {reasonEn} Draw the connection it comes from (a bastion host, on-premises over VPN) so that path can be checked{endpointEn}.",
        ko: "인스턴스 {instance}에 {methodKo}(으)로 접속하지만 인터넷에서는 닿지 않습니다: {reasonKo} 접속이 오는 곳(배스천 호스트, VPN을 거친 온프레미스)에서 연결을 그리면 그 경로를 검사합니다{endpointKo}.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.ec2-instance"(instance) {
        const method = instance.props.remoteAccess;
        if (method !== "ssh" && method !== "instance-connect") return;
        const name = index.label(instance.id);
        if (method === "instance-connect" && instance.props.platform === "windows") {
          context.report({ messageId: "windows", nodeIds: [instance.id], data: { instance: name } });
          return;
        }
        if (hasSshConnection(index, instance)) return;
        const policy = sgPolicyOf(index, instance);
        // With no group drawn the VPC's default group applies, whose rules the diagram does not show.
        if (policy.kind === "groups") {
          const open = policy.groups.some((g) => Array.isArray(g.props.ingress) && (g.props.ingress as Record<string, unknown>[]).some(allowsSsh));
          if (!open) {
            const methodText = method === "ssh" ? { en: "SSH", ko: "SSH" } : { en: "EC2 Instance Connect", ko: "EC2 Instance Connect" };
            context.report({
              messageId: "noInbound22",
              nodeIds: [instance.id, ...policy.groups.map((g) => g.id)],
              data: { instance: name, groups: policy.groups.map((g) => index.label(g.id)).join(", "), methodEn: methodText.en, methodKo: methodText.ko },
            });
            return;
          }
        }
        const ingress = profileOf(analyzeReachability(index), instance.id)?.internetIngress.verdict;
        const blocker = ingress?.status === "no" ? ingress.blocker : undefined;
        // Only "no public address" and "no internet route" say the internet cannot reach it at all; ports are checked above.
        if (!blocker || (blocker.code !== "no-public-ip" && blocker.code !== "not-public")) return;
        const connect = method === "instance-connect";
        context.report({
          messageId: "noPublicPath",
          nodeIds: [...new Set([instance.id, blocker.nodeId])],
          data: {
            instance: name,
            methodEn: connect ? "EC2 Instance Connect" : "SSH",
            methodKo: connect ? "EC2 Instance Connect" : "SSH",
            reasonEn: blocker.reason.en,
            reasonKo: blocker.reason.ko,
            endpointEn: connect ? ", or use an EC2 Instance Connect Endpoint" : "",
            endpointKo: connect ? ". 또는 EC2 Instance Connect Endpoint를 쓰세요" : "",
          },
          severity: "info",
        });
      },
    };
  },
});
