/**
 * French writes productive prefixes solid ("covedette", "réinjecter"), and Hunspell's French
 * dictionary lists few such forms. But a prefix plus a known word is also how a misspelling
 * reads when a doubled consonant is dropped after "re", "co" or "dé" ("resortir" = "re" +
 * "sortir" for "ressortir", "comettre" = "co" + "mettre" for "commettre"). Hunspell refuses both:
 * such a form is a neutral note, and a typo when one edit makes it a dictionary word. ("dé" is
 * no prefix here: "désaisir" for "dessaisir" stays a typo rather than "dé" + "saisir".)
 */
import type { Lang } from "../languages";
import { prefixedForms } from "./foreign-words";

/** Languages whose prefix + word forms are noted, not accepted (English ones are accepted). */
const NOTED: ReadonlySet<Lang> = new Set(["fr"]);
const LETTERS: Partial<Record<Lang, string>> = { fr: "abcdefghijklmnopqrstuvwxyzàâçéèêëîïôùûüœ" };
/** Longer strings are no French word, and each letter costs some fifty lookups. */
const MAX_WORD = 30;

/** Is a prefix + known word form of `lang` noted (see prefixedReading), rather than accepted? */
export const notesPrefixedForms = (lang: Lang) => NOTED.has(lang);

/**
 * The dictionary words one edit from `word` (a letter added, dropped, changed, or two swapped),
 * asked of `isWord`: a letter doubled first ("resortir" → "ressortir"), the way these typos go.
 *
 * @example
 * oneEditWords("fr", "comettre", (w) => w === "commettre" || w === "omettre") // ["commettre", "omettre"]
 */
export function oneEditWords(lang: Lang, word: string, isWord: (w: string) => boolean): string[] {
  const letters = LETTERS[lang] ?? "";
  if (word.length > MAX_WORD) return [];
  const doubled = new Set<string>();
  const others = new Set<string>();
  const tryWord = (candidate: string, set: Set<string>) => {
    if (candidate !== word && !doubled.has(candidate) && isWord(candidate)) set.add(candidate);
  };
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    for (const c of letters) tryWord(head + c + tail, c === word[i] || c === word[i - 1] ? doubled : others);
    if (i === word.length) break;
    tryWord(head + tail.slice(1), others);
    if (i + 1 < word.length) tryWord(head + word[i + 1] + word[i] + tail.slice(2), others);
    for (const c of letters) if (c !== word[i]) tryWord(head + c + tail.slice(1), others);
  }
  return [...doubled, ...[...others].filter((w) => !doubled.has(w))];
}

/**
 * How a lower-case word the dictionary refuses reads as a prefix and a word it knows, and the
 * dictionary words one edit away (when there is one, it is a typo); undefined when it does not
 * read so, or in a language whose prefixed forms are accepted.
 *
 * @example
 * prefixedReading("fr", "covedette", (w) => w === "vedette") // { prefix: "co", rest: "vedette", near: [] }
 */
export function prefixedReading(lang: Lang, word: string, isCorrect: (w: string) => boolean, isWord: (w: string) => boolean = isCorrect): { prefix: string; rest: string; near: string[] } | undefined {
  if (!NOTED.has(lang)) return undefined;
  const rest = prefixedForms(lang, word).find((r) => isCorrect(r));
  if (rest === undefined) return undefined;
  return { prefix: word.slice(0, word.length - rest.length), rest, near: oneEditWords(lang, word.toLowerCase(), isWord) };
}
