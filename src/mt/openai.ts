/**
 * Any OpenAI-compatible chat-completions endpoint (OpenAI, Ollama, vLLM, llama.cpp server):
 * POST {base}/chat/completions with the model, a prompt that carries the segments, the languages
 * and each segment's required terms, and `Authorization: Bearer …` when a key is set. Segments
 * go ten to a prompt; those a model's answer leaves out are asked again one by one.
 */
import type { MtErrorKind } from "./errors";
import { MtError } from "./errors";
import { HttpClient } from "./http";
import { chunk, translateInChunks } from "./batch";
import { buildMessages, parseAnswer, type PromptItem } from "./openai-prompt";
import { fromTagged, toTagged } from "./tags";
import { hasCodes } from "../domain/inline-codes";
import type { HttpPolicy, MtProvider, MtRequest, MtResult } from "./types";

export type OpenAiOptions = { url: string; model: string; key?: string };

const LIMITS = { maxItems: 10, maxChars: 6_000 };

/** OpenAI says "insufficient_quota" with a 429: that one does not pass by waiting. */
export function readOpenAiError(status: number, body: string): { kind?: MtErrorKind } {
  try {
    const error = (JSON.parse(body) as { error?: { code?: unknown; type?: unknown } }).error;
    if (error?.code === "insufficient_quota" || error?.type === "insufficient_quota") return { kind: "quota" };
  } catch {
    // plain text
  }
  if (status === 404) return { kind: "bad-request" };
  return {};
}

type ChatAnswer = { choices?: Array<{ message?: { content?: unknown } }> };

/** A message's content: a string, or (some servers) a list of text parts. */
function contentOf(data: ChatAnswer | null): string | undefined {
  const content = data?.choices?.[0]?.message?.content;
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return content.map((p) => (typeof p?.text === "string" ? p.text : "")).join("");
  return undefined;
}

export class OpenAiProvider implements MtProvider {
  readonly name = "openai" as const;
  readonly label: string;
  readonly glossarySupport = "prompt" as const;
  private readonly http: HttpClient;
  private readonly endpoint: string;
  private readonly headers: Record<string, string>;

  constructor(private readonly options: OpenAiOptions, policy: HttpPolicy) {
    this.label = `OpenAI-compatible (${options.model})`;
    this.endpoint = `${options.url.replace(/\/+$/, "")}/chat/completions`;
    this.headers = options.key ? { authorization: `Bearer ${options.key}` } : {};
    this.http = new HttpClient("openai", policy, [options.key], readOpenAiError);
  }

  async translate(request: MtRequest): Promise<MtResult> {
    // Only texts with codes go as markup: plain text stays plain, so "&" needs no escaping.
    const items: PromptItem[] = request.segments.map((s, id) => ({ id: id + 1, text: hasCodes(s.text) ? toTagged(s.text, "xml") : s.text, terms: s.terms }));
    const texts = await translateInChunks(chunk(items, (i) => i.text.length, LIMITS), items.length, (batch) => this.ask(request, batch, true));
    return {
      texts: texts.map((t, i) => (hasCodes(request.segments[i]!.text) ? fromTagged(t, request.segments[i]!.text, "xml") : t.trim())),
      glossary: "prompt",
    };
  }

  private async ask(request: MtRequest, batch: PromptItem[], retryAlone: boolean): Promise<string[]> {
    const data = (await this.http.json({
      url: this.endpoint,
      method: "POST",
      headers: this.headers,
      json: { model: this.options.model, messages: buildMessages(request.sourceLang, request.targetLang, batch), temperature: 0, stream: false },
    })) as ChatAnswer | null;
    const content = contentOf(data);
    if (content === undefined) throw new MtError("openai", "bad-response", "the answer has no message content");
    const found = parseAnswer(content, batch.map((i) => i.id));
    const missing = batch.filter((i) => !found.get(i.id)?.trim());
    if (missing.length > 0) {
      if (!retryAlone || batch.length === 1) throw new MtError("openai", "bad-response", `the model's answer has no translation for ${missing.length} of ${batch.length} segment(s)`);
      const again = await Promise.all(missing.map((i) => this.ask(request, [i], false)));
      missing.forEach((i, k) => found.set(i.id, again[k]![0]!));
    }
    return batch.map((i) => found.get(i.id)!);
  }
}
