import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./lambda-runtimes";

const fn = (runtime: string) => build().lambda("fn", null, { runtime });

testRule(rule, {
  valid: [
    { name: "the default runtime", diagram: build().lambda("fn", null).diagram() },
    { name: "the OS-only runtime on Amazon Linux 2023", diagram: fn("provided.al2023").diagram() },
    { name: "a managed Python runtime", diagram: fn("python3.13").diagram() },
    { name: "a managed Java runtime", diagram: fn("java21").diagram() },
    { name: "a managed .NET runtime", diagram: fn("dotnet8").diagram() },
  ],
  invalid: [
    {
      name: "Go 1.x",
      diagram: fn("go1.x").label("fn", "resizer").diagram(),
      expect: [
        {
          messageId: "deprecated",
          message: "Function resizer uses the deprecated runtime go1.x (Go 1.x): it gets no more security patches, and Lambda blocks creating, then updating, functions on a deprecated runtime from dates it announces. Use provided.al2023.",
          nodeIds: ["fn"],
          severity: "error",
          fixes: ["Change the runtime to provided.al2023"],
        },
      ],
    },
    {
      name: "provided (Amazon Linux 1)",
      diagram: fn("provided").diagram(),
      expect: [{ messageId: "deprecated", message: "Amazon Linux 1", nodeIds: ["fn"] }],
    },
    {
      name: "provided.al2",
      diagram: fn("provided.al2").diagram(),
      expect: [{ messageId: "deprecated", message: "runtime provided.al2 (the OS-only runtime on Amazon Linux 2)", nodeIds: ["fn"] }],
    },
    {
      name: "each function on its own",
      diagram: fn("go1.x").lambda("ok", null, { runtime: "provided.al2023" }).lambda("old", null, { runtime: "provided.al2" }).diagram(),
      expect: [
        { messageId: "deprecated", nodeIds: ["fn"] },
        { messageId: "deprecated", nodeIds: ["old"] },
      ],
    },
  ],
});
