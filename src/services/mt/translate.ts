/**
 * Machine translation of Glossa segments: each segment goes with its required terms (and the
 * pair's glossary for providers that keep one), and each answer comes back with the terms it
 * got wrong. Provider failures become AppErrors the routes turn into HTTP answers.
 */
import type { Db } from "../../db/client";
import type { Lang } from "../../domain/languages";
import { MtError } from "../../mt/errors";
import type { MtRegistry } from "../../mt/registry";
import type { GlossarySupport, MtProvider } from "../../mt/types";
import { AppError } from "../../errors";
import { pairGlossary, requiredTerms, termMisses, type TermMiss } from "./terms";

export type MachineDraft = { text: string; terms: Array<{ source: string; target: string }>; termMisses: TermMiss[] };
export type MachineBatch = { provider: MtProvider; glossary: GlossarySupport; drafts: MachineDraft[] };

/** The provider asked for, or the default; refuses plainly when there is none. */
export function chooseProvider(registry: MtRegistry, name?: string): MtProvider {
  if (registry.providers.length === 0) throw new AppError("MT_NOT_CONFIGURED", "No machine translation provider is configured on this server");
  const provider = registry.pick(name);
  if (!provider) throw new AppError("VALIDATION", `The provider ${name} is not configured; configured: ${registry.providers.map((p) => p.name).join(", ")}`);
  return provider;
}

/** A provider's failure as the app's error (its message holds no key: see mt/errors). */
export function asAppError(e: unknown): unknown {
  if (!(e instanceof MtError)) return e;
  const details = { provider: e.provider, kind: e.kind, ...(e.retryAfterMs !== undefined ? { retryAfterSeconds: Math.ceil(e.retryAfterMs / 1000) } : {}) };
  return new AppError(e.kind === "rate-limit" ? "MT_RATE_LIMITED" : "MT_FAILED", e.message, details);
}

/**
 * Translates segments of one language pair and checks the terms of each answer.
 *
 * @example
 * const { drafts } = await translateSegments(db, provider, { sourceLang: "fr", targetLang: "hu", sources: [segment.source] });
 */
export async function translateSegments(db: Db, provider: MtProvider, input: { sourceLang: Lang; targetLang: Lang; sources: readonly string[] }): Promise<MachineBatch> {
  const { sourceLang, targetLang } = input;
  const segments = input.sources.map((text) => ({ text, terms: requiredTerms(db, sourceLang, targetLang, text) }));
  const anyTerms = segments.some((s) => s.terms.length > 0);
  const result = await provider.translate({ sourceLang, targetLang, segments, glossary: anyTerms ? () => pairGlossary(db, sourceLang, targetLang) : undefined });
  const drafts = result.texts.map((raw, i) => {
    const text = raw.normalize("NFC");
    return { text, terms: segments[i]!.terms, termMisses: termMisses(db, { sourceLang, targetLang, source: input.sources[i]!, target: text }) };
  });
  // "none" from a provider that could enforce terms only means no glossary was needed this time.
  return { provider, glossary: anyTerms ? result.glossary : provider.glossarySupport, drafts };
}
