import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./lambda-code-bucket-region";

const regions = () => build().region("use1", { regionCode: "us-east-1" }).region("euw1", { regionCode: "eu-west-1" });

testRule(rule, {
  valid: [
    { name: "function and code bucket in us-east-1", diagram: regions().lambda("fn", "use1").bucket("code", "use1").edge("code-source", "fn", "code").diagram() },
    { name: "the bucket outside any Region: not known", diagram: regions().lambda("fn", "use1").bucket("code", null).edge("code-source", "fn", "code").diagram() },
    { name: "a bucket in another Region the function only reads data from", diagram: regions().lambda("fn", "use1").bucket("data", "euw1").edge("connection", "fn", "data").diagram() },
  ],
  invalid: [
    {
      name: "code in eu-west-1 for a function in us-east-1",
      diagram: regions().lambda("fn", "use1").bucket("code", "euw1").edge("code-source", "fn", "code").label("code", "artifacts").diagram(),
      expect: [
        {
          messageId: "otherRegion",
          message: "Function fn in us-east-1 reads its code from bucket artifacts in eu-west-1; the code bucket must be in the function's Region.",
          nodeIds: ["fn", "code"],
          severity: "error",
          fixes: [],
        },
      ],
    },
  ],
});
