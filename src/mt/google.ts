/**
 * Google Cloud Translation v2 (Basic, REST): POST /language/translate/v2?key=…, JSON `{ q[],
 * source, target, format: "html" }` so inline codes travel as HTML tags. The key sits in the
 * URL, which is why no error here carries the URL. Google has no glossaries in v2: terminology
 * rests on the check after translation.
 */
import type { MtErrorKind } from "./errors";
import { MtError } from "./errors";
import { HttpClient } from "./http";
import { chunk, translateInChunks } from "./batch";
import { GOOGLE } from "./lang-codes";
import { fromTagged, toTagged } from "./tags";
import type { HttpPolicy, MtProvider, MtRequest, MtResult } from "./types";

export type GoogleOptions = { key: string; url?: string };

/** v2 takes 128 texts per request and recommends at most 5,000 characters. */
const LIMITS = { maxItems: 128, maxChars: 5_000 };
const RATE_REASONS = new Set(["rateLimitExceeded", "userRateLimitExceeded", "concurrentLimitExceeded"]);
const QUOTA_REASONS = new Set(["dailyLimitExceeded", "quotaExceeded", "dailyLimitExceededUnreg", "billingNotEnabled"]);

/** Google's `{ error: { code, message, errors: [{ reason }], status } }`: a bad key is a 400 with reason keyInvalid. */
export function readGoogleError(status: number, body: string): { kind?: MtErrorKind } {
  let reason = "";
  let state = "";
  try {
    const error = (JSON.parse(body) as { error?: { errors?: Array<{ reason?: string }>; status?: string; details?: Array<{ reason?: string }> } }).error;
    reason = error?.errors?.[0]?.reason ?? error?.details?.[0]?.reason ?? "";
    state = error?.status ?? "";
  } catch {
    return {};
  }
  if (reason === "keyInvalid" || reason === "API_KEY_INVALID" || state === "UNAUTHENTICATED") return { kind: "auth" };
  if (RATE_REASONS.has(reason)) return { kind: "rate-limit" };
  if (QUOTA_REASONS.has(reason) || state === "RESOURCE_EXHAUSTED" && status !== 429) return { kind: "quota" };
  return {};
}

export class GoogleProvider implements MtProvider {
  readonly name = "google" as const;
  readonly label = "Google Cloud Translation";
  readonly glossarySupport = "none" as const;
  private readonly http: HttpClient;
  private readonly endpoint: string;

  constructor(options: GoogleOptions, policy: HttpPolicy) {
    const base = (options.url ?? "https://translation.googleapis.com").replace(/\/+$/, "");
    this.endpoint = `${base}/language/translate/v2?key=${encodeURIComponent(options.key)}`;
    this.http = new HttpClient("google", policy, [options.key, encodeURIComponent(options.key)], readGoogleError);
  }

  async translate(request: MtRequest): Promise<MtResult> {
    const tagged = request.segments.map((s) => toTagged(s.text, "html"));
    const texts = await translateInChunks(chunk(tagged, (t) => t.length, LIMITS), tagged.length, async (items) => {
      const data = (await this.http.json({
        url: this.endpoint,
        method: "POST",
        json: { q: items, source: GOOGLE[request.sourceLang], target: GOOGLE[request.targetLang], format: "html" },
      })) as { data?: { translations?: Array<{ translatedText?: unknown }> } } | null;
      const list = data?.data?.translations;
      if (!Array.isArray(list) || list.length !== items.length || list.some((t) => typeof t?.translatedText !== "string")) {
        throw new MtError("google", "bad-response", `expected ${items.length} translations`);
      }
      return list.map((t) => t.translatedText as string);
    });
    return { texts: texts.map((t, i) => fromTagged(t, request.segments[i]!.text, "html")), glossary: "none" };
  }
}
