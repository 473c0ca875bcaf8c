import { defineRule } from "../lib/engine/types";

/** The OS-only runtime Go and Rust (and any custom runtime) run on now. */
const REPLACEMENT = "provided.al2023";

/** Deprecated runtimes with no managed successor of their own: each moves to the OS-only runtime. */
const DEPRECATED: ReadonlyMap<string, { en: string; ko: string }> = new Map([
  ["go1.x", { en: "Go 1.x", ko: "Go 1.x" }],
  ["provided", { en: "the OS-only runtime on Amazon Linux 1", ko: "Amazon Linux 1 기반 OS 전용 런타임" }],
  ["provided.al2", { en: "the OS-only runtime on Amazon Linux 2", ko: "Amazon Linux 2 기반 OS 전용 런타임" }],
]);

export default defineRule({
  meta: {
    id: "lambda-runtimes",
    severity: "error",
    category: "compute",
    scope: "component",
    title: { en: "Lambda functions use a supported runtime", ko: "Lambda 함수는 지원되는 런타임 사용" },
    explanation: {
      en: "A Lambda function runs on a runtime: a managed one (Node.js, Python, Java, .NET, Ruby) or the OS-only provided.al2023, which runs any language compiled to a `bootstrap` executable. Once a runtime is deprecated it gets no more security patches, and Lambda then blocks creating and later updating functions on it. The notes say the official runtimes are Java, Go, PowerShell, Node.js, C#, Python and Ruby; AWS documents that the Go 1.x runtime (go1.x) is deprecated, so Go and Rust run on provided.al2023, and that provided.al2 was deprecated on 2026-06-30, with creates blocked from 2026-07-31 and updates from 2026-08-31. The first OS-only runtime, provided (Amazon Linux 1), is deprecated too. Moving to provided.al2023 means building the code as a `bootstrap` executable for it.",
      ko: "Lambda 함수는 런타임 위에서 실행됩니다. 관리형 런타임(Node.js, Python, Java, .NET, Ruby) 또는 `bootstrap` 실행 파일로 컴파일한 어떤 언어든 실행하는 OS 전용 런타임 provided.al2023입니다. 런타임이 지원 중단되면 더 이상 보안 패치를 받지 못하고, Lambda가 그 런타임의 함수 생성을, 이어서 업데이트를 막습니다. 노트는 공식 런타임이 Java, Go, PowerShell, Node.js, C#, Python, Ruby라고 하지만, AWS 문서에 따르면 Go 1.x 런타임(go1.x)은 지원 중단되어 Go와 Rust는 provided.al2023에서 실행되고, provided.al2는 2026-06-30에 지원 중단되어 2026-07-31부터 생성이, 2026-08-31부터 업데이트가 막힙니다. 첫 OS 전용 런타임인 provided(Amazon Linux 1)도 지원 중단되었습니다. provided.al2023으로 옮기려면 코드를 그에 맞는 `bootstrap` 실행 파일로 빌드해야 합니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html",
    notesSection: "Lambda › languages",
    facts: ["lambda_runtimes"],
    messages: {
      deprecated: {
        en: "Function {function} uses the deprecated runtime {runtime} ({nameEn}): it gets no more security patches, and Lambda blocks creating, then updating, functions on a deprecated runtime from dates it announces. Use {replacement}.",
        ko: "함수 {function}이(가) 지원 중단된 런타임 {runtime}({nameKo})을(를) 사용합니다. 더 이상 보안 패치가 없고, Lambda는 공지한 날짜부터 지원 중단 런타임의 함수 생성과 이후 업데이트를 막습니다. {replacement}을(를) 사용하세요.",
      },
    },
  },
  create(context) {
    return {
      "aws.lambda"(fn) {
        const runtime = fn.props.runtime;
        if (typeof runtime !== "string") return;
        const name = DEPRECATED.get(runtime);
        if (name === undefined) return;
        context.report({
          messageId: "deprecated",
          nodeIds: [fn.id],
          data: { function: context.index.label(fn.id), runtime, nameEn: name.en, nameKo: name.ko, replacement: REPLACEMENT },
          fixes: [
            {
              title: { en: `Change the runtime to ${REPLACEMENT}`, ko: `런타임을 ${REPLACEMENT}(으)로 바꾸기` },
              ops: [{ op: "updateNode", id: fn.id, props: { runtime: REPLACEMENT } }],
            },
          ],
        });
      },
    };
  },
});
