import { afterEach, describe, expect, it } from "vitest";
import { failure, FAST_POLICY, loopback, type Handler, type Loopback } from "../../test/support/loopback";
import { MtError } from "./errors";
import { LibreTranslateProvider } from "./libretranslate";

const KEY = "libre-api-key-3456";
let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const LANGUAGES = [
  { code: "en", name: "English", targets: ["fr", "hu", "zh-Hans"] },
  { code: "fr", name: "French", targets: ["en", "hu", "zh-Hans"] },
  { code: "hu", name: "Hungarian", targets: ["en", "fr"] },
  { code: "zh-Hans", name: "Chinese", targets: ["en", "fr"] },
];

/** A LibreTranslate that lists its languages and hands translations to `translate`. */
async function libre(translate: Handler, key: string | null = KEY) {
  server = await loopback((req, n) => (req.path === "/languages" ? { json: LANGUAGES } : translate(req, n)));
  return new LibreTranslateProvider({ url: `${server.url}/`, key: key ?? undefined }, FAST_POLICY);
}
const one = { sourceLang: "fr" as const, targetLang: "en" as const, segments: [{ text: "Bonjour", terms: [] }] };
const translations = (req: { json: any }) => (req.json.q as string[]).map((t) => `EN:${t}`);

describe("LibreTranslate client against a loopback server", () => {
  it("asks /languages once, then posts q[], source, target (zh-Hans when the server has it), format html and api_key", async () => {
    const provider = await libre((req) => ({ json: { translatedText: translations(req) } }));
    const result = await provider.translate({ sourceLang: "fr", targetLang: "zh", segments: [{ text: "Bonjour", terms: [] }, { text: "a & b", terms: [] }] });
    await provider.translate(one);
    const posts = server!.requests.filter((r) => r.path === "/translate");
    expect(server!.requests.filter((r) => r.path === "/languages")).toHaveLength(1);
    expect(posts[0]!.json).toEqual({ q: ["Bonjour", "a &amp; b"], source: "fr", target: "zh-Hans", format: "html", api_key: KEY });
    expect(result.texts).toEqual(["EN:Bonjour", "EN:a & b"]);
  });

  it("without a key sends none", async () => {
    const provider = await libre((req) => ({ json: { translatedText: translations(req) } }), null);
    await provider.translate(one);
    expect(server!.requests.find((r) => r.path === "/translate")!.json.api_key).toBeUndefined();
  });

  it("refuses a pair the server does not translate before sending anything", async () => {
    const provider = await libre(() => ({ json: { translatedText: [] } }));
    const e = await failure(provider.translate({ sourceLang: "hu", targetLang: "zh", segments: [{ text: "Szia", terms: [] }] }));
    expect(e.kind).toBe("bad-request");
    expect(server!.requests.some((r) => r.path === "/translate")).toBe(false);
  });
});

describe("LibreTranslate client errors", () => {
  it("400 Invalid API key is an auth error; 403 too", async () => {
    const provider = await libre(() => ({ status: 400, json: { error: "Invalid API key" } }));
    expect((await failure(provider.translate(one))).kind).toBe("auth");
    await server!.close();
    const other = await libre(() => ({ status: 403, json: { error: "Forbidden" } }));
    expect((await failure(other.translate(one))).kind).toBe("auth");
  });

  it("429 Slowdown with Retry-After is waited for", async () => {
    const provider = await libre((req, n) => (n === 2 ? { status: 429, headers: { "retry-after": "0.1" }, json: { error: "Slowdown: 10 per 1 minute" } } : { json: { translatedText: translations(req) } }));
    expect((await provider.translate(one)).texts).toEqual(["EN:Bonjour"]);
  });

  it("a 500 after retries is unavailable; a hanging server a timeout; a text answer a bad response", async () => {
    const provider = await libre(() => ({ status: 500, json: { error: "boom" } }));
    expect((await failure(provider.translate(one))).kind).toBe("unavailable");
    await server!.close();
    const hanging = await libre(() => "hang");
    expect((await failure(hanging.translate(one))).kind).toBe("timeout");
    await server!.close();
    const broken = await libre(() => ({ json: { translatedText: 42 } }));
    expect((await failure(broken.translate(one))).kind).toBe("bad-response");
  });
});
