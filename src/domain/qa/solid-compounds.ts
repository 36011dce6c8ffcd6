/**
 * English writes new compounds solid ("homewear", "fourballs", "cinemagoing") long before
 * dictionaries list them. An unknown word that splits into two known words is most likely such
 * a compound, not a typo: the spelling check notes it as neutral instead of flagging it.
 */
import type { Lang } from "../languages";

/** Languages whose dictionaries miss most solid compounds (Hungarian's Hunspell compounds itself). */
const SOLID_COMPOUND_LANGS: ReadonlySet<Lang> = new Set(["en"]);
/**
 * Both parts must be this long: a one-letter typo rarely leaves two words of four letters
 * ("beteen" is "be" + "teen", "breakast" has no second word), so recall stays.
 */
const MIN_PART = 4;
/**
 * Two dictionary words make at most this many letters ("counterrevolutionaries" is 22); a
 * longer string is no compound, and trying each split of it would cost a dictionary lookup of
 * each of its starts (a 20,000-letter "word" in a pasted text took seconds).
 */
const MAX_COMPOUND = 60;

/** Letters a typist most often gets wrong inside a word: vowels and doubled consonants. */
const LIKELY_SLIPS = "aeiouy";

/**
 * Is `word` one slip away from a word `isCorrect` knows: a letter too many, two letters swapped
 * or a wrong vowel? Then it is a typo ("abandonding", "accessable"), not a new compound.
 */
export function isOneSlipFromWord(word: string, isCorrect: (w: string) => boolean): boolean {
  for (let i = 0; i < word.length; i++) {
    if (isCorrect(word.slice(0, i) + word.slice(i + 1))) return true;
    if (i + 1 < word.length && word[i] !== word[i + 1] && isCorrect(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))) return true;
    for (const v of LIKELY_SLIPS) if (v !== word[i] && isCorrect(word.slice(0, i) + v + word.slice(i + 1))) return true;
  }
  return false;
}

/**
 * The first split of a lower-case `word` into two words `isCorrect` knows, or null. The typo
 * variants tried on the way (about 8 per letter) are asked of `slipIsWord`, which may be a
 * cheaper subset of isCorrect: most variants are no word, and each would cost Hunspell a call.
 *
 * @example
 * solidCompoundParts("en", "homewear", (w) => w === "home" || w === "wear") // ["home", "wear"]
 */
export function solidCompoundParts(lang: Lang, word: string, isCorrect: (w: string) => boolean, slipIsWord: (w: string) => boolean = isCorrect): [string, string] | null {
  if (!SOLID_COMPOUND_LANGS.has(lang) || word.length > MAX_COMPOUND || !/^\p{Ll}+$/u.test(word)) return null;
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (isCorrect(head) && isCorrect(tail)) return isOneSlipFromWord(word, slipIsWord) ? null : [head, tail];
  }
  return null;
}
