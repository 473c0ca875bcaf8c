import type { Diagram } from "../diagram/types";
import { RULES } from "../../rules";
import { runRules } from "./validate";
import type { Finding } from "./types";

export * from "./types";
export { runRules, compareFindings, countBySeverity } from "./validate";
export { RULES } from "../../rules";

/** Every registered rule over the diagram: the engine's one entry point for the app, the CLI and the API. */
export function validate(diagram: Diagram): Finding[] {
  return runRules(diagram, RULES);
}
