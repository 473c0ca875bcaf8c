import { defineRule, type Fix } from "../lib/engine/types";
import type { DiagramIndex } from "../lib/diagram/graph";
import type { DiagramOp } from "../lib/diagram/ops";
import type { DiagramEdge, DiagramNode } from "../lib/diagram/types";

/** "unknown": a caller that may invoke either way (an SDK client, a non-proxy or untyped API Gateway integration). */
type InvocationType = "synchronous" | "asynchronous" | "stream" | "queue" | "unknown";

/** How each drawn event source invokes a function (AWS: "Invoking Lambda with events from other AWS services"). */
const INVOCATION_BY_SOURCE: Readonly<Record<string, InvocationType>> = {
  "aws.api-gateway": "synchronous",
  "aws.s3-bucket": "asynchronous",
  "aws.sns-topic": "asynchronous",
  // DynamoDB Streams and SQS are read by event source mappings.
  "aws.dynamodb-table": "stream",
  "aws.sqs-queue": "queue",
};
/** Other relations that end in a synchronous invocation: an ALB target group, a Lambda@Edge trigger, a function-URL origin. */
const SYNCHRONOUS_RELATIONS = new Set(["target-registration", "edge-function", "origin"]);

export default defineRule({
  meta: {
    id: "lambda-destinations",
    severity: "error",
    category: "compute",
    title: { en: "Lambda destinations and DLQs only where the invocation type has them", ko: "Lambda 대상과 DLQ는 해당 호출 방식에서만" },
    explanation: {
      en: "How a function is invoked decides where its failures can go. Asynchronous invocations (S3 events, SNS, EventBridge…) can send a record to an on-success or on-failure destination: an SQS queue, an SNS topic, another Lambda function or an EventBridge bus, and on failure also an S3 bucket; the older dead-letter queue (SQS or SNS) also applies to asynchronous invocations only, and AWS recommends destinations over it. Event source mappings for streams (Kinesis, DynamoDB Streams) and Kafka send only failed batches, and only to an SQS queue, an SNS topic or an S3 bucket (Kafka also to a Kafka topic), never to a function or an event bus. An SQS event source mapping has no destination at all: failed messages return to the queue and go to the queue's own dead-letter queue through its redrive policy. Synchronous callers (API Gateway with a proxy integration, an ALB, CloudFront) get the error back, so a destination or DLQ on a function only they invoke is never used; a non-proxy API Gateway integration can ask for an asynchronous invocation, so it is not counted as synchronous, and neither is a REST or WebSocket integration whose type is not given. The notes say stream mappings use the same four destination types as asynchronous invocation; AWS documents SQS, SNS and S3 only, and the S3 bucket for asynchronous failures is newer than the notes (https://docs.aws.amazon.com/lambda/latest/api/API_OnFailure.html).",
      ko: "함수가 호출되는 방식에 따라 실패가 갈 수 있는 곳이 정해집니다. 비동기 호출(S3 이벤트, SNS, EventBridge 등)은 성공 시 또는 실패 시 대상으로 기록을 보낼 수 있으며, 대상은 SQS 대기열, SNS 주제, 다른 Lambda 함수, EventBridge 버스이고 실패 시에는 S3 버킷도 됩니다. 예전 방식인 배달 못한 편지 대기열(DLQ, SQS 또는 SNS)도 비동기 호출에만 적용되며, AWS는 DLQ보다 대상을 권장합니다. 스트림(Kinesis, DynamoDB Streams)과 Kafka의 이벤트 소스 매핑은 실패한 배치만, 그것도 SQS 대기열, SNS 주제, S3 버킷(Kafka는 Kafka 주제도)으로만 보내며 함수나 이벤트 버스로는 보내지 않습니다. SQS 이벤트 소스 매핑에는 대상이 전혀 없습니다. 실패한 메시지는 대기열로 돌아가 대기열의 리드라이브 정책에 따라 대기열 자체의 DLQ로 갑니다. 동기 호출자(프록시 통합의 API Gateway, ALB, CloudFront)는 오류를 직접 돌려받으므로, 이들만 호출하는 함수의 대상이나 DLQ는 쓰이지 않습니다. 비프록시 API Gateway 통합은 비동기 호출을 요청할 수 있으므로 동기 호출로 치지 않으며, 유형이 주어지지 않은 REST 또는 WebSocket 통합도 마찬가지입니다. 노트는 스트림 매핑도 비동기 호출과 같은 네 가지 대상 유형을 쓴다고 하지만, AWS 문서에 따르면 SQS, SNS, S3뿐이며, 비동기 실패 시 대상으로 S3 버킷을 쓰는 기능은 노트 이후에 추가되었습니다 (https://docs.aws.amazon.com/lambda/latest/api/API_OnFailure.html).",
    },
    docsUrl: "https://docs.aws.amazon.com/lambda/latest/api/API_OnFailure.html",
    notesSection: "Lambda › Destinations",
    facts: ["lambda_destinations_async", "lambda_destinations_esm"],
    messages: {
      asyncSuccessToBucket: {
        en: "Function {function} sends successful asynchronous invocations to S3 bucket {target}; an S3 bucket can only be an on-failure destination.",
        ko: "함수 {function}이(가) 성공한 비동기 호출을 S3 버킷 {target}(으)로 보냅니다. S3 버킷은 실패 시 대상으로만 쓸 수 있습니다.",
      },
      mappingOnSuccess: {
        en: "Function {function} has an on-success destination {target} for its event source mappings; event source mappings send only failed records.",
        ko: "함수 {function}의 이벤트 소스 매핑에 성공 시 대상 {target}이(가) 있습니다. 이벤트 소스 매핑은 실패한 레코드만 보냅니다.",
      },
      mappingToFunction: {
        en: "Function {function} sends failed event-source-mapping records to function {target}; stream and Kafka mappings send them only to an SQS queue, an SNS topic or an S3 bucket.",
        ko: "함수 {function}이(가) 실패한 이벤트 소스 매핑 레코드를 함수 {target}(으)로 보냅니다. 스트림과 Kafka 매핑은 SQS 대기열, SNS 주제, S3 버킷으로만 보냅니다.",
      },
      sqsMappingDestination: {
        en: "Function {function} has an event-source-mapping destination {target}, but its mapping reads SQS queue {queues}; SQS mappings have no destinations: give the queue a dead-letter queue in its redrive policy.",
        ko: "함수 {function}에 이벤트 소스 매핑 대상 {target}이(가) 있지만 매핑은 SQS 대기열 {queues}을(를) 읽습니다. SQS 매핑에는 대상이 없으므로 대기열의 리드라이브 정책에 DLQ를 지정하세요.",
      },
      neverAsync: {
        en: "Function {function} has asynchronous failure handling ({targets}) but it is invoked only by {invokers}, never asynchronously, so it is never used.",
        ko: "함수 {function}에 비동기 실패 처리({targets})가 있지만 이 함수는 {invokers}만 호출하고 비동기로는 호출되지 않으므로 쓰이지 않습니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      "aws.lambda"(fn) {
        const name = index.label(fn.id);
        const invokers = invokersOf(index, fn);
        const destinations = index.edgesFrom(fn.id, "destination");
        const asyncHandling = [...destinations.filter((e) => e.props.invocation !== "event-source-mapping"), ...index.edgesFrom(fn.id, "dead-letter-queue")];

        for (const edge of destinations) {
          const target = index.node(edge.target);
          if (!target) continue;
          const data = { function: name, target: index.label(target.id) };
          if (edge.props.invocation !== "event-source-mapping") {
            if (edge.props.condition === "onSuccess" && target.kind === "aws.s3-bucket") {
              context.report({ messageId: "asyncSuccessToBucket", nodeIds: [fn.id, target.id], data, fixes: [setCondition(edge, "onFailure"), removeEdges([edge])] });
            }
            continue;
          }
          if (edge.props.condition === "onSuccess") {
            context.report({ messageId: "mappingOnSuccess", nodeIds: [fn.id, target.id], data, fixes: [setCondition(edge, "onFailure"), removeEdges([edge])] });
          }
          if (target.kind === "aws.lambda") {
            context.report({ messageId: "mappingToFunction", nodeIds: [fn.id, target.id], data, fixes: [removeEdges([edge])] });
          }
          // Streams are the mappings that have destinations; without a drawn one, an SQS mapping is the only candidate.
          const queues = invokers.filter((i) => i.type === "queue").map((i) => i.source);
          if (queues.length > 0 && !invokers.some((i) => i.type === "stream")) {
            context.report({
              messageId: "sqsMappingDestination",
              nodeIds: [fn.id, target.id, ...queues.map((q) => q.id)],
              data: { ...data, queues: queues.map((q) => index.label(q.id)).join(", ") },
              fixes: [moveToRedrive([edge], queues)],
            });
          }
        }

        // Undrawn callers (EventBridge, the CLI, another function) may invoke it asynchronously: only judge drawn ones.
        if (asyncHandling.length === 0 || invokers.length === 0 || invokers.some((i) => i.type === "asynchronous" || i.type === "unknown")) return;
        const queues = invokers.filter((i) => i.type === "queue").map((i) => i.source);
        const targets = asyncHandling.map((e) => index.node(e.target)).filter((n): n is DiagramNode => n !== undefined);
        const fixes = [removeEdges(asyncHandling, { en: "Remove the unused failure handling", ko: "쓰이지 않는 실패 처리 제거" })];
        if (queues.length > 0) fixes.unshift(moveToRedrive(asyncHandling, queues));
        context.report({
          messageId: "neverAsync",
          nodeIds: [fn.id, ...targets.map((t) => t.id)],
          data: {
            function: name,
            targets: targets.map((t) => index.label(t.id)).join(", "),
            invokers: [...new Set(invokers.map((i) => index.label(i.source.id)))].join(", "),
          },
          severity: "warning",
          fixes,
        });
      },
    };
  },
});

interface Invoker {
  source: DiagramNode;
  type: InvocationType;
}

/** The drawn resources that invoke the function, each with how it invokes. */
function invokersOf(index: DiagramIndex, fn: DiagramNode): Invoker[] {
  const out: Invoker[] = [];
  for (const edge of index.edgesTo(fn.id)) {
    const source = index.node(edge.source);
    if (!source) continue;
    out.push({ source, type: invocationType(edge, source) });
  }
  return out;
}

function invocationType(edge: DiagramEdge, source: DiagramNode): InvocationType {
  if (SYNCHRONOUS_RELATIONS.has(edge.kind)) return "synchronous";
  // A client drawn calling the function (SDK, CLI) may invoke it asynchronously.
  if (edge.kind !== "invocation") return "unknown";
  if (source.kind === "aws.api-gateway") {
    // HTTP APIs call Lambda through proxy integrations only, which invoke synchronously.
    if (source.props.apiType === "HTTP") return "synchronous";
    // A non-proxy (AWS) integration can ask for an asynchronous invocation (X-Amz-Invocation-Type: Event); an
    // integration whose type the diagram does not give may be one.
    if (edge.props.integrationType === "AWS" || edge.props.integrationType === undefined) return "unknown";
  }
  return INVOCATION_BY_SOURCE[source.kind] ?? "unknown";
}

function setCondition(edge: DiagramEdge, condition: "onFailure"): Fix {
  return {
    title: { en: "Make it an on-failure destination", ko: "실패 시 대상으로 바꾸기" },
    ops: [{ op: "updateEdge", id: edge.id, props: { condition } }],
  };
}

const REMOVE_DESTINATION = { en: "Remove the destination", ko: "대상 제거" };

function removeEdges(edges: readonly DiagramEdge[], title = REMOVE_DESTINATION): Fix {
  return { title, ops: edges.map((e) => ({ op: "removeEdge" as const, id: e.id })) };
}

/** Failures of an SQS-fed function belong in the queue's redrive policy. */
function moveToRedrive(edges: readonly DiagramEdge[], queues: readonly DiagramNode[]): Fix {
  const ops: DiagramOp[] = edges.map((e) => ({ op: "removeEdge" as const, id: e.id }));
  for (const queue of queues) ops.push({ op: "updateNode", id: queue.id, props: { hasDeadLetterQueue: true } });
  return { title: { en: "Use the queue's redrive dead-letter queue instead", ko: "대신 대기열의 리드라이브 DLQ 사용" }, ops };
}
