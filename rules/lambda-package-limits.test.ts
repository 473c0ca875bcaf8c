import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./lambda-package-limits";

const fn = (props: Record<string, unknown>) => build().lambda("fn", null, props);

testRule(rule, {
  valid: [
    { name: "the defaults: nothing known about the package", diagram: build().lambda("fn", null).diagram() },
    { name: "a .zip function at 250 MB with 5 layers and 4 KB of variables", diagram: fn({ packageSizeMb: 250, layers: 5, environmentSizeKb: 4 }).diagram() },
    { name: "a 10 GB container image without layers", diagram: fn({ packageType: "Image", packageSizeMb: 10_240, layers: 0 }).diagram() },
    { name: "an image larger than a .zip may be", diagram: fn({ packageType: "Image", packageSizeMb: 1_000 }).diagram() },
  ],
  invalid: [
    {
      name: "a .zip function just over 250 MB",
      diagram: fn({ packageSizeMb: 251 }).label("fn", "thumbnailer").diagram(),
      expect: [
        {
          messageId: "zipTooLarge",
          message: "Function thumbnailer has 251 MB of code and layers unzipped; a .zip function allows at most 250 MB.",
          nodeIds: ["fn"],
          severity: "error",
          fixes: [],
        },
      ],
    },
    {
      name: "a container image over 10 GB",
      diagram: fn({ packageType: "Image", packageSizeMb: 10_241 }).diagram(),
      expect: [{ messageId: "imageTooLarge", message: "10241 MB", nodeIds: ["fn"] }],
    },
    {
      name: "six layers",
      diagram: fn({ layers: 6 }).diagram(),
      expect: [{ messageId: "tooManyLayers", message: "uses 6 layers; a function can use at most 5", nodeIds: ["fn"] }],
    },
    {
      name: "a container image with a layer",
      diagram: fn({ packageType: "Image", layers: 1 }).diagram(),
      expect: [{ messageId: "imageLayers", message: "only .zip functions can use layers", nodeIds: ["fn"] }],
    },
    {
      name: "a container image with too many layers gets one finding",
      diagram: fn({ packageType: "Image", layers: 6 }).diagram(),
      expect: [{ messageId: "imageLayers", nodeIds: ["fn"] }],
    },
    {
      name: "environment variables over 4 KB",
      diagram: fn({ environmentSizeKb: 4.5 }).diagram(),
      expect: [{ messageId: "environment", message: "4.5 KB of environment variables; Lambda allows 4 KB in total", nodeIds: ["fn"] }],
    },
    {
      name: "every limit at once",
      diagram: fn({ packageSizeMb: 300, layers: 7, environmentSizeKb: 5 }).diagram(),
      expect: [
        { messageId: "zipTooLarge", nodeIds: ["fn"] },
        { messageId: "tooManyLayers", nodeIds: ["fn"] },
        { messageId: "environment", nodeIds: ["fn"] },
      ],
    },
  ],
});
