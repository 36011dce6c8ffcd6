/**
 * LibreTranslate (self-hosted): POST /translate with `{ q[], source, target, format: "html",
 * api_key? }`. Its Chinese code changed (zh before 1.6, zh-Hans since), so the client asks
 * /languages once which one the server has, and refuses at once a pair it does not offer.
 * No glossaries: terminology rests on the check after translation.
 */
import type { Lang } from "../domain/languages";
import type { MtErrorKind } from "./errors";
import { MtError } from "./errors";
import { HttpClient, messageOf } from "./http";
import { chunk, translateInChunks } from "./batch";
import { LIBRETRANSLATE_ZH } from "./lang-codes";
import { fromTagged, toTagged } from "./tags";
import type { HttpPolicy, MtProvider, MtRequest, MtResult } from "./types";

export type LibreTranslateOptions = { url: string; key?: string };

const LIMITS = { maxItems: 25, maxChars: 5_000 };

/** Older servers answer a wrong key with 400 "Invalid API key"; newer with 403. */
export function readLibreError(status: number, body: string): { kind?: MtErrorKind } {
  if (status === 400 && /api[ _-]?key/i.test(messageOf(body))) return { kind: "auth" };
  return {};
}

type ServerLanguage = { code?: string; targets?: string[] };

export class LibreTranslateProvider implements MtProvider {
  readonly name = "libretranslate" as const;
  readonly label = "LibreTranslate";
  readonly glossarySupport = "none" as const;
  private readonly http: HttpClient;
  private readonly baseUrl: string;
  private readonly key?: string;
  private languages?: Promise<Map<string, Set<string>> | null>;

  constructor(options: LibreTranslateOptions, policy: HttpPolicy) {
    this.baseUrl = options.url.replace(/\/+$/, "");
    this.key = options.key;
    this.http = new HttpClient("libretranslate", policy, [options.key], readLibreError);
  }

  /** code -> its target codes, from /languages; null when the server does not list them. */
  private serverLanguages(): Promise<Map<string, Set<string>> | null> {
    this.languages ??= this.http
      .json({ url: `${this.baseUrl}/languages` })
      .then((data) => (Array.isArray(data) ? new Map((data as ServerLanguage[]).filter((l) => typeof l?.code === "string").map((l) => [l.code!, new Set(l.targets ?? [])])) : null))
      .catch((e: unknown) => {
        this.languages = undefined;
        if (e instanceof MtError && e.kind !== "bad-request") throw e;
        return null;
      });
    return this.languages;
  }

  private async codes(source: Lang, target: Lang): Promise<[string, string]> {
    const server = await this.serverLanguages();
    const codeOf = (lang: Lang) => (lang === "zh" ? (LIBRETRANSLATE_ZH.find((c) => server?.has(c)) ?? "zh") : lang);
    const [s, t] = [codeOf(source), codeOf(target)];
    if (server && server.size > 0) {
      if (!server.has(s) || !server.has(t)) throw new MtError("libretranslate", "bad-request", `the server does not offer ${server.has(s) ? t : s}`);
      const targets = server.get(s)!;
      if (targets.size > 0 && !targets.has(t)) throw new MtError("libretranslate", "bad-request", `the server does not translate ${s} into ${t}`);
    }
    return [s, t];
  }

  async translate(request: MtRequest): Promise<MtResult> {
    const [source, target] = await this.codes(request.sourceLang, request.targetLang);
    const tagged = request.segments.map((s) => toTagged(s.text, "html"));
    const texts = await translateInChunks(chunk(tagged, (t) => t.length, LIMITS), tagged.length, async (items) => {
      const data = (await this.http.json({
        url: `${this.baseUrl}/translate`,
        method: "POST",
        json: { q: items, source, target, format: "html", ...(this.key ? { api_key: this.key } : {}) },
      })) as { translatedText?: unknown } | null;
      const answer = data?.translatedText;
      const list = typeof answer === "string" && items.length === 1 ? [answer] : answer;
      if (!Array.isArray(list) || list.length !== items.length || list.some((t) => typeof t !== "string")) {
        throw new MtError("libretranslate", "bad-response", `expected ${items.length} translations`);
      }
      return list as string[];
    });
    return { texts: texts.map((t, i) => fromTagged(t, request.segments[i]!.text, "html")), glossary: "none" };
  }
}
