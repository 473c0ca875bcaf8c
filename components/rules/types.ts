import type { Diagram } from "@/lib/diagram/types";
import type { Finding, RuleMeta } from "@/lib/engine/types";

/** What the rule pages show of a rule: its meta without the message templates. */
export type RuleInfo = Omit<RuleMeta, "messages">;

export function ruleInfo({ messages: _messages, ...info }: RuleMeta): RuleInfo {
  return info;
}

/** An example diagram and what the rule reports on it, worked out on the server. */
export interface ShownExample {
  diagram: Diagram;
  findings: Finding[];
}
