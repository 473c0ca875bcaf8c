import { deflateSync, Inflate } from "fflate";
import { serializeDiagram } from "./diagram/create";
import { parseDiagram, type ParseError, type ParseResult } from "./diagram/parse";
import { LIMITS, type Diagram } from "./diagram/types";

/** The fragment key: links read `/#d=<payload>`. A fragment is never sent to the server. */
export const SHARE_PARAM = "d";
/** The longest payload a link carries: long URLs are cut by chat apps, mail clients and some browsers. */
export const SHARE_MAX_CHARS = 8_000;
/** Decompressed input is fed in slices this large, so a hostile link is stopped soon after the size cap. */
const INFLATE_SLICE = 1024;

export type EncodeResult = { ok: true; payload: string } | { ok: false; reason: "too-large"; length: number; max: number };

/** The diagram as compact JSON, deflated and base64url-encoded; refused when longer than SHARE_MAX_CHARS. */
export function encodeShare(diagram: Diagram, max = SHARE_MAX_CHARS): EncodeResult {
  // serializeDiagram decides which fields travel; the link drops its indentation.
  const compact = JSON.stringify(JSON.parse(serializeDiagram(diagram)));
  const payload = toBase64Url(deflateSync(new TextEncoder().encode(compact), { level: 9 }));
  return payload.length > max ? { ok: false, reason: "too-large", length: payload.length, max } : { ok: true, payload };
}

/** The payload of a `#d=…` fragment (with or without the `#`), or null when the fragment holds none. */
export function shareFragmentPayload(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  return params.get(SHARE_PARAM);
}

/** A link's payload back to a diagram, validated like any imported file. Never throws. */
export function decodeShare(payload: string): ParseResult {
  const bytes = fromBase64Url(payload.trim());
  if (!bytes) return refuse("The link is damaged: it holds characters a shared diagram never has.", "링크가 손상되었습니다. 공유한 다이어그램에 없는 문자가 들어 있습니다.");
  const inflated = inflateCapped(bytes, LIMITS.maxBytes);
  if (inflated === "too-large") {
    const mb = LIMITS.maxBytes / (1024 * 1024);
    return refuse(`The link's diagram is larger than ${mb} MB once unpacked, so it was not opened.`, `링크의 다이어그램을 풀면 ${mb}MB보다 커서 열지 않았습니다.`);
  }
  if (inflated === "damaged") return refuse("The link is truncated or damaged: it could not be unpacked. Ask for the link again.", "링크가 잘렸거나 손상되어 풀 수 없습니다. 링크를 다시 받아 보세요.");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(inflated);
  } catch {
    return refuse("The link is damaged: its content is not text.", "링크가 손상되었습니다. 내용이 텍스트가 아닙니다.");
  }
  return parseDiagram(text);
}

function refuse(en: string, ko: string): ParseResult {
  const error: ParseError = { path: "$", message: { en, ko } };
  return { ok: false, errors: [error] };
}

/** Inflates at most `cap` bytes: the input is pushed in slices and the stream abandoned once past the cap. */
function inflateCapped(bytes: Uint8Array, cap: number): Uint8Array | "too-large" | "damaged" {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const stream = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total <= cap) chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let at = 0; at < bytes.length; at += INFLATE_SLICE) {
      stream.push(bytes.subarray(at, at + INFLATE_SLICE), at + INFLATE_SLICE >= bytes.length);
      if (total > cap) return "too-large";
    }
  } catch {
    return "damaged";
  }
  if (!ended || bytes.length === 0) return "damaged";
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Null for anything that is not base64url (padding tolerated). */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) return null;
  const body = text.replace(/=+$/, "");
  if (body.length % 4 === 1) return null;
  try {
    const binary = atob(body.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (body.length % 4)) % 4));
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}
