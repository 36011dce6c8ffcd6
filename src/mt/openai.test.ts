import { afterEach, describe, expect, it } from "vitest";
import { closeChar, openChar } from "../domain/inline-codes";
import { failure, FAST_POLICY, loopback, type Handler, type Loopback, type SeenRequest } from "../../test/support/loopback";
import { MtError } from "./errors";
import { OpenAiProvider } from "./openai";

const KEY = "sk-openai-secret-7890";
let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function openai(handler: Handler, key: string | null = KEY) {
  server = await loopback(handler);
  return new OpenAiProvider({ url: `${server.url}/v1`, model: "llama3.1", key: key ?? undefined }, FAST_POLICY);
}
const chat = (content: unknown) => ({ json: { id: "c1", object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }] } });
const segmentsOf = (req: SeenRequest) => JSON.parse(req.json.messages[1].content).segments as Array<{ id: number; text: string; requiredTerms?: unknown[] }>;
const one = { sourceLang: "fr" as const, targetLang: "hu" as const, segments: [{ text: "Bonjour", terms: [] }] };

describe("OpenAI-compatible client against a loopback chat-completions server", () => {
  it("posts the model, a system prompt with the languages and the segments with their required terms, with a Bearer key", async () => {
    const provider = await openai((req) => chat(JSON.stringify({ translations: segmentsOf(req).map((s) => ({ id: s.id, text: `HU ${s.text}` })) })));
    const source = `La ${openChar(1)}Commission nationale${closeChar(1)} pour l'UNESCO`;
    const result = await provider.translate({
      sourceLang: "fr",
      targetLang: "hu",
      segments: [{ text: source, terms: [{ source: "Commission nationale", target: "Nemzeti Bizottság" }] }, { text: "Bonjour & merci", terms: [] }],
    });
    const req = server!.requests[0]!;
    expect(req.path).toBe("/v1/chat/completions");
    expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(req.json).toMatchObject({ model: "llama3.1", temperature: 0, stream: false });
    expect(req.json.messages[0].content).toContain("from French into Hungarian");
    expect(segmentsOf(req)).toEqual([
      { id: 1, text: `La <g id="1">Commission nationale</g> pour l'UNESCO`, requiredTerms: [{ source: "Commission nationale", target: "Nemzeti Bizottság" }] },
      { id: 2, text: "Bonjour & merci" },
    ]);
    expect(result.texts).toEqual([`HU La ${openChar(1)}Commission nationale${closeChar(1)} pour l'UNESCO`, "HU Bonjour & merci"]);
    expect(result.glossary).toBe("prompt");
  });

  it("reads fenced answers, thinking sections and bare arrays; asks again one by one for segments a model left out", async () => {
    const provider = await openai((req) => {
      const segs = segmentsOf(req);
      if (segs.length > 1) return chat('<think>hmm</think>\n```json\n[{"id":1,"text":"egy"}]\n```');
      return chat(`"${segs[0]!.id === 2 ? "kettő" : "egy"}"`);
    }, null);
    const result = await provider.translate({ sourceLang: "fr", targetLang: "hu", segments: [{ text: "un", terms: [] }, { text: "deux", terms: [] }] });
    expect(result.texts).toEqual(["egy", "kettő"]);
    expect(server!.requests[0]!.headers.authorization).toBeUndefined();
    expect(server!.requests).toHaveLength(2);
  });
});

describe("OpenAI-compatible client errors", () => {
  it("401 is auth, without the key in the message", async () => {
    const provider = await openai(() => ({ status: 401, json: { error: { message: `Incorrect API key provided: ${KEY}`, type: "invalid_request_error", code: "invalid_api_key" } } }));
    const e = await failure(provider.translate(one));
    expect(e.kind).toBe("auth");
    expect(e.message).not.toContain(KEY);
  });

  it("429 insufficient_quota is the quota and not retried; a 429 rate limit waits for Retry-After", async () => {
    const provider = await openai(() => ({ status: 429, json: { error: { message: "You exceeded your current quota", type: "insufficient_quota", code: "insufficient_quota" } } }));
    expect((await failure(provider.translate(one))).kind).toBe("quota");
    expect(server!.requests).toHaveLength(1);
    await server!.close();
    const limited = await openai((_req, n) => (n === 1 ? { status: 429, headers: { "retry-after": "0.1" }, json: { error: { message: "Rate limit reached" } } } : chat('{"translations":[{"id":1,"text":"Jó napot"}]}')));
    expect((await limited.translate(one)).texts).toEqual(["Jó napot"]);
  });

  it("an unknown model (404) is a bad request", async () => {
    const provider = await openai(() => ({ status: 404, json: { error: { message: "model 'llama3.1' not found" } } }));
    const e = await failure(provider.translate(one));
    expect(e.kind).toBe("bad-request");
    expect(e.message).toContain("not found");
  });

  it("timeouts, answers without content and answers without the segment are typed", async () => {
    const provider = await openai(() => "hang");
    expect((await failure(provider.translate(one))).kind).toBe("timeout");
    await server!.close();
    const empty = await openai(() => ({ json: { choices: [] } }));
    expect((await failure(empty.translate(one))).kind).toBe("bad-response");
    await server!.close();
    const wrong = await openai(() => chat('{"translations":[{"id":7,"text":"?"}]}'));
    expect((await failure(wrong.translate({ ...one, segments: [...one.segments, { text: "x", terms: [] }] }))).kind).toBe("bad-response");
  });
});
