import { defineRule } from "../lib/engine/types";

export default defineRule({
  meta: {
    id: "efs-performance-mode",
    severity: "error",
    category: "storage",
    scope: "component",
    title: { en: "EFS Max I/O is not available on One Zone file systems", ko: "EFS One Zone 파일 시스템은 최대 I/O 불가" },
    explanation: {
      en: "EFS has two performance modes, General Purpose (the default) and Max I/O, chosen when the file system is created. The notes stop there; AWS also documents that the mode cannot be changed later, that One Zone file systems do not support Max I/O, and that it now recommends General Purpose for all file systems, since Max I/O has higher latency.",
      ko: "EFS에는 범용(기본값)과 최대 I/O 두 가지 성능 모드가 있으며 파일 시스템을 만들 때 정합니다. 노트는 여기까지만 말하지만, AWS 문서에 따르면 모드는 나중에 바꿀 수 없고, One Zone 파일 시스템은 최대 I/O를 지원하지 않으며, 최대 I/O는 지연 시간이 더 길어서 이제 모든 파일 시스템에 범용 모드를 권장합니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/efs/latest/ug/performance.html",
    notesSection: "EFS › performance mode",
    facts: ["efs_performance_mode"],
    messages: {
      oneZoneMaxIo: {
        en: "File system {fs} is One Zone with the Max I/O performance mode; One Zone file systems support only General Purpose.",
        ko: "파일 시스템 {fs}은(는) 최대 I/O 성능 모드를 쓰는 One Zone 파일 시스템입니다. One Zone 파일 시스템은 범용 모드만 지원합니다.",
      },
      maxIo: {
        en: "File system {fs} uses Max I/O; AWS recommends General Purpose for every file system, and the mode cannot be changed after creation.",
        ko: "파일 시스템 {fs}이(가) 최대 I/O를 씁니다. AWS는 모든 파일 시스템에 범용 모드를 권장하며, 모드는 만든 뒤에 바꿀 수 없습니다.",
      },
    },
  },
  create(context) {
    return {
      "aws.efs"(fs) {
        if (fs.props.performanceMode !== "maxIO") return;
        const oneZone = fs.props.oneZone === true;
        context.report({
          messageId: oneZone ? "oneZoneMaxIo" : "maxIo",
          nodeIds: [fs.id],
          data: { fs: context.index.label(fs.id) },
          fixes: [{ title: { en: "Use General Purpose", ko: "범용 모드 사용" }, ops: [{ op: "updateNode", id: fs.id, props: { performanceMode: "generalPurpose" } }] }],
          ...(oneZone ? {} : { severity: "info" as const }),
        });
      },
    };
  },
});
