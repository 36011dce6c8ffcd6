/**
 * Microsoft Translator v3: POST /translate?api-version=3.0&from=…&to=…&textType=html with
 * `Ocp-Apim-Subscription-Key` (and `Ocp-Apim-Subscription-Region` for regional resources), body
 * `[{ Text }]`. No glossary is sent (its dynamic dictionary markup does not inflect terms):
 * terminology rests on the check after translation.
 */
import type { MtErrorKind } from "./errors";
import { MtError } from "./errors";
import { HttpClient } from "./http";
import { chunk, translateInChunks } from "./batch";
import { MICROSOFT } from "./lang-codes";
import { fromTagged, toTagged } from "./tags";
import type { HttpPolicy, MtProvider, MtRequest, MtResult } from "./types";

export type MicrosoftOptions = { key: string; region?: string; url?: string };

/** v3 takes 1,000 elements and 50,000 characters; smaller requests fail less at once. */
const LIMITS = { maxItems: 100, maxChars: 10_000 };

/** Microsoft's `{ error: { code: 403001, message } }`: the six-digit code says more than the status. */
export function readMicrosoftError(_status: number, body: string): { kind?: MtErrorKind } {
  let code = 0;
  try {
    code = Number((JSON.parse(body) as { error?: { code?: number | string } }).error?.code ?? 0);
  } catch {
    return {};
  }
  if (code === 403001) return { kind: "quota" };
  if (Math.floor(code / 1000) === 429) return { kind: "rate-limit" };
  if (Math.floor(code / 1000) === 401) return { kind: "auth" };
  return {};
}

export class MicrosoftProvider implements MtProvider {
  readonly name = "microsoft" as const;
  readonly label = "Microsoft Translator";
  readonly glossarySupport = "none" as const;
  private readonly http: HttpClient;
  private readonly baseUrl: string;
  private readonly headers: Record<string, string>;

  constructor(options: MicrosoftOptions, policy: HttpPolicy) {
    this.baseUrl = (options.url ?? "https://api.cognitive.microsofttranslator.com").replace(/\/+$/, "");
    this.headers = { "ocp-apim-subscription-key": options.key, ...(options.region ? { "ocp-apim-subscription-region": options.region } : {}) };
    this.http = new HttpClient("microsoft", policy, [options.key], readMicrosoftError);
  }

  async translate(request: MtRequest): Promise<MtResult> {
    const tagged = request.segments.map((s) => toTagged(s.text, "html"));
    const query = new URLSearchParams({ "api-version": "3.0", from: MICROSOFT[request.sourceLang], to: MICROSOFT[request.targetLang], textType: "html" });
    const texts = await translateInChunks(chunk(tagged, (t) => t.length, LIMITS), tagged.length, async (items) => {
      const data = (await this.http.json({
        url: `${this.baseUrl}/translate?${query}`,
        method: "POST",
        headers: this.headers,
        json: items.map((Text) => ({ Text })),
      })) as Array<{ translations?: Array<{ text?: unknown }> }> | null;
      if (!Array.isArray(data) || data.length !== items.length || data.some((d) => typeof d?.translations?.[0]?.text !== "string")) {
        throw new MtError("microsoft", "bad-response", `expected ${items.length} translations`);
      }
      return data.map((d) => d.translations![0]!.text as string);
    });
    return { texts: texts.map((t, i) => fromTagged(t, request.segments[i]!.text, "html")), glossary: "none" };
  }
}
