import { defineRule } from "../lib/engine/types";

export default defineRule({
  meta: {
    id: "qldb-end-of-support",
    severity: "error",
    category: "database",
    title: { en: "Amazon QLDB has reached end of support", ko: "Amazon QLDB는 지원이 종료됨" },
    explanation: {
      en: "The notes list Amazon QLDB as a managed, immutable ledger database. That is outdated: QLDB was closed to new customers in July 2024 and reached end of support on 31 July 2025, so a ledger cannot be created or used any more. AWS documents how to migrate a QLDB ledger to Amazon Aurora PostgreSQL.",
      ko: "노트는 Amazon QLDB를 관리형 불변 원장 데이터베이스로 소개하지만 이는 오래된 내용입니다. QLDB는 2024년 7월에 신규 고객을 받지 않게 되었고 2025년 7월 31일에 지원이 종료되어, 이제 원장을 만들거나 사용할 수 없습니다. AWS는 QLDB 원장을 Amazon Aurora PostgreSQL로 마이그레이션하는 방법을 안내합니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/qldb/latest/developerguide/document-history.html",
    notesSection: "Other databases",
    facts: ["qldb_eos"],
    messages: {
      endOfSupport: {
        en: "{ledger} is an Amazon QLDB ledger; QLDB reached end of support on 31 July 2025. Migrate its data to another database, such as Aurora PostgreSQL.",
        ko: "{ledger}은(는) Amazon QLDB 원장입니다. QLDB는 2025년 7월 31일에 지원이 종료되었습니다. Aurora PostgreSQL 같은 다른 데이터베이스로 데이터를 옮기세요.",
      },
    },
  },
  create(context) {
    return {
      "aws.qldb-ledger"(ledger) {
        context.report({ messageId: "endOfSupport", nodeIds: [ledger.id], data: { ledger: context.index.label(ledger.id) } });
      },
    };
  },
});
