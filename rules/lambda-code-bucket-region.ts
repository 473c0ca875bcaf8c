import { defineRule } from "../lib/engine/types";

export default defineRule({
  meta: {
    id: "lambda-code-bucket-region",
    severity: "error",
    category: "compute",
    title: { en: "Lambda code comes from an S3 bucket in the function's Region", ko: "Lambda 코드는 함수와 같은 리전의 S3 버킷에서" },
    explanation: {
      en: "When a function's deployment package is read from S3 (Code.S3Bucket in CloudFormation), the bucket must be in the same AWS Region as the function; it may belong to another account. Deploy a copy of the package to a bucket in each Region the function runs in. The notes do not cover this.",
      ko: "함수의 배포 패키지를 S3에서 읽는 경우(CloudFormation의 Code.S3Bucket), 버킷은 함수와 같은 AWS 리전에 있어야 합니다. 다른 계정의 버킷이어도 됩니다. 함수가 실행되는 리전마다 그 리전의 버킷에 패키지 사본을 두세요. 노트에는 이 내용이 없습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-code.html",
    facts: ["cfn_lambda_s3_region"],
    messages: {
      otherRegion: {
        en: "Function {function} in {functionRegion} reads its code from bucket {bucket} in {bucketRegion}; the code bucket must be in the function's Region.",
        ko: "{functionRegion}의 함수 {function}이(가) {bucketRegion}의 버킷 {bucket}에서 코드를 읽습니다. 코드 버킷은 함수와 같은 리전에 있어야 합니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    const regionOf = (id: string) => {
      const node = index.node(id);
      const code = node ? index.ancestor(node, "aws.region")?.props.regionCode : undefined;
      return typeof code === "string" ? code : undefined;
    };
    return {
      "aws.lambda"(fn) {
        const functionRegion = regionOf(fn.id);
        if (functionRegion === undefined) return;
        for (const edge of index.edgesFrom(fn.id, "code-source")) {
          const bucketRegion = regionOf(edge.target);
          if (bucketRegion === undefined || bucketRegion === functionRegion) continue;
          context.report({
            messageId: "otherRegion",
            nodeIds: [fn.id, edge.target],
            data: { function: index.label(fn.id), functionRegion, bucket: index.label(edge.target), bucketRegion },
          });
        }
      },
    };
  },
});
