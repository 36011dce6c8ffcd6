/**
 * DeepL API v2 (/v2/translate, JSON body): `Authorization: DeepL-Auth-Key …`, inline codes as
 * XML tags with tag_handling=xml, required terms through a glossary per language pair.
 * Keys ending in `:fx` are Free API keys and go to api-free.deepl.com.
 */
import type { MtErrorKind } from "./errors";
import { MtError } from "./errors";
import { HttpClient } from "./http";
import { DeeplGlossaries } from "./deepl-glossaries";
import { chunk, translateInChunks } from "./batch";
import { DEEPL_SOURCE, DEEPL_TARGET } from "./lang-codes";
import { fromTagged, toTagged } from "./tags";
import type { HttpPolicy, MtProvider, MtRequest, MtResult } from "./types";

export type DeeplOptions = { key: string; url?: string };

/** 50 texts per request; the request body stays well under DeepL's 128 KiB. */
const LIMITS = { maxItems: 50, maxChars: 30_000 };

/** DeepL's own statuses: 456 quota exceeded, 529 too many requests. */
function readDeeplError(status: number): { kind?: MtErrorKind } {
  if (status === 456) return { kind: "quota" };
  if (status === 529) return { kind: "rate-limit" };
  if (status === 413 || status === 414) return { kind: "bad-request" };
  return {};
}

export const deeplBaseUrl = (key: string, url?: string) => (url ?? (key.endsWith(":fx") ? "https://api-free.deepl.com" : "https://api.deepl.com")).replace(/\/+$/, "");

export class DeeplProvider implements MtProvider {
  readonly name = "deepl" as const;
  readonly label = "DeepL";
  readonly glossarySupport = "glossary" as const;
  private readonly http: HttpClient;
  private readonly baseUrl: string;
  private readonly headers: Record<string, string>;
  private readonly glossaries: DeeplGlossaries;

  constructor(options: DeeplOptions, policy: HttpPolicy) {
    this.baseUrl = deeplBaseUrl(options.key, options.url);
    this.headers = { authorization: `DeepL-Auth-Key ${options.key}` };
    this.http = new HttpClient("deepl", policy, [options.key], readDeeplError);
    this.glossaries = new DeeplGlossaries(this.http, this.baseUrl, this.headers);
  }

  async translate(request: MtRequest): Promise<MtResult> {
    const glossary = request.glossary?.();
    const glossaryId = glossary ? await this.glossaries.idFor(request.sourceLang, request.targetLang, glossary) : null;
    const tagged = request.segments.map((s) => toTagged(s.text, "xml"));
    const texts = await translateInChunks(chunk(tagged, (t) => t.length, LIMITS), tagged.length, async (items) => {
      const data = (await this.http.json({
        url: `${this.baseUrl}/v2/translate`,
        method: "POST",
        headers: this.headers,
        json: {
          text: items,
          source_lang: DEEPL_SOURCE[request.sourceLang],
          target_lang: DEEPL_TARGET[request.targetLang],
          tag_handling: "xml",
          ...(glossaryId ? { glossary_id: glossaryId } : {}),
        },
      })) as { translations?: Array<{ text?: unknown }> } | null;
      const list = data?.translations;
      if (!Array.isArray(list) || list.length !== items.length || list.some((t) => typeof t?.text !== "string")) {
        throw new MtError("deepl", "bad-response", `expected ${items.length} translations`);
      }
      return list.map((t) => t.text as string);
    });
    return { texts: texts.map((t, i) => fromTagged(t, request.segments[i]!.text, "xml")), glossary: glossaryId ? "glossary" : "none" };
  }
}
