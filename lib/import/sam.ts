import { AFFECTS } from "./affects";
import type { Handler } from "./handlers";
import { lambdaFunction } from "./map-compute";
import type { Raw } from "./read";
import { isRecord, literalString, type Value } from "./values";

export const SAM_TRANSFORM = "AWS::Serverless-2016-10-31";

/** Whether the template's Transform (a name or a list) includes SAM's. */
export function usesSam(transform: Raw | undefined): boolean {
  return transform === SAM_TRANSFORM || (Array.isArray(transform) && transform.includes(SAM_TRANSFORM));
}

/**
 * SAM's Globals merged under a resource's own properties, as the transform does: maps merge key by
 * key (the resource's value wins), lists are concatenated, anything else the resource's own.
 */
export function mergeGlobals(globals: Raw | undefined, own: Raw | undefined): Raw | undefined {
  if (globals === undefined || globals === null) return own;
  if (own === undefined || own === null) return globals;
  if (Array.isArray(globals) && Array.isArray(own)) return [...globals, ...own];
  if (isPlain(globals) && isPlain(own) && !isIntrinsic(own) && !isIntrinsic(globals)) {
    const out: Record<string, Raw> = { ...globals };
    for (const [key, value] of Object.entries(own)) out[key] = mergeGlobals(globals[key], value) as Raw;
    return out;
  }
  return own;
}

function isPlain(v: Raw): v is Record<string, Raw> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function isIntrinsic(v: Record<string, Raw>): boolean {
  const keys = Object.keys(v);
  return keys.length === 1 && (keys[0] === "Ref" || keys[0]!.startsWith("Fn::"));
}

const EVENT_SOURCES: Readonly<Record<string, { path: string; types: readonly string[] }>> = {
  SQS: { path: "Queue", types: ["AWS::SQS::Queue"] },
  SNS: { path: "Topic", types: ["AWS::SNS::Topic"] },
  S3: { path: "Bucket", types: ["AWS::S3::Bucket"] },
  DynamoDB: { path: "Stream", types: ["AWS::DynamoDB::Table", "AWS::Serverless::SimpleTable"] },
};

/** The API SAM creates for Api (and HttpApi) events that name none. */
const IMPLICIT_APIS = {
  Api: { id: "ServerlessRestApi", path: "RestApiId", types: ["AWS::Serverless::Api", "AWS::ApiGateway::RestApi"], props: { apiType: "REST", endpointType: "EDGE" } },
  HttpApi: { id: "ServerlessHttpApi", path: "ApiId", types: ["AWS::Serverless::HttpApi", "AWS::ApiGatewayV2::Api"], props: { apiType: "HTTP", endpointType: "REGIONAL" } },
} as const;

/** AWS::Serverless::Function: a Lambda function, and an invocation edge from each event source. */
export const serverlessFunction: Handler = (ctx, r) => {
  lambdaFunction(ctx, r);
  if (!ctx.nodes.has(r.id)) return;
  const events = ctx.at(r, "Events");
  if (!isRecord(events)) return;
  for (const [name, event] of Object.entries(events)) {
    if (!isRecord(event)) continue;
    const type = literalString(event.Type) ?? "";
    const props: Value = isRecord(event.Properties) ? event.Properties : {};
    const base = `Events.${name}.Properties`;
    const source = EVENT_SOURCES[type];
    if (source) {
      const from = ctx.target(r, `${base}.${source.path}`, source.types, AFFECTS.relation, isRecord(props) ? props[source.path] : undefined);
      if (from !== undefined) ctx.addEdge("invocation", from, r.id, r.id, {}, `${r.id}-${name}`);
      continue;
    }
    const api = IMPLICIT_APIS[type as keyof typeof IMPLICIT_APIS];
    if (api) {
      const named = isRecord(props) ? props[api.path] : undefined;
      let from = named === undefined ? undefined : ctx.target(r, `${base}.${api.path}`, api.types, AFFECTS.relation, named);
      if (named === undefined) {
        from = api.id;
        if (!ctx.nodes.has(api.id) && !ctx.declaredTypes.has(api.id)) {
          ctx.addNode(api.id, "aws.api-gateway", ctx.regionId(), { ...api.props });
          ctx.note(api.id, { en: `The API SAM creates for ${type} events that name none; not a resource of the template.`, ko: `API를 지정하지 않은 ${type} 이벤트에 SAM이 만드는 API로, 템플릿의 리소스는 아닙니다.` });
        }
      }
      if (from !== undefined) ctx.addEdge("invocation", from, r.id, r.id, {}, `${r.id}-${name}`);
      continue;
    }
    ctx.note(r.id, { en: `Event ${name} (${type}) has no source Archlint draws.`, ko: `이벤트 ${name}(${type})은(는) Archlint가 그리는 소스가 없습니다.` });
  }
};
