import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RuleDetail } from "@/components/rules/rule-detail";
import { ruleInfo } from "@/components/rules/types";
import type { Diagram } from "@/lib/diagram/types";
import { RULES, runRules, type RuleModule } from "@/lib/engine";
import { exampleFor } from "@/lib/engine/rule-examples";

interface Params {
  params: Promise<{ id: string }>;
}

export function generateStaticParams(): { id: string }[] {
  return RULES.map((rule) => ({ id: rule.meta.id }));
}

function ruleById(id: string): RuleModule | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const rule = ruleById((await params).id);
  return rule ? { title: `${rule.meta.title.en} (${rule.meta.id}) · Archlint`, description: rule.meta.explanation.en } : {};
}

/** One rule's page. The rule runs here, on the server, so the client gets plain findings to draw. */
export default async function RulePage({ params }: Params) {
  const rule = ruleById((await params).id);
  if (!rule) notFound();
  const example = exampleFor(rule.meta.id);
  const show = (diagram: Diagram) => ({ diagram, findings: runRules(diagram, [rule]) });
  return <RuleDetail rule={ruleInfo(rule.meta)} examples={example ? { invalid: show(example.invalid), valid: show(example.valid) } : null} />;
}
