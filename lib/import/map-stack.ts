import type { Handler } from "./handlers";
import { isRecord, literalString, unknownReason } from "./values";

/**
 * AWS::CloudFormation::Stack: a nested stack. Its template is not followed (the import reads one
 * template, with no file or network access); the report says what it leaves out, and a VPC or subnet
 * read from its outputs becomes a stand-in (see ImportContext.target).
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudformation-stack.html
 */
export const nestedStack: Handler = (ctx, r) => {
  const url = ctx.at(r, "TemplateURL");
  const location = literalString(url);
  const where = location ?? `${unknownReason(url) ?? "no TemplateURL"}`;
  // Before `aws cloudformation package` (or `sam package`) uploads it, TemplateURL may be a local file.
  const local = location !== undefined && !/^(https?|s3):\/\//i.test(location);
  const parameters = ctx.at(r, "Parameters");
  const given = isRecord(parameters) ? Object.keys(parameters) : [];
  const passes = given.length > 0 ? { en: `; it is given ${given.join(", ")}`, ko: `. 전달되는 매개변수: ${given.join(", ")}` } : { en: "", ko: "" };
  const hint = local
    ? { en: ` ${location} is a local file: import it on its own (archlint import ${location}) to see its resources.`, ko: ` ${location}은(는) 로컬 파일이므로 따로 가져오면(archlint import ${location}) 그 리소스를 볼 수 있습니다.` }
    : { en: "", ko: "" };
  ctx.omitted(r, {
    en: `a nested stack whose template (${where}) is not followed, so the resources it creates are not in the diagram${passes.en}; values read from its outputs are unknown.${hint.en}`,
    ko: `중첩 스택이며 그 템플릿(${where})은 따라가지 않으므로, 그 스택이 만드는 리소스는 다이어그램에 없습니다${passes.ko}. 출력에서 읽는 값은 알 수 없습니다.${hint.ko}`,
  });
};
