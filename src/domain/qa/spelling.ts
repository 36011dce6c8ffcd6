/**
 * The spelling check, given a dictionary: unknown words become flags of category
 * linguistic/spelling. Capitalised unknown words inside a sentence are most likely names
 * (Wangfujing): they get a neutral flag, never a typo flag.
 */
import type { Lang } from "../languages";
import { spellTokens } from "./spelling-tokens";
import type { QaFlag, Side } from "./types";

export type Dictionary = {
  /** true when the dictionary (or the project word list) knows the word */
  isCorrect(word: string): boolean;
  /** best suggestions first; may return [] when the time budget is spent */
  suggest(word: string): string[];
  /** a word of another language the newsroom quotes (English titles in French copy) */
  isForeign?(word: string): boolean;
};

/** Levenshtein distance, small strings only: to tell a mistyped word from a name. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);

function knows(dict: Dictionary, word: string, knownTerm: (w: string) => boolean): boolean {
  if (knownTerm(word.toLocaleLowerCase("und"))) return true;
  if (dict.isCorrect(word)) return true;
  // Compounds: accepted when every part is ("vice-président", "Kossuth-díj").
  const parts = word.split(/['’\-‐]/).filter(Boolean);
  if (parts.length > 1 && parts.every((p) => knownTerm(p.toLocaleLowerCase("und")) || dict.isCorrect(p))) return true;
  return false;
}

/**
 * @example
 * checkSpelling({ lang: "fr", side: "source", text: "le grand magaisn", dict }) // one flag on "magaisn"
 */
export function checkSpelling(input: { lang: Lang; side: Side; text: string; dict: Dictionary; isKnownTerm?: (lowercaseWord: string) => boolean }): QaFlag[] {
  const { lang, side, text, dict } = input;
  const knownTerm = input.isKnownTerm ?? (() => false);
  const flags: QaFlag[] = [];
  for (const token of spellTokens(lang, text)) {
    const { word } = token;
    if (knows(dict, word, knownTerm)) continue;
    // Abbreviations with their period: "stb.", "Dr."
    if (text[token.end] === "." && dict.isCorrect(`${word}.`)) continue;
    const capital = isCapitalised(word);
    const lower = word.toLocaleLowerCase(lang);
    if (capital && token.sentenceStart && knows(dict, lower, knownTerm)) continue;
    let likelyName = capital && !token.sentenceStart;
    let suggestions: string[] = [];
    if (!likelyName) {
      suggestions = dict.suggest(word).slice(0, 5);
      // A capitalised first word far from every dictionary word is a name too ("Sainsbury"), a near one a typo ("Teh").
      if (capital) likelyName = !suggestions.some((s) => s === s.toLocaleLowerCase(lang) && distance(s, lower) <= 1);
    }
    const foreign = !likelyName && dict.isForeign?.(word) === true;
    flags.push({
      lang,
      side,
      start: token.start,
      end: token.end,
      text: word,
      category: "linguistic/spelling",
      severity: likelyName || foreign ? "neutral" : "minor",
      check: "spelling",
      message: likelyName ? `“${word}” is not in the dictionary (a name?)` : foreign ? `“${word}” is not a ${lang} word (a foreign word?)` : `“${word}” is not in the dictionary`,
      suggestions: likelyName || foreign ? [] : suggestions,
    });
  }
  return flags;
}
