import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./lambda-reserved-concurrency";

testRule(rule, {
  valid: [
    { name: "no reservations", diagram: build().lambda("a", null).lambda("b", null).diagram() },
    { name: "900 reserved in one Region", diagram: build().region("r").lambda("a", "r", { reservedConcurrency: 600 }).lambda("b", "r", { reservedConcurrency: 300 }).diagram() },
    {
      name: "600 in each of two Regions",
      diagram: build().region("r1", { regionCode: "us-east-1" }).region("r2", { regionCode: "eu-west-1" }).lambda("a", "r1", { reservedConcurrency: 600 }).lambda("b", "r2", { reservedConcurrency: 600 }).diagram(),
    },
  ],
  invalid: [
    {
      name: "901 reserved in us-east-1",
      diagram: build().region("r", { regionCode: "us-east-1" }).lambda("a", "r", { reservedConcurrency: 601 }).lambda("b", "r", { reservedConcurrency: 300 }).lambda("c", "r").diagram(),
      expect: [
        {
          messageId: "tooMuchReserved",
          message: "Functions in us-east-1 reserve 901 concurrent executions (a, b); with the default quota of 1,000, at most 900",
          nodeIds: ["a", "b"],
          severity: "warning",
        },
      ],
    },
    {
      name: "one function reserving 1,000 outside any Region",
      diagram: build().lambda("a", null, { reservedConcurrency: 1000 }).diagram(),
      expect: [{ messageId: "tooMuchReserved", message: "Functions in one Region reserve 1000 concurrent executions (a)", nodeIds: ["a"] }],
    },
  ],
});
