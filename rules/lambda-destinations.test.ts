import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./lambda-destinations";

const ASYNC_FAILURE = { invocation: "asynchronous", condition: "onFailure" };
const ASYNC_SUCCESS = { invocation: "asynchronous", condition: "onSuccess" };
const MAPPING_FAILURE = { invocation: "event-source-mapping", condition: "onFailure" };
const MAPPING_SUCCESS = { invocation: "event-source-mapping", condition: "onSuccess" };

/** Function `fn` invoked by API Gateway `api`, plus the queue `failed`, the topic `alerts` and the bucket `archive`. */
const behindApi = () =>
  build().api("api", null).lambda("fn", null).edge("invocation", "api", "fn", { integrationType: "AWS_PROXY" }).queue("failed", null).topic("alerts", null).bucket("archive", null);

testRule(rule, {
  valid: [
    { name: "no destinations", diagram: behindApi().diagram() },
    {
      name: "S3 events with on-success and on-failure destinations (an S3 bucket on failure)",
      diagram: build()
        .bucket("uploads", null)
        .lambda("fn", null)
        .edge("invocation", "uploads", "fn")
        .topic("done", null)
        .bucket("archive", null)
        .edge("destination", "fn", "done", ASYNC_SUCCESS)
        .edge("destination", "fn", "archive", ASYNC_FAILURE)
        .diagram(),
    },
    {
      name: "SNS-invoked function with a dead-letter queue",
      diagram: build().topic("t", null).lambda("fn", null).edge("invocation", "t", "fn").queue("dlq", null).edge("dead-letter-queue", "fn", "dlq").diagram(),
    },
    {
      name: "invoked by API Gateway and by S3: the async destination is used by S3 events",
      diagram: behindApi().bucket("uploads", null).edge("invocation", "uploads", "fn").edge("destination", "fn", "failed", ASYNC_FAILURE).diagram(),
    },
    {
      name: "a non-proxy API Gateway integration may invoke asynchronously",
      diagram: build().api("api", null).lambda("fn", null).edge("invocation", "api", "fn", { integrationType: "AWS" }).queue("failed", null).edge("destination", "fn", "failed", ASYNC_FAILURE).diagram(),
    },
    {
      name: "an API Gateway integration of unknown type may be a non-proxy one that invokes asynchronously",
      diagram: build().api("api", null).lambda("fn", null).edge("invocation", "api", "fn").queue("failed", null).edge("destination", "fn", "failed", ASYNC_FAILURE).diagram(),
    },
    {
      name: "an ALB and an instance calling the function, which may invoke it asynchronously",
      diagram: build()
        .targetGroup("tg", null)
        .lambda("fn", null)
        .register("tg", "fn")
        .vpc("vpc-1", null)
        .az("az-a", "vpc-1")
        .subnet("s-1", "az-a")
        .ec2("worker", "s-1")
        .connect("worker", "fn")
        .queue("dlq", null)
        .edge("dead-letter-queue", "fn", "dlq")
        .diagram(),
    },
    {
      name: "no drawn invoker: an undrawn caller may invoke it asynchronously",
      diagram: build().lambda("fn", null).queue("failed", null).edge("destination", "fn", "failed", ASYNC_FAILURE).diagram(),
    },
    {
      name: "DynamoDB stream mapping with an on-failure destination to SQS, SNS and S3",
      diagram: build()
        .table("orders", null)
        .lambda("fn", null)
        .edge("invocation", "orders", "fn")
        .queue("failed", null)
        .bucket("archive", null)
        .edge("destination", "fn", "failed", MAPPING_FAILURE)
        .edge("destination", "fn", "archive", MAPPING_FAILURE)
        .diagram(),
    },
    {
      name: "SQS-fed function whose queue has a redrive dead-letter queue",
      diagram: build().queue("jobs", null, { hasDeadLetterQueue: true }).lambda("fn", null).edge("invocation", "jobs", "fn").diagram(),
    },
  ],
  invalid: [
    {
      name: "on-failure destination on a function only API Gateway invokes",
      diagram: behindApi().label("fn", "checkout").label("api", "shop-api").edge("destination", "fn", "failed", ASYNC_FAILURE).diagram(),
      expect: [
        {
          messageId: "neverAsync",
          message: "Function checkout has asynchronous failure handling (failed) but it is invoked only by shop-api, never asynchronously",
          nodeIds: ["fn", "failed"],
          severity: "warning",
          fixes: ["Remove the unused failure handling"],
        },
      ],
    },
    {
      name: "destination on a function only an HTTP API invokes (proxy integrations only, even with no type given)",
      diagram: build().api("api", null, { apiType: "HTTP" }).lambda("fn", null).edge("invocation", "api", "fn").queue("failed", null).edge("destination", "fn", "failed", ASYNC_FAILURE).diagram(),
      expect: [{ messageId: "neverAsync", nodeIds: ["fn", "failed"], severity: "warning" }],
    },
    {
      name: "dead-letter queue and destination on a function an ALB target group invokes",
      diagram: build()
        .targetGroup("tg", null)
        .lambda("fn", null)
        .register("tg", "fn")
        .queue("dlq", null)
        .topic("alerts", null)
        .edge("dead-letter-queue", "fn", "dlq")
        .edge("destination", "fn", "alerts", ASYNC_SUCCESS)
        .diagram(),
      expect: [{ messageId: "neverAsync", message: "(alerts, dlq)", nodeIds: ["fn", "alerts", "dlq"], severity: "warning" }],
    },
    {
      name: "a function DLQ on an SQS-fed function: the DLQ belongs on the queue",
      diagram: build().queue("jobs", null).lambda("fn", null).edge("invocation", "jobs", "fn").queue("dlq", null).edge("dead-letter-queue", "fn", "dlq").diagram(),
      expect: [
        {
          messageId: "neverAsync",
          nodeIds: ["fn", "dlq"],
          fixes: ["Use the queue's redrive dead-letter queue instead", "Remove the unused failure handling"],
        },
      ],
    },
    {
      name: "an S3 bucket as an asynchronous on-success destination",
      diagram: build().topic("t", null).lambda("fn", null).edge("invocation", "t", "fn").bucket("archive", null).edge("destination", "fn", "archive", ASYNC_SUCCESS).diagram(),
      expect: [
        {
          messageId: "asyncSuccessToBucket",
          message: "Function fn sends successful asynchronous invocations to S3 bucket archive",
          nodeIds: ["fn", "archive"],
          severity: "error",
          fixes: ["Make it an on-failure destination", "Remove the destination"],
        },
      ],
    },
    {
      name: "a stream mapping with an on-success destination and a function as its on-failure destination",
      diagram: build()
        .table("orders", null)
        .lambda("fn", null)
        .edge("invocation", "orders", "fn")
        .queue("done", null)
        .lambda("handler", null)
        .edge("destination", "fn", "done", MAPPING_SUCCESS)
        .edge("destination", "fn", "handler", MAPPING_FAILURE)
        .diagram(),
      expect: [
        { messageId: "mappingOnSuccess", nodeIds: ["fn", "done"], fixes: ["Make it an on-failure destination", "Remove the destination"] },
        { messageId: "mappingToFunction", message: "to function handler; stream and Kafka mappings", nodeIds: ["fn", "handler"], fixes: ["Remove the destination"] },
      ],
    },
    {
      name: "an event-source-mapping destination on a function fed only by SQS",
      diagram: build().queue("jobs", null).lambda("fn", null).edge("invocation", "jobs", "fn").queue("failed", null).edge("destination", "fn", "failed", MAPPING_FAILURE).diagram(),
      expect: [
        {
          messageId: "sqsMappingDestination",
          message: "but its mapping reads SQS queue jobs; SQS mappings have no destinations",
          nodeIds: ["fn", "failed", "jobs"],
          fixes: ["Use the queue's redrive dead-letter queue instead"],
        },
      ],
    },
  ],
});
