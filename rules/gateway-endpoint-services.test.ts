import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./gateway-endpoint-services";

const endpoint = (props: Record<string, unknown>) => build().vpc("vpc-1", null).node("aws.vpc-endpoint", "vpce", "vpc-1", props).diagram();

testRule(rule, {
  valid: [
    { name: "the default: an S3 gateway endpoint", diagram: endpoint({}) },
    { name: "a DynamoDB gateway endpoint", diagram: endpoint({ endpointType: "Gateway", serviceName: "dynamodb" }) },
    { name: "a full service name", diagram: endpoint({ endpointType: "Gateway", serviceName: "com.amazonaws.us-east-1.s3" }) },
    { name: "an S3 interface endpoint (the notes say none exists; AWS has one)", diagram: endpoint({ endpointType: "Interface", serviceName: "s3" }) },
    { name: "an SQS interface endpoint", diagram: endpoint({ endpointType: "Interface", serviceName: "sqs" }) },
  ],
  invalid: [
    {
      name: "a gateway endpoint for SQS",
      diagram: endpoint({ endpointType: "Gateway", serviceName: "sqs" }),
      expect: [
        {
          messageId: "notGatewayService",
          message: "Endpoint vpce is a gateway endpoint for sqs; gateway endpoints exist only for S3 and DynamoDB",
          nodeIds: ["vpce"],
          severity: "error",
          fixes: ["Make it an interface endpoint"],
        },
      ],
    },
    {
      name: "a full name of another service",
      diagram: endpoint({ endpointType: "Gateway", serviceName: "com.amazonaws.eu-west-1.execute-api" }),
      expect: [{ messageId: "notGatewayService", message: "for execute-api", nodeIds: ["vpce"] }],
    },
  ],
});
