import type { RuleModule } from "../lib/engine/types";

/** Every rule, sorted by id. A test checks each has its file, its tests and its docs fields. */
export const RULES: readonly RuleModule[] = [];
