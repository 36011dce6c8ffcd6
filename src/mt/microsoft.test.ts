import { afterEach, describe, expect, it } from "vitest";
import { standaloneChar } from "../domain/inline-codes";
import { failure, FAST_POLICY, loopback, type Handler, type Loopback } from "../../test/support/loopback";
import { MtError } from "./errors";
import { MicrosoftProvider } from "./microsoft";

const KEY = "ms-subscription-secret-9012";
let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function microsoft(handler: Handler, region: string | null = "westeurope") {
  server = await loopback(handler);
  return new MicrosoftProvider({ key: KEY, region: region ?? undefined, url: server.url }, FAST_POLICY);
}
const translated = (texts: string[], to = "hu") => ({ json: texts.map((text) => ({ translations: [{ text, to }] })) });
const one = { sourceLang: "en" as const, targetLang: "hu" as const, segments: [{ text: "Hello", terms: [] }] };

describe("Microsoft Translator v3 client against a loopback server", () => {
  it("posts [{Text}] to /translate with api-version, from, to, textType=html and the key and region headers", async () => {
    const provider = await microsoft((req) => translated((req.json as Array<{ Text: string }>).map((t) => t.Text.replace("Hello", "Szia")), req.query.get("to")!));
    const result = await provider.translate({ sourceLang: "en", targetLang: "zh", segments: [{ text: `Hello${standaloneChar(3)}`, terms: [] }] });
    const req = server!.requests[0]!;
    expect(req.path).toBe("/translate");
    expect(Object.fromEntries(req.query)).toEqual({ "api-version": "3.0", from: "en", to: "zh-Hans", textType: "html" });
    expect(req.headers["ocp-apim-subscription-key"]).toBe(KEY);
    expect(req.headers["ocp-apim-subscription-region"]).toBe("westeurope");
    expect(req.json).toEqual([{ Text: 'Hello<img id="x3">' }]);
    expect(result.texts).toEqual([`Szia${standaloneChar(3)}`]);
  });

  it("a global resource sends no region header", async () => {
    const provider = await microsoft(() => translated(["Szia"]), null);
    await provider.translate(one);
    expect(server!.requests[0]!.headers["ocp-apim-subscription-region"]).toBeUndefined();
  });
});

describe("Microsoft client errors", () => {
  it("401000 is auth, without the key in the message", async () => {
    const provider = await microsoft(() => ({ status: 401, json: { error: { code: 401000, message: `The request is not authorized: ${KEY}` } } }));
    const e = await failure(provider.translate(one));
    expect(e.kind).toBe("auth");
    expect(e.message).not.toContain(KEY);
  });

  it("403001 is the quota (free tier exhausted)", async () => {
    const provider = await microsoft(() => ({ status: 403, json: { error: { code: 403001, message: "The operation is not allowed because the subscription has exceeded its free quota." } } }));
    expect((await failure(provider.translate(one))).kind).toBe("quota");
  });

  it("400036 (bad target language) is a bad request", async () => {
    const provider = await microsoft(() => ({ status: 400, json: { error: { code: 400036, message: "The target language is not valid." } } }));
    expect((await failure(provider.translate(one))).kind).toBe("bad-request");
  });

  it("429001 with Retry-After is waited for, then retried", async () => {
    const provider = await microsoft((_req, n) => (n === 1 ? { status: 429, headers: { "retry-after": "0.2" }, json: { error: { code: 429001, message: "too many" } } } : translated(["Szia"])));
    expect((await provider.translate(one)).texts).toEqual(["Szia"]);
    expect(server!.requests).toHaveLength(2);
  });

  it("a Retry-After longer than the client waits is reported at once", async () => {
    const provider = await microsoft(() => ({ status: 429, headers: { "retry-after": "3600" }, json: { error: { code: 429000, message: "later" } } }));
    const e = await failure(provider.translate(one));
    expect(e.kind).toBe("rate-limit");
    expect(e.retryAfterMs).toBe(3_600_000);
    expect(server!.requests).toHaveLength(1);
  });

  it("timeouts and malformed answers are typed", async () => {
    const provider = await microsoft(() => "hang");
    expect((await failure(provider.translate(one))).kind).toBe("timeout");
    await server!.close();
    server = await loopback(() => ({ json: { translations: "no" } }));
    expect((await failure(new MicrosoftProvider({ key: KEY, url: server.url }, FAST_POLICY).translate(one))).kind).toBe("bad-response");
  });
});
