import { defineRule } from "../lib/engine/types";

/** MB: a .zip function's code plus layers, unzipped. */
const MAX_ZIP_UNZIPPED = 250;
/** MB: a container image, uncompressed (10 GB). */
const MAX_IMAGE = 10_240;
const MAX_LAYERS = 5;
/** KB: all environment variables together. */
const MAX_ENVIRONMENT = 4;

export default defineRule({
  meta: {
    id: "lambda-package-limits",
    severity: "error",
    category: "compute",
    scope: "component",
    title: { en: "Lambda package, layers and environment within their limits", ko: "Lambda 패키지·레이어·환경 변수 한도" },
    explanation: {
      en: "A .zip Lambda function's code and layers together may be at most 250 MB unzipped (a .zip over 50 MB must be uploaded through S3), and a container-image function's image at most 10 GB. A function can use at most 5 layers, and only .zip functions can use layers: a container image bundles its dependencies instead. All environment variables together may take at most 4 KB. The notes also say a published layer version cannot be modified or deleted; AWS documents that it cannot be modified but can be deleted (functions already using it keep access), and its version number is never reused.",
      ko: ".zip Lambda 함수의 코드와 레이어는 합쳐서 압축 해제 시 최대 250MB이고(50MB가 넘는 .zip은 S3를 통해 업로드), 컨테이너 이미지 함수의 이미지는 최대 10GB입니다. 함수는 레이어를 최대 5개까지 쓸 수 있고, 레이어는 .zip 함수만 쓸 수 있습니다. 컨테이너 이미지는 대신 의존성을 이미지에 넣습니다. 환경 변수는 모두 합쳐 최대 4KB입니다. 노트는 게시된 레이어 버전을 수정하거나 삭제할 수 없다고도 하지만, AWS 문서에 따르면 수정은 할 수 없어도 삭제는 할 수 있고(이미 사용 중인 함수는 계속 접근 가능) 버전 번호는 다시 쓰이지 않습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html",
    notesSection: "Lambda › quotas",
    facts: ["lambda_package_size", "lambda_layers", "lambda_small_limits"],
    messages: {
      zipTooLarge: {
        en: "Function {function} has {value} MB of code and layers unzipped; a .zip function allows at most {max} MB. Move dependencies out or use a container image.",
        ko: "함수 {function}의 코드와 레이어가 압축 해제 시 {value}MB입니다. .zip 함수는 최대 {max}MB까지 허용합니다. 의존성을 줄이거나 컨테이너 이미지를 쓰세요.",
      },
      imageTooLarge: {
        en: "Function {function} has a container image of {value} MB; Lambda allows at most {max} MB (10 GB).",
        ko: "함수 {function}의 컨테이너 이미지가 {value}MB입니다. Lambda는 최대 {max}MB(10GB)까지 허용합니다.",
      },
      tooManyLayers: {
        en: "Function {function} uses {value} layers; a function can use at most {max}.",
        ko: "함수 {function}이(가) 레이어 {value}개를 사용합니다. 함수는 최대 {max}개까지 쓸 수 있습니다.",
      },
      imageLayers: {
        en: "Function {function} is a container image but uses {value} layers; only .zip functions can use layers, so build them into the image.",
        ko: "함수 {function}은(는) 컨테이너 이미지인데 레이어 {value}개를 사용합니다. 레이어는 .zip 함수만 쓸 수 있으니 이미지에 포함하세요.",
      },
      environment: {
        en: "Function {function} has {value} KB of environment variables; Lambda allows {max} KB in total.",
        ko: "함수 {function}의 환경 변수가 {value}KB입니다. Lambda는 모두 합쳐 {max}KB까지 허용합니다.",
      },
    },
  },
  create(context) {
    return {
      "aws.lambda"(fn) {
        const report = (messageId: string, value: number, max: number) =>
          context.report({ messageId, nodeIds: [fn.id], data: { function: context.index.label(fn.id), value, max } });
        const image = fn.props.packageType === "Image";
        const { packageSizeMb: size, layers, environmentSizeKb: environment } = fn.props;
        if (typeof size === "number") {
          if (image && size > MAX_IMAGE) report("imageTooLarge", size, MAX_IMAGE);
          if (!image && size > MAX_ZIP_UNZIPPED) report("zipTooLarge", size, MAX_ZIP_UNZIPPED);
        }
        if (typeof layers === "number") {
          if (image && layers > 0) report("imageLayers", layers, 0);
          else if (layers > MAX_LAYERS) report("tooManyLayers", layers, MAX_LAYERS);
        }
        if (typeof environment === "number" && environment > MAX_ENVIRONMENT) report("environment", environment, MAX_ENVIRONMENT);
      },
    };
  },
});
