import { defineRule, type Fix } from "../lib/engine/types";
import type { DiagramNode } from "../lib/diagram/types";

/** Days in a lifecycle age such as AFTER_30_DAYS. */
function days(age: unknown): number | undefined {
  const match = typeof age === "string" ? /^AFTER_(\d+)_DAYS?$/.exec(age) : null;
  return match ? Number(match[1]) : undefined;
}

function stopArchive(fs: DiagramNode): Fix {
  return { title: { en: "Stop moving files to Archive", ko: "Archive로 옮기지 않기" }, ops: [{ op: "updateNode", id: fs.id, props: { transitionToArchive: undefined } }] };
}

export default defineRule({
  meta: {
    id: "efs-storage-classes",
    severity: "error",
    category: "storage",
    title: { en: "EFS lifecycle: Archive needs Elastic throughput, after IA", ko: "EFS 수명 주기: Archive는 Elastic 처리량과 IA 이후에" },
    explanation: {
      en: "An EFS file system has a throughput mode, Elastic (AWS's recommendation), Provisioned or Bursting, which can be changed at any time, and lifecycle management that moves files from the Standard storage class to Infrequent Access and Archive after days without access (One Zone file systems use the One Zone classes). The notes list these; AWS also documents that the Archive class is available only to file systems in Elastic throughput mode and General Purpose performance mode, and that files cannot move to Archive before they move to Infrequent Access, so the Archive transition must come later than the IA transition.",
      ko: "EFS 파일 시스템에는 언제든 바꿀 수 있는 처리량 모드(AWS 권장인 Elastic, Provisioned, Bursting)가 있고, 접근하지 않은 지 며칠이 지난 파일을 Standard 스토리지 클래스에서 Infrequent Access와 Archive로 옮기는 수명 주기 관리가 있습니다(One Zone 파일 시스템은 One Zone 클래스를 씁니다). 노트는 여기까지 나열하지만, AWS 문서에 따르면 Archive 클래스는 Elastic 처리량 모드와 범용(General Purpose) 성능 모드의 파일 시스템만 쓸 수 있고, 파일은 Infrequent Access로 옮겨지기 전에 Archive로 갈 수 없으므로 Archive 전환은 IA 전환보다 늦어야 합니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/efs/latest/ug/API_PutLifecycleConfiguration.html",
    notesSection: "EFS",
    facts: ["efs_throughput_storage"],
    messages: {
      archiveThroughput: {
        en: "EFS file system {fs} moves files to Archive but uses {mode} throughput; the Archive storage class needs Elastic throughput.",
        ko: "EFS 파일 시스템 {fs}은(는) 파일을 Archive로 옮기지만 처리량 모드가 {mode}입니다. Archive 스토리지 클래스에는 Elastic 처리량이 필요합니다.",
      },
      archiveMaxIo: {
        en: "EFS file system {fs} moves files to Archive but uses the Max I/O performance mode; the Archive storage class needs General Purpose.",
        ko: "EFS 파일 시스템 {fs}은(는) 파일을 Archive로 옮기지만 성능 모드가 최대 I/O입니다. Archive 스토리지 클래스에는 범용 모드가 필요합니다.",
      },
      archiveBeforeIa: {
        en: "EFS file system {fs} moves files to Archive {archive} but to Infrequent Access only {ia}; the Archive transition must come later than the IA one.",
        ko: "EFS 파일 시스템 {fs}은(는) 파일을 Archive로 {archive}에 옮기지만 Infrequent Access로는 {ia}에야 옮깁니다. Archive 전환은 IA 전환보다 늦어야 합니다.",
      },
    },
  },
  create(context) {
    return {
      "aws.efs"(fs) {
        const archive = days(fs.props.transitionToArchive);
        if (archive === undefined) return;
        const label = context.index.label(fs.id);
        const generalPurpose = fs.props.performanceMode !== "maxIO";
        if (fs.props.throughputMode !== "elastic") {
          const toElastic: Fix = { title: { en: "Switch to Elastic throughput", ko: "Elastic 처리량으로 전환" }, ops: [{ op: "updateNode", id: fs.id, props: { throughputMode: "elastic" } }] };
          context.report({
            messageId: "archiveThroughput",
            nodeIds: [fs.id],
            data: { fs: label, mode: String(fs.props.throughputMode) },
            // The throughput mode can change at any time; the performance mode cannot, so Max I/O gets no Elastic fix.
            fixes: generalPurpose ? [toElastic, stopArchive(fs)] : [stopArchive(fs)],
          });
        }
        if (!generalPurpose) context.report({ messageId: "archiveMaxIo", nodeIds: [fs.id], data: { fs: label }, fixes: [stopArchive(fs)] });
        const ia = days(fs.props.transitionToIa);
        if (ia !== undefined && archive <= ia) {
          context.report({
            messageId: "archiveBeforeIa",
            nodeIds: [fs.id],
            data: { fs: label, archive: String(fs.props.transitionToArchive), ia: String(fs.props.transitionToIa) },
            fixes: [stopArchive(fs)],
          });
        }
      },
    };
  },
});
