import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./s3-transfer-acceleration";

const bucket = (props: Record<string, unknown>) => build().bucket("assets", null, props).diagram();

testRule(rule, {
  valid: [
    { name: "accelerated, name without periods", diagram: bucket({ bucketName: "media-uploads", transferAcceleration: true }) },
    { name: "periods without acceleration", diagram: bucket({ bucketName: "www.example.com" }) },
    { name: "accelerated with a generated name", diagram: bucket({ transferAcceleration: true }) },
  ],
  invalid: [
    {
      name: "accelerated with periods: rename or turn it off",
      diagram: bucket({ bucketName: "media.example.com", transferAcceleration: true }),
      expect: [
        {
          messageId: "periods",
          message: "Bucket assets has Transfer Acceleration on but is named \"media.example.com\", with periods",
          nodeIds: ["assets"],
          fixes: ["Rename to media-example-com", "Turn off Transfer Acceleration"],
        },
      ],
    },
    {
      name: "no rename when the name has other problems",
      diagram: bucket({ bucketName: "Media.Example", transferAcceleration: true }),
      expect: [{ messageId: "periods", nodeIds: ["assets"], fixes: ["Turn off Transfer Acceleration"] }],
    },
  ],
});
