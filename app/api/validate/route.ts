import { parseDiagram, type ParseError } from "@/lib/diagram/parse";
import { LIMITS } from "@/lib/diagram/types";
import { validate } from "@/lib/engine";
import type { Lang } from "@/lib/i18n/text";
import { toJson } from "@/lib/report";

export const runtime = "nodejs";

/** The largest body accepted: the diagram format's own limit (10 MB). */
const MAX_BODY_BYTES = LIMITS.maxBytes;

const TOO_LARGE = {
  en: `The request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB, the most a diagram may be.`,
  ko: `요청 본문이 다이어그램 최대 크기인 ${MAX_BODY_BYTES / 1024 / 1024}MB보다 큽니다.`,
};
const NOT_UTF8 = {
  en: "The request body is not UTF-8 text.",
  ko: "요청 본문이 UTF-8 텍스트가 아닙니다.",
};

const NO_STORE = { "cache-control": "no-store" };

function errorResponse(status: 400 | 413, errors: readonly ParseError[], lang: Lang): Response {
  return Response.json(
    { errors: errors.map((e) => ({ path: e.path, message: e.message[lang] })) },
    { status, headers: NO_STORE },
  );
}

/** The body's bytes, or null as soon as more than `limit` have arrived (the rest is not read). */
async function readLimited(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array | null> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * POST /api/validate: a diagram's JSON in, the findings out, with the same JSON shape as
 * `archlint check --format json`. `?lang=ko` gives Korean messages. 413 over 10 MB; 400 with
 * `{"errors":[{path, message}]}` when the body is not a diagram.
 */
export async function POST(request: Request): Promise<Response> {
  const lang: Lang = new URL(request.url).searchParams.get("lang") === "ko" ? "ko" : "en";

  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > MAX_BODY_BYTES) {
    return errorResponse(413, [{ path: "$", message: TOO_LARGE }], lang);
  }
  // The header can be absent (chunked) or wrong, so the limit is enforced on what is read too.
  const bytes = await readLimited(request.body, MAX_BODY_BYTES);
  if (bytes === null) return errorResponse(413, [{ path: "$", message: TOO_LARGE }], lang);

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return errorResponse(400, [{ path: "$", message: NOT_UTF8 }], lang);
  }

  const parsed = parseDiagram(text);
  if (!parsed.ok) return errorResponse(400, parsed.errors, lang);

  return Response.json(toJson(validate(parsed.diagram), lang), { status: 200, headers: NO_STORE });
}
