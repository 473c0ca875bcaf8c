import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./lambda-aliases";

const fn = (aliases: Record<string, unknown>[]) => build().lambda("fn", null, { aliases });

testRule(rule, {
  valid: [
    { name: "no aliases", diagram: fn([]).diagram() },
    { name: "an alias on $LATEST and one on version 3", diagram: fn([{ name: "dev" }, { name: "live", functionVersion: "3" }]).diagram() },
    { name: "a weighted alias between versions 3 and 4", diagram: fn([{ name: "live", functionVersion: "3", additionalVersion: "4" }]).diagram() },
  ],
  invalid: [
    {
      name: "an alias pointing to another alias",
      diagram: fn([{ name: "live", functionVersion: "7" }, { name: "prod", functionVersion: "live" }]).label("fn", "checkout").diagram(),
      expect: [
        {
          messageId: "aliasToAlias",
          message: "Function checkout has aliases (prod) that point to other aliases (live); an alias must point to a version.",
          nodeIds: ["fn"],
          severity: "error",
          fixes: ["Point them to the versions those aliases point to"],
        },
      ],
    },
    {
      name: "two aliases pointing to each other: no version to fix them with",
      diagram: fn([{ name: "a", functionVersion: "b" }, { name: "b", functionVersion: "a" }]).diagram(),
      expect: [{ messageId: "aliasToAlias", message: "(a, b) that point to other aliases (b, a)", nodeIds: ["fn"], fixes: [] }],
    },
    {
      name: "a weighted alias with $LATEST",
      diagram: fn([{ name: "canary", functionVersion: "$LATEST", additionalVersion: "5" }]).diagram(),
      expect: [{ messageId: "weightedLatest", message: "weighted aliases (canary) that route traffic to $LATEST", nodeIds: ["fn"], fixes: [] }],
    },
  ],
});
