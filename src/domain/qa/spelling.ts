/**
 * The spelling check, given a dictionary: unknown words become flags of category
 * linguistic/spelling. Capitalised unknown words inside a sentence are most likely names
 * (Wangfujing): they get a neutral flag, never a typo flag, and in a translation none at all
 * when its source has the same name (carried-names.ts).
 */
import { startsUppercase } from "../char-class";
import type { Lang } from "../languages";
import { sourceNames } from "./carried-names";
import { isHyphenPrefix, prefixedForms } from "./foreign-words";
import { withAccentRestored } from "./missing-accents";
import { notesPrefixedForms, prefixedReading } from "./prefixed-words";
import { solidCompoundParts } from "./solid-compounds";
import { spellTokens } from "./spelling-tokens";
import type { QaFlag, Side } from "./types";

export type Dictionary = {
  /** true when the dictionary (or the project word list) knows the word */
  isCorrect(word: string): boolean;
  /**
   * A cheap subset of isCorrect (the dictionary's stems and affixes, without Hunspell's slower
   * rules), for heuristics that try many made-up variants of a word; isCorrect when absent.
   */
  isDerived?(word: string): boolean;
  /** best suggestions first; may return [] when the time budget is spent */
  suggest?(word: string): string[];
  /** a word of another language the newsroom quotes (English titles in French copy) */
  isForeign?(word: string): boolean;
};

function knows(dict: Dictionary, word: string, knownTerm: (w: string) => boolean, lang?: Lang): boolean {
  // The dictionary first: almost every word is in it, and its verdict is cached per word.
  if (dict.isCorrect(word) || knownTerm(word.toLowerCase())) return true;
  // Compounds: accepted when every part is ("vice-président", "Kossuth-díj"), a leading part may be
  // a bound prefix ("pre-trial") and a capitalised part a name ("anti-Erdogan").
  // A prefix and a known word ("reinjected") passes in English; French ones are noted (prefixed-words.ts).
  const parts = word.split(/['’\-‐]/).filter(Boolean);
  if (parts.length < 2) return lang !== undefined && !notesPrefixedForms(lang) && !startsUppercase(word) && prefixedForms(lang, word).some((rest) => dict.isCorrect(rest));
  return parts.every((p, i) => knownTerm(p.toLowerCase()) || dict.isCorrect(p) || (i === 0 && lang !== undefined && isHyphenPrefix(lang, p)) || (i > 0 && startsUppercase(p)));
}

/**
 * @example
 * checkSpelling({ lang: "fr", side: "source", text: "le grand magaisn", dict }) // one flag on "magaisn"
 * checkSpelling({ lang: "hu", side: "target", text: "Wangfujing áruház", source: "Wangfujing store", dict }) // no note on "Wangfujing"
 */
export function checkSpelling(input: { lang: Lang; side: Side; text: string; dict: Dictionary; isKnownTerm?: (lowercaseWord: string) => boolean; source?: string }): QaFlag[] {
  const { lang, side, text, dict } = input;
  const knownTerm = input.isKnownTerm ?? (() => false);
  const names = input.source === undefined ? undefined : sourceNames(lang, input.source);
  const flags: QaFlag[] = [];
  for (const token of spellTokens(lang, text)) {
    const { word } = token;
    const capital = startsUppercase(word);
    // A capitalised word a translation copies from its source is a name carried over: not
    // checked (see carried-names.ts), before the dictionary is even asked; nor is the name with
    // Hungarian endings ("Croydonban", "Lawless-szel"), which Hunspell takes long to reject.
    if (names && capital && (names.copied(word) || names.inflected(word, (part) => knows(dict, part, knownTerm, lang)))) continue;
    if (knows(dict, word, knownTerm, lang)) continue;
    // The Hungarian adjective of a place the source names ("a birkenheadi kikötő"): the name
    // itself is noted on the source.
    if (names && !capital && names.adjective(word)) continue;
    // Abbreviations with their period: "stb.", "Dr."
    if (text[token.end] === "." && dict.isCorrect(`${word}.`)) continue;
    if (capital && token.sentenceStart && knows(dict, word.toLowerCase(), knownTerm, lang)) continue;
    // A capitalised unknown word is most likely a name, at the start of a sentence too
    // ("Sainsbury said…"); it gets a neutral note and no suggestion search.
    const likelyName = capital;
    const quoted = !likelyName && dict.isForeign?.(word) === true;
    // A foreign word that is a word of this language with an accent dropped is a typo.
    const accentless = quoted ? withAccentRestored(lang, word, (w) => dict.isCorrect(w)) : undefined;
    const foreign = quoted && !accentless;
    const slipIsWord = dict.isDerived ? (w: string) => dict.isDerived!(w) : (w: string) => dict.isCorrect(w);
    const compound = likelyName || quoted ? null : solidCompoundParts(lang, word, (w) => dict.isCorrect(w), slipIsWord);
    // "covedette" (co + vedette) is a note; "resortir" (re + sortir), one edit from "ressortir", a typo.
    const prefixed = likelyName || quoted || compound ? undefined : prefixedReading(lang, word, (w) => dict.isCorrect(w), slipIsWord);
    flags.push({
      lang,
      side,
      start: token.start,
      end: token.end,
      text: word,
      category: "linguistic/spelling",
      severity: likelyName || foreign || compound || prefixed?.near.length === 0 ? "neutral" : "minor",
      check: "spelling",
      message: likelyName
        ? `“${word}” is not in the dictionary (a name?)`
        : foreign
          ? `“${word}” is not a ${lang} word (a foreign word?)`
          : compound
            ? `“${word}” is not in the dictionary (a compound of “${compound[0]}” and “${compound[1]}”?)`
            : prefixed?.near.length
              ? `“${word}” is not in the dictionary (“${prefixed.near[0]}”?)`
              : prefixed
                ? `“${word}” is not in the dictionary (the prefix “${prefixed.prefix}” and “${prefixed.rest}”?)`
            : accentless
              ? `“${word}” is not in the dictionary (“${accentless}” with its accent?)`
              : `“${word}” is not in the dictionary`,
      // Filled later by withSuggestions, only for the flags someone will see (a prefixed form's
      // words one edit away are known already).
      suggestions: prefixed?.near.slice(0, 5) ?? [],
    });
  }
  return flags;
}

/**
 * Adds Hunspell's suggestions to the typo flags (not to neutral name/foreign-word notes).
 * Deciding that a word is unknown is cheap; suggesting is not, so it runs only on flags that
 * are returned or stored, never inside the check pass.
 *
 * @example
 * withSuggestions(checkSpelling({ lang: "fr", side: "source", text, dict }), dict)[0].suggestions[0] // "magasin"
 */
export function withSuggestions(flags: QaFlag[], dict: Pick<Dictionary, "suggest">): QaFlag[] {
  if (!dict.suggest) return flags;
  return flags.map((f) => (f.check === "spelling" && f.severity !== "neutral" && f.suggestions.length === 0 ? { ...f, suggestions: dict.suggest!(f.text).slice(0, 5) } : f));
}
