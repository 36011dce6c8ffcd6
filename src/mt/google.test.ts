import { afterEach, describe, expect, it } from "vitest";
import { closeChar, openChar } from "../domain/inline-codes";
import { failure, FAST_POLICY, loopback, type Handler, type Loopback } from "../../test/support/loopback";
import { MtError } from "./errors";
import { GoogleProvider } from "./google";

const KEY = "AIza-google-secret-5678";
let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function google(handler: Handler) {
  server = await loopback(handler);
  return new GoogleProvider({ key: KEY, url: server.url }, FAST_POLICY);
}
const translated = (texts: string[]) => ({ json: { data: { translations: texts.map((translatedText) => ({ translatedText })) } } });
const one = { sourceLang: "fr" as const, targetLang: "zh" as const, segments: [{ text: "Bonjour", terms: [] }] };

describe("Google Cloud Translation v2 client against a loopback server", () => {
  it("posts q[], source, target zh-CN and format html with the key as a parameter; codes travel as spans", async () => {
    const provider = await google((req) => translated((req.json.q as string[]).map((t) => t.replace("Bonjour", "你好").replace("&lt;", "&lt;"))));
    const source = `Bonjour ${openChar(1)}a < b${closeChar(1)}`;
    const result = await provider.translate({ sourceLang: "fr", targetLang: "zh", segments: [{ text: source, terms: [{ source: "x", target: "y" }] }] });
    const req = server!.requests[0]!;
    expect(req.path).toBe("/language/translate/v2");
    expect(req.query.get("key")).toBe(KEY);
    expect(req.json).toEqual({ q: ['Bonjour <span id="g1">a &lt; b</span>'], source: "fr", target: "zh-CN", format: "html" });
    expect(result.texts).toEqual([`你好 ${openChar(1)}a < b${closeChar(1)}`]);
    expect(result.glossary).toBe("none");
  });

  it("sends at most 128 texts per request and keeps the order", async () => {
    const provider = await google((req) => translated((req.json.q as string[]).map((t) => `T${t}`)));
    const segments = Array.from({ length: 300 }, (_, i) => ({ text: `s${i}`, terms: [] }));
    const result = await provider.translate({ sourceLang: "en", targetLang: "hu", segments });
    expect(server!.requests.length).toBe(3);
    expect(Math.max(...server!.requests.map((r) => r.json.q.length))).toBeLessThanOrEqual(128);
    expect(result.texts).toEqual(segments.map((s) => `T${s.text}`));
  });
});

describe("Google client errors", () => {
  it("an invalid key (400 keyInvalid) is an auth error and the key is not in the message", async () => {
    const provider = await google(() => ({ status: 400, json: { error: { code: 400, message: `API key not valid: ${KEY}`, errors: [{ reason: "keyInvalid" }], status: "INVALID_ARGUMENT" } } }));
    const e = await failure(provider.translate(one));
    expect(e.kind).toBe("auth");
    expect(e.message).not.toContain(KEY);
  });

  it("403 dailyLimitExceeded is the quota", async () => {
    const provider = await google(() => ({ status: 403, json: { error: { code: 403, message: "Daily Limit Exceeded", errors: [{ reason: "dailyLimitExceeded" }] } } }));
    expect((await failure(provider.translate(one))).kind).toBe("quota");
  });

  it("a 400 for a bad language is a bad request", async () => {
    const provider = await google(() => ({ status: 400, json: { error: { code: 400, message: "Bad language pair", errors: [{ reason: "invalid" }] } } }));
    expect((await failure(provider.translate(one))).kind).toBe("bad-request");
  });

  it("429 with Retry-After is waited for, then retried", async () => {
    const provider = await google((_req, n) => (n === 1 ? { status: 429, headers: { "retry-after": "0.2" }, json: { error: { errors: [{ reason: "rateLimitExceeded" }] } } } : translated(["你好"])));
    expect((await provider.translate(one)).texts).toEqual(["你好"]);
    expect(server!.requests).toHaveLength(2);
  });

  it("503 is retried with backoff", async () => {
    const provider = await google((_req, n) => (n < 3 ? { status: 503, text: "busy" } : translated(["你好"])));
    expect((await provider.translate(one)).texts).toEqual(["你好"]);
    expect(server!.requests).toHaveLength(3);
  });

  it("a hanging server is a timeout; a wrong count of translations is a bad response", async () => {
    const provider = await google(() => "hang");
    expect((await failure(provider.translate(one))).kind).toBe("timeout");
    await server!.close();
    server = await loopback(() => translated(["a", "b"]));
    expect((await failure(new GoogleProvider({ key: KEY, url: server.url }, FAST_POLICY).translate(one))).kind).toBe("bad-response");
  });
});
