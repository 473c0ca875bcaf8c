import { defineRule } from "../lib/engine/types";
import type { DiagramNode } from "../lib/diagram/types";

export default defineRule({
  meta: {
    id: "lambda-vpc-tenancy",
    severity: "error",
    category: "compute",
    title: { en: "Lambda cannot attach to a dedicated-tenancy VPC", ko: "Lambda는 전용 테넌시 VPC에 연결할 수 없음" },
    explanation: {
      en: "Lambda does not run functions in a VPC whose instance tenancy is dedicated. To reach resources in such a VPC, attach the function to a VPC with default tenancy and peer the two VPCs. The notes do not cover this.",
      ko: "Lambda는 인스턴스 테넌시가 전용(dedicated)인 VPC에서 함수를 실행하지 않습니다. 이런 VPC의 리소스에 접근하려면 함수를 기본 테넌시 VPC에 연결하고 두 VPC를 피어링하세요. 노트에는 이 내용이 없습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html",
    facts: ["lambda_vpc_dedicated_tenancy"],
    messages: {
      dedicated: {
        en: "Function {function} is attached to VPC {vpc}, which has dedicated instance tenancy; Lambda supports only default-tenancy VPCs.",
        ko: "함수 {function}이(가) 인스턴스 테넌시가 전용인 VPC {vpc}에 연결되어 있습니다. Lambda는 기본 테넌시 VPC만 지원합니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.lambda"(fn) {
        const vpcs = new Map<string, DiagramNode>();
        for (const subnet of index.subnetsOf(fn)) {
          const vpc = index.vpcOf(subnet);
          if (vpc?.props.instanceTenancy === "dedicated") vpcs.set(vpc.id, vpc);
        }
        for (const vpc of vpcs.values()) {
          const label = index.label(vpc.id);
          context.report({
            messageId: "dedicated",
            nodeIds: [fn.id, vpc.id],
            data: { function: index.label(fn.id), vpc: label },
            fixes: [{ title: { en: `Give ${label} default tenancy`, ko: `${label}을(를) 기본 테넌시로 변경` }, ops: [{ op: "updateNode", id: vpc.id, props: { instanceTenancy: "default" } }] }],
          });
        }
      },
    };
  },
});
