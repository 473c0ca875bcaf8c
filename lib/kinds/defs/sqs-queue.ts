import { z } from "zod";
import { defineKind } from "../types";

export const sqsQueue = defineKind({
  id: "aws.sqs-queue",
  name: { en: "SQS queue", ko: "SQS 대기열" },
  summary: {
    en: "A message queue. A Lambda consumer needs the queue's visibility timeout to be at least the function's timeout.",
    ko: "메시지 대기열입니다. Lambda가 소비하려면 대기열의 가시성 제한 시간이 함수 제한 시간 이상이어야 합니다.",
  },
  category: "integration",
  container: false,
  parents: ["aws.region", "root"],
  props: z.object({
    fifo: z.boolean().default(false),
    // Seconds.
    visibilityTimeout: z.number().int().min(0).default(30),
    // Seconds; 345,600 is 4 days.
    messageRetentionPeriod: z.number().int().min(0).default(345600),
    // Seconds; 0 is short polling.
    receiveMessageWaitTimeSeconds: z.number().int().min(0).default(0),
    hasDeadLetterQueue: z.boolean().default(false),
  }),
  cfnType: "AWS::SQS::Queue",
  icon: "ArchitectureServiceAmazonSimpleQueueService",
  size: { w: 72, h: 72 },
  labelPrefix: "queue",
});
