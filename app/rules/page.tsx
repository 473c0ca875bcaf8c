import { RuleCatalog } from "@/components/rules/rule-catalog";
import { ruleInfo } from "@/components/rules/types";
import { RULES } from "@/lib/engine";

/** The rule catalog: the registry's meta, handed to the client for search and filters. */
export default function RulesPage() {
  return <RuleCatalog rules={RULES.map((rule) => ruleInfo(rule.meta))} />;
}
