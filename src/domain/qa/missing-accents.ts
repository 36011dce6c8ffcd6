/**
 * The commonest typo in French copy is a dropped accent, and the word left may be an English
 * one ("premiere" for "première", "elite" for "élite", "role" for "rôle"): such a word is a
 * typo, not a quoted foreign word. Not for Hungarian: its compounds make nearly any accented
 * variant a word ("faút" = "fa" + "út"), and an English "par" in golf copy is no "pár".
 */
import type { Lang } from "../languages";

const MAX_WORD = 40;
const ACCENTED: Partial<Record<Lang, Record<string, string>>> = {
  fr: { a: "àâ", e: "éèêë", i: "îï", o: "ô", u: "ùûü", c: "ç" },
};

/**
 * The word with one accent put back that `knows` accepts, or undefined.
 *
 * @example
 * withAccentRestored("fr", "premiere", (w) => w === "première") // "première"
 */
export function withAccentRestored(lang: Lang, word: string, knows: (word: string) => boolean): string | undefined {
  const accents = ACCENTED[lang];
  // (French words are shorter than this; a longer string would cost a lookup per letter.)
  if (!accents || word.length > MAX_WORD) return undefined;
  for (let i = 0; i < word.length; i++) {
    const lower = word[i]!.toLowerCase();
    for (const accented of accents[lower] ?? "") {
      const letter = word[i] === lower ? accented : accented.toUpperCase();
      const candidate = word.slice(0, i) + letter + word.slice(i + 1);
      if (knows(candidate)) return candidate;
    }
  }
  return undefined;
}
