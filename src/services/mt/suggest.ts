/**
 * An MT suggestion for one segment, not saved: the translator inserts it (or not) in review.
 */
import type { Db } from "../../db/client";
import type { Lang } from "../../domain/languages";
import { whyCannotSetStatus, type Actor } from "../../domain/workflow";
import type { MtRegistry } from "../../mt/registry";
import { AppError } from "../../errors";
import { findSegmentWithArticle } from "../translations";
import { asAppError, chooseProvider, translateSegments } from "./translate";
import type { TermMiss } from "./terms";

export type MtSuggestion = {
  segmentId: number;
  lang: Lang;
  provider: string;
  label: string;
  /** how the required terms reached the provider: glossary, prompt, or none (only checked after) */
  glossary: string;
  text: string;
  /** the origin to save the text with, so post-editing effort is measured against it */
  origin: string;
  terms: Array<{ source: string; target: string }>;
  termMisses: TermMiss[];
};

/**
 * @example
 * const s = await suggestMachineTranslation({ db, registry, input: { segmentId, lang: "hu" }, actor });
 */
export async function suggestMachineTranslation({ db, registry, input, actor }: { db: Db; registry: MtRegistry; input: { segmentId: number; lang: Lang; provider?: string }; actor: Actor }): Promise<MtSuggestion> {
  const refusal = whyCannotSetStatus(actor, input.lang, "initial");
  if (refusal) throw new AppError("FORBIDDEN", refusal);
  const { segment, sourceLang } = findSegmentWithArticle(db, input.segmentId);
  if (sourceLang === input.lang) throw new AppError("VALIDATION", `The source of this article is already in ${input.lang}`);
  const provider = chooseProvider(registry, input.provider);
  try {
    const { glossary, drafts } = await translateSegments(db, provider, { sourceLang: sourceLang as Lang, targetLang: input.lang, sources: [segment.source] });
    const draft = drafts[0]!;
    return { segmentId: segment.id, lang: input.lang, provider: provider.name, label: provider.label, glossary, text: draft.text, origin: `mt:${provider.name}`, terms: draft.terms, termMisses: draft.termMisses };
  } catch (e) {
    throw asAppError(e);
  }
}
