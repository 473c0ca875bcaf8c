import { build } from "../diagram/builder";
import type { Template } from "./types";

export const eventPipeline: Template = {
  id: "event-pipeline",
  name: { en: "Event pipeline with SNS, SQS and Lambda", ko: "SNS, SQS, Lambda 이벤트 파이프라인" },
  description: {
    en: "Uploads to an S3 bucket publish to an SNS topic, which fans out to two SQS queues; a Lambda function drains each queue. Each queue has a dead-letter queue, long polling, and a visibility timeout longer than its function's timeout, so a slow batch is not delivered twice.",
    ko: "S3 버킷 업로드가 SNS 주제에 게시되고, 주제는 두 SQS 대기열로 팬아웃하며, 대기열마다 Lambda 함수가 메시지를 처리합니다. 대기열마다 배달 못한 편지 대기열과 긴 폴링이 있고, 표시 제한 시간이 함수 제한 시간보다 길어 느린 배치가 두 번 전달되지 않습니다.",
  },
  teaches: null,
  findings: [],
  build: () => {
    const queue = { visibilityTimeout: 180, receiveMessageWaitTimeSeconds: 20, hasDeadLetterQueue: true };
    return build("Event pipeline with SNS, SQS and Lambda")
      .region("region", { regionCode: "us-east-1" })
      .label("region", "us-east-1")
      .bucket("uploads", "region", { bucketName: "archlint-example-uploads" })
      .node("aws.sns-topic", "topic", "region")
      .label("topic", "upload-events")
      .queue("thumbnails", "region", queue)
      .queue("index", "region", queue)
      .lambda("make-thumbnail", "region", { timeout: 30, memorySize: 1024 })
      .lambda("update-index", "region", { timeout: 30 })
      .edge("invocation", "uploads", "topic")
      .edge("invocation", "topic", "thumbnails")
      .edge("invocation", "topic", "index")
      .edge("invocation", "thumbnails", "make-thumbnail")
      .edge("invocation", "index", "update-index")
      .diagram();
  },
};
