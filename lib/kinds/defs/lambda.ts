import { z } from "zod";
import { defineKind } from "../types";

export const lambda = defineKind({
  id: "aws.lambda",
  name: { en: "Lambda function", ko: "Lambda 함수" },
  summary: {
    en: "A function run on demand. Attached to a VPC it gets ENIs in its subnets but never a public IP.",
    ko: "요청 시 실행되는 함수입니다. VPC에 연결하면 서브넷에 ENI를 받지만 퍼블릭 IP는 받지 못합니다.",
  },
  category: "compute",
  container: false,
  // In a subnet it is attached to the VPC; more subnets are added with placement edges.
  parents: ["aws.subnet", "aws.region", "root"],
  props: z.object({
    runtime: z.string().min(1).default("nodejs22.x"),
    memorySize: z.number().int().positive().default(128),
    timeout: z.number().int().positive().default(3),
    ephemeralStorage: z.number().int().positive().default(512),
    architecture: z.enum(["x86_64", "arm64"]).default("x86_64"),
    packageType: z.enum(["Zip", "Image"]).default("Zip"),
    // MB; for Zip the code and its layers unzipped, for Image the uncompressed container image. Unset: not known.
    packageSizeMb: z.number().positive().optional(),
    // How many layers the function uses. Unset: not known.
    layers: z.number().int().min(0).optional(),
    // KB; the total size of the environment variables. Unset: not known.
    environmentSizeKb: z.number().min(0).optional(),
    // Asynchronous invocation: retries after a failed attempt, and how long an event may wait (seconds). Unset: the defaults (2, 6 h).
    maximumRetryAttempts: z.number().int().min(0).optional(),
    maximumEventAgeSeconds: z.number().int().positive().optional(),
    // Concurrency set aside for (and capping) this function. Unset: none, it shares the unreserved pool.
    reservedConcurrency: z.number().int().min(0).optional(),
    // Active X-Ray tracing (TracingConfig Mode Active).
    tracing: z.boolean().default(false),
    // Aliases: each points to a version ("$LATEST" or a published number); a weighted alias also sends part of the traffic to additionalVersion.
    aliases: z
      .array(
        z.object({
          name: z.string().min(1),
          functionVersion: z.string().min(1).default("$LATEST"),
          additionalVersion: z.string().min(1).optional(),
        }),
      )
      .default(() => []),
    // The function URL's AuthType. Unset: the function has no URL.
    functionUrlAuthType: z.enum(["AWS_IAM", "NONE"]).optional(),
    // What the URL points to: an alias name, or unset for $LATEST.
    functionUrlQualifier: z.string().min(1).optional(),
    // The person's intent, not an AWS setting: the function calls the internet (a third-party API), so
    // missing internet access is an error rather than a note.
    needsInternet: z.boolean().default(false),
  }),
  cfnType: "AWS::Lambda::Function",
  icon: "ArchitectureServiceAWSLambda",
  size: { w: 72, h: 72 },
  labelPrefix: "fn",
});
