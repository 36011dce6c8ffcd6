import { afterEach, describe, expect, it } from "vitest";
import { closeChar, openChar, standaloneChar } from "../domain/inline-codes";
import { failure, FAST_POLICY, loopback, type Handler, type Loopback } from "../../test/support/loopback";
import { DeeplProvider } from "./deepl";
import { MtError } from "./errors";

const KEY = "deepl-secret-key-1234";
let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function deepl(handler: Handler) {
  server = await loopback(handler);
  return new DeeplProvider({ key: KEY, url: server.url }, FAST_POLICY);
}
const translated = (texts: string[]) => ({ json: { translations: texts.map((text) => ({ detected_source_language: "FR", text })) } });

describe("DeepL client against a loopback DeepL", () => {
  it("posts /v2/translate with the auth header, the language codes and tag_handling=xml, and maps inline codes back", async () => {
    const provider = await deepl((req) => translated((req.json.text as string[]).map((t) => t.replace("Bonjour", "Jó napot").replace("monde", "világ"))));
    const source = `Bonjour ${openChar(1)}monde${closeChar(1)}${standaloneChar(2)} & co`;
    const result = await provider.translate({ sourceLang: "fr", targetLang: "zh", segments: [{ text: source, terms: [] }, { text: "Bonjour", terms: [] }] });
    const req = server!.requests[0]!;
    expect(req.method).toBe("POST");
    expect(req.path).toBe("/v2/translate");
    expect(req.headers.authorization).toBe(`DeepL-Auth-Key ${KEY}`);
    expect(req.headers["content-type"]).toMatch(/^application\/json/);
    expect(req.json).toMatchObject({ source_lang: "FR", target_lang: "ZH-HANS", tag_handling: "xml" });
    expect(req.json.text).toEqual(['Bonjour <g id="1">monde</g><x id="2"/> &amp; co', "Bonjour"]);
    expect(result.texts).toEqual([`Jó napot ${openChar(1)}világ${closeChar(1)}${standaloneChar(2)} & co`, "Jó napot"]);
    expect(result.glossary).toBe("none");
  });

  it("creates one glossary per pair and content, sends its id, and reuses it for the next batch", async () => {
    const provider = await deepl((req) => {
      if (req.path === "/v2/glossary-language-pairs") return { json: { supported_languages: [{ source_lang: "fr", target_lang: "hu" }] } };
      if (req.path === "/v2/glossaries" && req.method === "GET") return { json: { glossaries: [{ glossary_id: "old-1", name: "glossa fr-hu 0000000000000000", ready: true }] } };
      if (req.path === "/v2/glossaries" && req.method === "POST") return { status: 201, json: { glossary_id: "g-42", name: req.json.name, ready: true } };
      if (req.method === "DELETE") return { status: 204 };
      return translated(req.json.text);
    });
    const glossary = () => ({ version: "7", entries: [{ source: "patrimoine culturel", target: "kulturális örökség" }, { source: "UNESCO", target: "UNESCO" }] });
    const request = { sourceLang: "fr" as const, targetLang: "hu" as const, segments: [{ text: "Le patrimoine culturel.", terms: [] }], glossary };
    const first = await provider.translate(request);
    await provider.translate(request);
    const create = server!.requests.find((r) => r.method === "POST" && r.path === "/v2/glossaries")!;
    expect(create.json).toMatchObject({ source_lang: "fr", target_lang: "hu", entries_format: "tsv", entries: "patrimoine culturel\tkulturális örökség\nUNESCO\tUNESCO" });
    expect(create.headers.authorization).toBe(`DeepL-Auth-Key ${KEY}`);
    expect(server!.requests.filter((r) => r.method === "POST" && r.path === "/v2/glossaries")).toHaveLength(1);
    expect(server!.requests.some((r) => r.method === "DELETE" && r.path === "/v2/glossaries/old-1")).toBe(true);
    const translations = server!.requests.filter((r) => r.path === "/v2/translate");
    expect(translations.map((r) => r.json.glossary_id)).toEqual(["g-42", "g-42"]);
    expect(first.glossary).toBe("glossary");
  });

  it("translates without a glossary when DeepL has none for the pair", async () => {
    const provider = await deepl((req) => (req.path === "/v2/glossary-language-pairs" ? { json: { supported_languages: [{ source_lang: "en", target_lang: "fr" }] } } : translated(req.json.text)));
    const result = await provider.translate({ sourceLang: "fr", targetLang: "hu", segments: [{ text: "x", terms: [] }], glossary: () => ({ version: "1", entries: [{ source: "a", target: "b" }] }) });
    expect(result.glossary).toBe("none");
    expect(server!.requests.find((r) => r.path === "/v2/translate")!.json.glossary_id).toBeUndefined();
  });
});

describe("DeepL client errors", () => {
  const one = { sourceLang: "fr" as const, targetLang: "en" as const, segments: [{ text: "Bonjour", terms: [] }] };

  it("a 403 is an auth error whose message holds no key", async () => {
    const provider = await deepl(() => ({ status: 403, json: { message: `Wrong key ${KEY}` } }));
    const e = await failure(provider.translate(one));
    expect(e).toBeInstanceOf(MtError);
    expect(e.kind).toBe("auth");
    expect(e.message).not.toContain(KEY);
    expect(server!.requests).toHaveLength(1);
  });

  it("456 is the quota, not retried", async () => {
    const provider = await deepl(() => ({ status: 456, json: { message: "Quota exceeded" } }));
    expect((await failure(provider.translate(one))).kind).toBe("quota");
    expect(server!.requests).toHaveLength(1);
  });

  it("400 is a bad request", async () => {
    const provider = await deepl(() => ({ status: 400, json: { message: "Value for 'target_lang' not supported." } }));
    const e = await failure(provider.translate(one));
    expect(e.kind).toBe("bad-request");
    expect(e.message).toContain("target_lang");
  });

  it("waits for Retry-After on 429 and then succeeds", async () => {
    const provider = await deepl((req, n) => (n === 1 ? { status: 429, headers: { "retry-after": "1" }, json: { message: "Too many requests" } } : translated(["Hello"])));
    const started = Date.now();
    const result = await provider.translate(one);
    expect(result.texts).toEqual(["Hello"]);
    expect(server!.requests).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("gives up with a rate-limit error after its retries", async () => {
    const provider = await deepl(() => ({ status: 429, headers: { "retry-after": "0" } }));
    const e = await failure(provider.translate(one));
    expect(e.kind).toBe("rate-limit");
    expect(server!.requests).toHaveLength(1 + FAST_POLICY.retries);
  });

  it("a server that never answers is a timeout, tried again, then reported", async () => {
    const provider = await deepl(() => "hang");
    const e = await failure(provider.translate(one));
    expect(e.kind).toBe("timeout");
    expect(server!.requests).toHaveLength(1 + FAST_POLICY.retries);
  });

  it("a malformed answer is a bad response", async () => {
    const provider = await deepl(() => ({ text: "<html>gateway</html>" }));
    expect((await failure(provider.translate(one))).kind).toBe("bad-response");
    await server!.close();
    server = await loopback(() => ({ json: { translations: [] } }));
    const other = new DeeplProvider({ key: KEY, url: server.url }, FAST_POLICY);
    expect((await failure(other.translate(one))).kind).toBe("bad-response");
  });

  it("a free key goes to api-free.deepl.com", async () => {
    const { deeplBaseUrl } = await import("./deepl");
    expect(deeplBaseUrl("abc:fx")).toBe("https://api-free.deepl.com");
    expect(deeplBaseUrl("abc")).toBe("https://api.deepl.com");
  });
});
