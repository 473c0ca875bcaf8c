import type { Metadata } from "next";
import { WithBundledKindIcons } from "@/components/bundled-kind-icons";
import { RulesShell } from "@/components/rules/rules-shell";

export const metadata: Metadata = {
  title: "Rules · Archlint",
  description: "Every check Archlint runs on an AWS diagram: what it reports, why, and where AWS documents it.",
};

/** The catalog and each rule's page share the header, so the language choice stays put between them. */
export default function RulesLayout({ children }: { children: React.ReactNode }) {
  return (
    <WithBundledKindIcons>
      <RulesShell>{children}</RulesShell>
    </WithBundledKindIcons>
  );
}
