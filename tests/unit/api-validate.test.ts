import { describe, expect, it } from "vitest";
import { POST, runtime } from "@/app/api/validate/route";
import { diagramJson } from "@/cli/fixtures";

const URL_BASE = "http://localhost/api/validate";

function post(body: BodyInit | null, { lang, headers }: { lang?: string; headers?: Record<string, string> } = {}) {
  return POST(new Request(lang ? `${URL_BASE}?lang=${lang}` : URL_BASE, { method: "POST", body, headers, duplex: "half" } as RequestInit));
}

describe("POST /api/validate", () => {
  it("runs on Node", () => expect(runtime).toBe("nodejs"));

  it("answers 200 with findings and summary for a diagram", async () => {
    const response = await post(diagramJson(), { headers: { "content-type": "application/json" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    const body = await response.json();
    expect(Array.isArray(body.findings)).toBe(true);
    expect(body.summary).toEqual(expect.objectContaining({ error: expect.any(Number), warning: expect.any(Number), info: expect.any(Number) }));
  });

  it("answers 400 with errors for a body that is not JSON", async () => {
    const response = await post("{ nope");
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].path).toBe("$");
    expect(body.errors[0].message).toMatch(/not valid JSON/);
  });

  it("answers 400 with JSON paths for a body that is not a diagram, in Korean with ?lang=ko", async () => {
    const doc = JSON.stringify({ format: "archlint.diagram", version: 1, nodes: [{ id: "n1", kind: "aws.no-such-thing" }] });
    const en = await (await post(doc)).json();
    expect(en.errors[0]).toEqual({ path: "$.nodes[0].kind", message: expect.stringContaining("Archlint does not know") });
    const response = await post(doc, { lang: "ko" });
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].message).toContain("알지 못하는 종류");
  });

  it("answers 400 for an empty body and for bytes that are not UTF-8", async () => {
    expect((await post(null)).status).toBe(400);
    const bad = await post(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]));
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].message).toMatch(/UTF-8/);
  });

  it("answers 413 when content-length says more than 10 MB, without reading the body", async () => {
    const response = await post("{}", { headers: { "content-length": String(10 * 1024 * 1024 + 1) } });
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].path).toBe("$");
  });

  it("answers 413 when more than 10 MB actually arrives, whatever the headers say", async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 11) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await post(stream, { lang: "ko" });
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].message).toContain("MB");
    expect(sent).toBeLessThanOrEqual(12);
  });
  it("refuses a diagram over the node limit with 400 before any analysis, quickly", async () => {
    const nodes = Array.from({ length: 20_001 }, (_, i) => ({ id: `n${i}`, kind: "aws.region", props: { regionCode: "us-east-1" } }));
    const start = performance.now();
    const response = await post(JSON.stringify({ format: "archlint.diagram", version: 1, nodes }));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors).toEqual([{ path: "$.nodes", message: expect.stringContaining("at most 20000") }]);
    expect(performance.now() - start).toBeLessThan(2_000);
  });

  it("explains a body that is JSON but not a diagram, and one that is HTML", async () => {
    const html = await post("<html><body>hi</body></html>", { headers: { "content-type": "text/html" } });
    expect(html.status).toBe(400);
    expect((await html.json()).errors[0].message).toMatch(/not valid JSON/);
    const list = await post("[1,2,3]");
    expect(list.status).toBe(400);
    expect((await list.json()).errors[0].message).toMatch(/expected a JSON object/);
  });
});
