"use client";
import type { Diagram } from "@/lib/diagram/types";
import type { Text } from "@/lib/i18n/text";
import type { Hop, NetworkProfile, PerSubnet, Verdict } from "@/lib/network/types";
import { STATUS_WORDS, VIA_NAMES, serviceName } from "@/lib/network/words";
import { useLang } from "./lang";
import type { VerdictKey } from "./verdicts";

const HEADINGS = {
  title: { en: "Network", ko: "네트워크" },
  internet: { en: "Internet access", ko: "인터넷 접근" },
  ingress: { en: "Reachable from the internet", ko: "인터넷에서 접근" },
  services: { en: "AWS public services", ko: "AWS 퍼블릭 서비스" },
  private: { en: "Private resources", ko: "프라이빗 리소스" },
  none: { en: "No connection edges from or to this resource.", ko: "이 리소스와 이어진 연결이 없습니다." },
  fix: { en: "Fix", ko: "해결" },
  ports: { en: "ports", ko: "포트" },
  mixed: { en: "only from some of its subnets", ko: "일부 서브넷에서만" },
  deniedAsIntended: { en: "meant to be denied: it is", ko: "차단되어야 함: 차단됨" },
  deniedButAllowed: { en: "meant to be denied: it gets through", ko: "차단되어야 함: 통과됨" },
  deniedUnknown: { en: "meant to be denied", ko: "차단되어야 함" },
} satisfies Record<string, Text>;

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A route hop shows its table and the matching destination; other hops their labels. */
export function hopText(hop: Hop, diagram: Diagram): string {
  const label = (id: string) => {
    const node = diagram.nodes.find((n) => n.id === id);
    return node ? node.label || node.id : id;
  };
  switch (hop.kind) {
    case "node":
      return label(hop.nodeId);
    case "route":
      return `${label(hop.nodeId)} ${hop.destination}`;
    case "internet":
      return "internet";
    case "service":
      return hop.service;
  }
}

interface Props {
  diagram: Diagram;
  profile: NetworkProfile;
  shown: VerdictKey;
  onShow(key: VerdictKey): void;
}

/** The four questions of the notes' Lambda network table, answered for the selected resource. */
export function NetworkPanel({ diagram, profile, shown, onShow }: Props) {
  const lang = useLang();
  const label = (id: string) => diagram.nodes.find((n) => n.id === id)?.label || id;
  const row = (key: VerdictKey, title: string, verdict: Verdict | undefined, extra?: string, perSubnet?: PerSubnet) => {
    if (!verdict) return null;
    return (
      <li key={key} className={`verdict verdict-${verdict.status}${shown === key ? " is-shown" : ""}`}>
        <button type="button" className="verdict-main" aria-pressed={shown === key} onClick={() => onShow(key)}>
          <span className="verdict-title">{title}</span>
          <span className={`verdict-status status-${verdict.status}`}>{capitalize(STATUS_WORDS[verdict.status][lang])}</span>
          {verdict.via && verdict.via !== "none" ? <span className="verdict-via">{VIA_NAMES[verdict.via][lang]}</span> : null}
          {extra ? <span className="verdict-via">{extra}</span> : null}
          {perSubnet?.mixed ? <span className="verdict-mixed">{HEADINGS.mixed[lang]}</span> : null}
        </button>
        {shown === key ? (
          <div className="verdict-detail">
            {verdict.path && verdict.path.length > 0 ? (
              <p className="verdict-path" data-testid="verdict-path">
                {verdict.path.map((hop) => hopText(hop, diagram)).join(" → ")}
              </p>
            ) : null}
            {verdict.blocker ? (
              <p className="verdict-blocker" data-testid="verdict-blocker">
                <strong>{label(verdict.blocker.nodeId)}</strong>: {verdict.blocker.reason[lang]}
                {verdict.blocker.fix ? (
                  <>
                    {" "}
                    <em>
                      {HEADINGS.fix[lang]}: {verdict.blocker.fix[lang]}
                    </em>
                  </>
                ) : null}
              </p>
            ) : null}
            {(verdict.notes ?? []).map((note, i) => (
              <p key={i} className="verdict-note">
                {note[lang]}
              </p>
            ))}
          </div>
        ) : null}
      </li>
    );
  };
  // A connection drawn as "must be denied" (security-group-deny): say whether the drawing does deny it.
  const deniedIntent = (edgeId: string, status: Verdict["status"]): string | undefined => {
    if (diagram.edges.find((e) => e.id === edgeId)?.props.expected !== "denied") return undefined;
    const key = status === "no" ? "deniedAsIntended" : status === "yes" ? "deniedButAllowed" : "deniedUnknown";
    return HEADINGS[key][lang];
  };
  const ports = profile.internetIngress.ports
    .map((p) => `${p.protocol} ${p.from === p.to ? p.from : `${p.from}-${p.to}`}`)
    .join(", ");
  return (
    <section className="network-panel" aria-label={HEADINGS.title[lang]}>
      <h3 className="inspector-section">{HEADINGS.title[lang]}</h3>
      <ul className="verdicts">
        {row("egress", HEADINGS.internet[lang], profile.internetEgress?.overall, undefined, profile.internetEgress)}
        {row("ingress", HEADINGS.ingress[lang], profile.internetIngress.verdict, ports ? `${HEADINGS.ports[lang]} ${ports}` : undefined)}
      </ul>
      {profile.awsServices.length > 0 ? (
        <>
          <h4 className="verdict-group">{HEADINGS.services[lang]}</h4>
          <ul className="verdicts">
            {profile.awsServices.map((s) => row(`service:${s.service}`, serviceName(s.service), s.access.overall, undefined, s.access))}
          </ul>
        </>
      ) : null}
      <h4 className="verdict-group">{HEADINGS.private[lang]}</h4>
      {profile.connections.length === 0 ? (
        <p className="inspector-empty">{HEADINGS.none[lang]}</p>
      ) : (
        <ul className="verdicts">
          {profile.connections.map((c) =>
            row(
              `connection:${c.edgeId}`,
              `${c.sourceId === profile.nodeId ? "→" : "←"} ${label(c.sourceId === profile.nodeId ? c.targetId : c.sourceId)}${c.port !== undefined ? `:${c.port}` : ""}`,
              c.verdict.overall,
              deniedIntent(c.edgeId, c.verdict.overall.status),
              c.verdict,
            ),
          )}
        </ul>
      )}
    </section>
  );
}
