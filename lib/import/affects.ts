import type { Text } from "../i18n/text";

/** Which answers an unknown value may make wrong, as the import report says it. */
export const AFFECTS = {
  cidr: {
    en: "address checks (a subnet inside its VPC, overlaps, peering) and routing by destination",
    ko: "주소 검사(VPC 안의 서브넷, 겹침, 피어링)와 대상 주소별 라우팅",
  },
  zone: {
    en: "zone checks (multi-AZ, a NAT gateway per zone, EBS in the instance's zone)",
    ko: "가용 영역 검사(다중 AZ, 영역마다 NAT 게이트웨이, 인스턴스와 같은 영역의 EBS)",
  },
  placement: {
    en: "where the resource is drawn, and every network verdict that depends on it",
    ko: "리소스가 그려지는 위치와 그에 따른 모든 네트워크 판정",
  },
  routing: { en: "routing verdicts (internet egress, endpoints, peering)", ko: "라우팅 판정(인터넷 송신, 엔드포인트, 피어링)" },
  publicIp: { en: "the resource's internet egress and ingress", ko: "리소스의 인터넷 송신과 수신" },
  securityGroup: {
    en: "security-group verdicts (internet ingress, drawn connections)",
    ko: "보안 그룹 판정(인터넷 수신, 그려진 연결)",
  },
  networkAcl: { en: "network ACL verdicts", ko: "네트워크 ACL 판정" },
  relation: { en: "the relation is not drawn, nor the findings about it", ko: "관계가 그려지지 않고, 그에 대한 결과도 없습니다" },
  setting: { en: "the rules about this setting", ko: "이 설정에 관한 규칙" },
  dns: { en: "interface endpoint DNS verdicts", ko: "인터페이스 엔드포인트 DNS 판정" },
} as const satisfies Record<string, Text>;
