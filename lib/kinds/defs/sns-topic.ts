import { z } from "zod";
import { defineKind } from "../types";

export const snsTopic = defineKind({
  id: "aws.sns-topic",
  name: { en: "SNS topic", ko: "SNS 주제" },
  summary: {
    en: "A publish-subscribe topic that pushes each message to every subscriber, such as SQS queues and Lambda functions.",
    ko: "각 메시지를 SQS 대기열, Lambda 함수 같은 모든 구독자에게 보내는 게시-구독 주제입니다.",
  },
  category: "integration",
  container: false,
  parents: ["aws.region", "root"],
  props: z.object({
    fifo: z.boolean().default(false),
  }),
  cfnType: "AWS::SNS::Topic",
  icon: "ArchitectureServiceAmazonSimpleNotificationService",
  size: { w: 72, h: 72 },
  labelPrefix: "topic",
});
