import { defineRule } from "../lib/engine/types";

interface Alias {
  name: string;
  functionVersion: string;
  additionalVersion?: string;
}

const LATEST = "$LATEST";

export default defineRule({
  meta: {
    id: "lambda-aliases",
    severity: "error",
    category: "compute",
    title: { en: "Lambda aliases point to versions; weighted aliases to two published ones", ko: "Lambda 별칭은 버전을, 가중치 별칭은 게시된 두 버전을 가리킴" },
    explanation: {
      en: "Publishing a Lambda function creates an immutable, numbered version; $LATEST is the one version that still changes. An alias is a named pointer to one version (a number or $LATEST), never to another alias. A weighted alias splits traffic between two versions, and both must be published versions: $LATEST cannot be one of them. The notes give the same rules; AWS adds the $LATEST restriction on weighted aliases.",
      ko: "Lambda 함수를 게시하면 바꿀 수 없고 번호가 붙은 버전이 만들어지며, $LATEST만 계속 바뀌는 버전입니다. 별칭은 한 버전(번호 또는 $LATEST)을 가리키는 이름이며, 다른 별칭은 가리킬 수 없습니다. 가중치 별칭은 두 버전에 트래픽을 나누며, 두 버전 모두 게시된 버전이어야 하므로 $LATEST는 그중 하나가 될 수 없습니다. 노트의 내용과 같고, AWS는 가중치 별칭에 대한 $LATEST 제한을 덧붙입니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html",
    notesSection: "Lambda",
    facts: ["lambda_versions_aliases"],
    messages: {
      aliasToAlias: {
        en: "Function {function} has aliases ({aliases}) that point to other aliases ({targets}); an alias must point to a version.",
        ko: "함수 {function}의 별칭({aliases})이 다른 별칭({targets})을 가리킵니다. 별칭은 버전을 가리켜야 합니다.",
      },
      weightedLatest: {
        en: "Function {function} has weighted aliases ({aliases}) that route traffic to $LATEST; both versions of a weighted alias must be published versions.",
        ko: "함수 {function}의 가중치 별칭({aliases})이 $LATEST로 트래픽을 보냅니다. 가중치 별칭의 두 버전은 모두 게시된 버전이어야 합니다.",
      },
    },
  },
  create(context) {
    return {
      "aws.lambda"(fn) {
        const aliases = Array.isArray(fn.props.aliases) ? (fn.props.aliases as Alias[]) : [];
        const byName = new Map(aliases.map((a) => [a.name, a]));
        const isAlias = (target: string | undefined) => target !== undefined && byName.has(target);
        /** The version an alias chain ends at; undefined for a cycle. */
        const resolve = (target: string): string | undefined => {
          let current = target;
          for (let steps = 0; steps <= aliases.length; steps++) {
            const next = byName.get(current);
            if (!next) return current;
            current = next.functionVersion;
          }
          return undefined;
        };
        const name = context.index.label(fn.id);

        const pointing = aliases.filter((a) => isAlias(a.functionVersion) || isAlias(a.additionalVersion));
        if (pointing.length > 0) {
          const fixed = aliases.map((a) => ({
            ...a,
            functionVersion: isAlias(a.functionVersion) ? resolve(a.functionVersion) : a.functionVersion,
            ...(a.additionalVersion !== undefined ? { additionalVersion: isAlias(a.additionalVersion) ? resolve(a.additionalVersion) : a.additionalVersion } : {}),
          }));
          const resolvable = fixed.every((a) => a.functionVersion !== undefined && ("additionalVersion" in a ? a.additionalVersion !== undefined : true));
          context.report({
            messageId: "aliasToAlias",
            nodeIds: [fn.id],
            data: {
              aliases: pointing.map((a) => a.name).join(", "),
              function: name,
              targets: [...new Set(pointing.flatMap((a) => [a.functionVersion, a.additionalVersion].filter(isAlias)))].join(", "),
            },
            fixes: resolvable
              ? [{ title: { en: "Point them to the versions those aliases point to", ko: "그 별칭이 가리키는 버전을 가리키게 하기" }, ops: [{ op: "updateNode", id: fn.id, props: { aliases: fixed } }] }]
              : [],
          });
        }

        const weighted = aliases.filter((a) => a.additionalVersion !== undefined && (a.functionVersion === LATEST || a.additionalVersion === LATEST));
        if (weighted.length > 0) context.report({ messageId: "weightedLatest", nodeIds: [fn.id], data: { aliases: weighted.map((a) => a.name).join(", "), function: name } });
      },
    };
  },
});
