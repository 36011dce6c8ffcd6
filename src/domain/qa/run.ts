/**
 * All checks on one segment: spelling (injected, it runs on Hunspell off the main thread),
 * terminology (with the injected recogniser), numbers and typography.
 */
import type { Lang } from "../languages";
import type { TermHit } from "../terms/types";
import { sourceBalance } from "./balance";
import { checkNumbers } from "./numbers";
import { checkTerminology, type ConceptTermInfo } from "./terminology";
import { checkBilingual, checkMonolingual, withSide } from "./typography";
import type { QaFlag, Side } from "./types";

export type QaContext = {
  /** the spelling flags of a text; a translation's `source` is given (names copied from it are not checked) */
  spell(request: { lang: Lang; side: Side; text: string; source?: string }): Promise<QaFlag[]>;
  recognize(lang: Lang, text: string): TermHit[];
  conceptTerms(conceptId: number): ConceptTermInfo[];
};
export type QaInput = { sourceLang: Lang; source: string; targetLang?: Lang; target?: string };

/**
 * A promise awaited only after other work: if that work throws first, a later rejection of
 * this one must not count as unhandled (Node would end the process). Awaiting it still throws.
 */
function asked<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** Source-side checks: what a text can be checked for on its own. */
export async function checkSource(ctx: QaContext, lang: Lang, text: string): Promise<QaFlag[]> {
  // Spelling is asked first: off the main thread it runs while the other checks do.
  const spelling = asked(ctx.spell({ lang, side: "source", text }));
  const monolingual = withSide(lang, "source", [...checkMonolingual(lang, text), ...sourceBalance(text)]);
  return [...(await spelling), ...monolingual];
}

/** Target-side checks: the translation on its own and against its source. */
export async function checkTarget(ctx: QaContext, input: Required<QaInput>): Promise<QaFlag[]> {
  const { sourceLang, source, targetLang, target } = input;
  const spelling = asked(ctx.spell({ lang: targetLang, side: "target", text: target, source }));
  const others = [
    ...checkTerminology({
      sourceLang, targetLang, source, target,
      sourceHits: ctx.recognize(sourceLang, source),
      targetHits: ctx.recognize(targetLang, target),
      conceptTerms: ctx.conceptTerms,
    }),
    ...checkNumbers({ sourceLang, source, targetLang, target }),
    ...withSide(targetLang, "target", checkMonolingual(targetLang, target)),
    ...withSide(targetLang, "target", checkBilingual({ sourceLang, source, targetLang, target })),
  ];
  return [...(await spelling), ...others];
}

/**
 * Every check, sorted by side and position.
 *
 * @example
 * await runChecks(ctx, { sourceLang: "fr", source: "le grand magaisn", targetLang: "en", target: "the big store" })
 */
export async function runChecks(ctx: QaContext, input: QaInput): Promise<QaFlag[]> {
  const flags = await checkSource(ctx, input.sourceLang, input.source);
  if (input.targetLang && input.target !== undefined) flags.push(...(await checkTarget(ctx, { ...input, targetLang: input.targetLang, target: input.target })));
  return flags.sort((a, b) => (a.side === b.side ? a.start - b.start || a.end - b.end : a.side === "source" ? -1 : 1));
}
