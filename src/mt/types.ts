/**
 * Machine translation behind one interface. A provider translates a batch of segments of one
 * language pair and answers the texts in the same order. Segment texts carry Glossa's inline
 * codes (domain/inline-codes); each client protects them its own way and maps them back.
 */
import type { Lang } from "../domain/languages";

export const PROVIDER_NAMES = ["deepl", "google", "microsoft", "libretranslate", "openai"] as const;
export type ProviderName = (typeof PROVIDER_NAMES)[number];

/** A source term and the target term the termbase requires for it. */
export type MtTerm = { source: string; target: string };

/**
 * Every required term of a language pair (source term -> preferred target term), for providers
 * that keep a glossary on their side (DeepL). `version` changes with the termbase.
 */
export type MtGlossary = { version: string; entries: MtTerm[] };

/** One segment to translate: its text (with inline codes) and the required terms of its source term hits. */
export type MtSegment = { text: string; terms: MtTerm[] };

export type MtRequest = {
  sourceLang: Lang;
  targetLang: Lang;
  segments: readonly MtSegment[];
  /** the pair's glossary, built only when a provider asks for it */
  glossary?: () => MtGlossary;
};

/**
 * How a provider enforces terminology: `glossary` (a glossary on the provider's side),
 * `prompt` (the term list goes in the instructions), `none` (only the check after translation).
 */
export type GlossarySupport = "glossary" | "prompt" | "none";

export type MtResult = {
  texts: string[];
  /** how the required terms were sent this time; `none` also when the pair has no glossary support */
  glossary: GlossarySupport;
};

export interface MtProvider {
  readonly name: ProviderName;
  /** shown in the UI, e.g. "DeepL" or "OpenAI-compatible (llama3.1)"; never holds a key or a URL with one */
  readonly label: string;
  readonly glossarySupport: GlossarySupport;
  translate(request: MtRequest): Promise<MtResult>;
}

/** How a client talks HTTP: per-request timeout, retries on 429/503, bounded concurrency. */
export type HttpPolicy = {
  timeoutMs: number;
  /** retries after the first attempt, for rate limits, 503 and timeouts */
  retries: number;
  /** first backoff when the server names no Retry-After; doubles each retry */
  backoffMs: number;
  /** a Retry-After longer than this is not waited for: the error goes to the caller */
  maxRetryWaitMs: number;
  /** requests of one provider in flight at once */
  concurrency: number;
};

export const DEFAULT_HTTP_POLICY: HttpPolicy = { timeoutMs: 30_000, retries: 3, backoffMs: 500, maxRetryWaitMs: 20_000, concurrency: 4 };
