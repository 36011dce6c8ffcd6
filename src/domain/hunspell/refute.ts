/**
 * A refute-only reading of a Hunspell dictionary, the counterpart of accept.ts: true means
 * Hunspell would refuse the word too, so it need not be asked. A word is refused for sure when
 * no entry can be read in it, with any affixes, in any of the forms Hunspell tries: the word
 * as written and, capitalised, in lower case. readings.some errs on the side of too many
 * readings (analyses.ts), so "none" is certain.
 *
 * Only for dictionaries whose words cannot be compounds (no compound flags, and no letters-only
 * part for COMPOUNDRULE), and only for plain words: letters whose case Hunspell maps as
 * JavaScript does, no BREAK pattern, nothing ICONV or IGNORE rewrites, not all capitals or
 * mixed case (Hunspell tries more forms of those). Anything else answers false.
 */
import { readingsWithHiddenForms } from "./hidden-forms";
import type { HunspellTables } from "./parse";

/**
 * Latin letters whose lower and upper case are one letter each, in JavaScript and in Hunspell's
 * own tables alike: not ß (upper case "SS"), ı and İ (Turkish), ŉ or ſ.
 */
const PLAIN_LETTERS = /^[A-Za-zÀ-ÖØ-Þà-öø-ÿĀ-įĲ-ňŊ-ž]+$/;

/**
 * @example
 * const refutes = createRefuter(parseHunspell(aff, dic));
 * refutes?.("Wangfujing") // true: no entry reads in it, capitalised or not
 * refutes?.("cats") // false: "cat" with -s
 */
export function createRefuter(tables: HunspellTables): ((word: string) => boolean) | null {
  const c = tables.compound;
  if (c.flag || c.begin || c.middle || c.end || tables.complexPrefixes || /^(tr|az|crh)/i.test(c.lang ?? "")) return null;
  // COMPOUNDRULE builds words of entries carrying its flags ("1st/p" in English): with none on
  // an entry of letters only, nor on an affix (which could pass it on), no word of letters is
  // such a compound.
  if (c.ruleFlags) {
    const carries = (flags: string) => [...c.ruleFlags].some((flag) => flags.includes(flag));
    for (const [word, homonyms] of tables.stems) if (/^[\p{L}\p{M}]+$/u.test(word) && homonyms.some(carries)) return null;
    for (const rules of [...tables.suffixes.values(), ...tables.prefixes.values()]) if (rules.some((r) => carries(r.cont))) return null;
  }
  const readings = readingsWithHiddenForms(tables);
  const breaks = tables.breaks.map((b) => b.replace(/^\^|\$$/g, "")).filter((b) => b !== "");
  const rewritten = [...tables.rewritten];
  const readsAsWord = (text: string) => readings.some(text, () => true);
  return (word) => {
    if (!PLAIN_LETTERS.test(word) || breaks.some((b) => word.includes(b)) || rewritten.some((r) => word.includes(r))) return false;
    const lower = word.toLowerCase();
    if (word === lower) return !readsAsWord(word);
    if (word !== word[0]!.toUpperCase() + lower.slice(1)) return false;
    return !readsAsWord(word) && !readsAsWord(lower);
  };
}
