import { z } from "zod";
import { defineKind } from "../types";

export const qldbLedger = defineKind({
  id: "aws.qldb-ledger",
  name: { en: "QLDB ledger (end of support)", ko: "QLDB 원장 (지원 종료)" },
  summary: {
    en: "An Amazon QLDB ledger database. QLDB reached end of support on 31 July 2025; it is here so that older designs and templates can be checked.",
    ko: "Amazon QLDB 원장 데이터베이스입니다. QLDB는 2025년 7월 31일에 지원이 종료되었으며, 예전 설계와 템플릿을 검사할 수 있도록 남겨 두었습니다.",
  },
  category: "database",
  container: false,
  parents: ["aws.region", "root"],
  props: z.object({}),
  cfnType: "AWS::QLDB::Ledger",
  // The AWS icon set has no QLDB icon (it was dropped with the service): the generic database resource.
  icon: "ResourceDatabase",
  size: { w: 72, h: 72 },
  labelPrefix: "ledger",
});
