/**
 * A fast, accept-only reading of a Hunspell dictionary: true means Hunspell would accept the
 * word too (a stem, or a stem with a suffix, two chained suffixes, a prefix, or a prefix and a
 * suffix; a two-part compound, see compound.ts); false means "not derived here", and the caller
 * asks Hunspell itself, which also knows longer compounds and the rarer rules. Anything unusual (forbidden words, flags that need
 * another affix, compound-only parts, characters Hunspell rewrites, mixed case) is left to
 * Hunspell, so the answer never differs from it.
 */
import { isLettersAndMarks } from "../char-class";
import { affixTrie, endMatches, somePrefixSplit, someSuffixSplit, startMatches, suffixChainRoles, type RuleGroup } from "./affix-trie";
import { affixTries, innerMayReach } from "./analyses";
import { createCompoundAcceptor, type WordReader } from "./compound";
import { forbiddenReadings } from "./forbidden-readings";
import { EMPTY_HASH, hashText, prefixHashes, spliceStartHash } from "./hash-filter";
import { HIDDEN, readingsWithHiddenForms } from "./hidden-forms";
import type { HunspellTables } from "./parse";

const MAX_WORD = 90;

/** A text's start hashes (see prefixHashes) and how much of its start begins some entry. */
type WordStarts = { starts: Int32Array; maxBase: number };

/**
 * @example
 * const accepts = createAcceptor(parseHunspell(aff, dic));
 * accepts("determined") // true: "determine" with the D suffix
 * accepts("determinned") // false: Hunspell is asked
 */
export function createAcceptor(tables: HunspellTables): WordReader {
  const { special } = tables;
  const minRest = tables.fullStrip ? 0 : 1;
  const blocking = [special.forbidden, special.onlyInCompound, special.substandard].filter((f): f is string => !!f);
  // SUBSTANDARD marks forms kept out of generation and suggestions; spelling accepts them.
  const excluded = [...blocking, special.needAffix, special.circumfix].filter((f): f is string => !!f && f !== special.substandard);
  const suffixes = affixTrie(tables.suffixes, true, excluded);
  const prefixes = affixTrie(tables.prefixes, false, excluded);
  // Two chained suffixes: only rules that may follow another suffix, and rules that allow one.
  const chain = suffixChainRoles(tables.suffixes);
  const outerSuffixes = affixTrie(tables.suffixes, true, excluded, chain.isOuter);
  const innerSuffixes = affixTrie(tables.suffixes, true, excluded, chain.isInner);
  // The stems: the table of entries the compound reader reads too (one table, not two, in the
  // processor's caches). Homonyms Hunspell does not derive from (forbidden, compound-only,
  // substandard) and the hidden capitalised forms (hidden-forms.ts) are passed over as they come.
  const { entries: stems, mayBeEntry: mayBeStem, entryStart } = readingsWithHiddenForms(tables);
  // (Built from every suffix rule: a superset of the ones read here, so a "no" stays certain.)
  const tries = affixTries(tables);
  const passedOver = [...blocking, HIDDEN];
  const usable = (flags: string) => {
    for (const flag of passedOver) if (flags.includes(flag)) return false;
    return true;
  };
  const forbidden = new Set<string>();
  if (special.forbidden) for (const [word, homonyms] of tables.stems) if (homonyms.some((f) => f.includes(special.forbidden!))) forbidden.add(word);
  // Hashes of the starts of the word being read, and of a stem read after a prefix of it: worked
  // out once per string, for the one-suffix and the two-suffix readings alike.
  const wordHashes = new Int32Array(MAX_WORD + 64);
  const stemHashes = new Int32Array(MAX_WORD + 64);
  /** The start hashes of `text` (in `buffer`) and how much of it begins some entry. */
  const startsOf = (text: string, buffer: Int32Array): WordStarts => {
    const starts = prefixHashes(text, buffer);
    return { starts, maxBase: entryStart(text, starts) };
  };
  const keepCaseFlag = special.keepCase;
  const needAffixFlag = special.needAffix;

  function stemHas(stem: string, flag: string, alsoFlag: string, keepCase: boolean): boolean {
    const homonyms = stems.get(stem);
    if (!homonyms) return false;
    for (const flags of homonyms) {
      if (flags.includes(flag) && (alsoFlag === "" || flags.includes(alsoFlag)) && !(keepCase && keepCaseFlag && flags.includes(keepCaseFlag)) && usable(flags)) return true;
    }
    return false;
  }

  /**
   * With a prefix (cross product), Hunspell lets either affix carry the other's flag: the
   * suffix's flag may sit on the prefix rule, the prefix's flag on the suffix rule ("harlemi":
   * the lower-casing prefix of "Harlem" is allowed by the -i suffix).
   */
  function stemTakesBoth(stem: string, suffix: RuleGroup["rules"][number], prefixFlag: string, prefixCont: string, keepCase: boolean): boolean {
    const homonyms = stems.get(stem);
    if (!homonyms) return false;
    for (const flags of homonyms) {
      if ((keepCase && keepCaseFlag && flags.includes(keepCaseFlag)) || !usable(flags)) continue;
      if ((flags.includes(suffix.flag) || prefixCont.includes(suffix.flag)) && (flags.includes(prefixFlag) || suffix.cont.includes(prefixFlag))) return true;
    }
    return false;
  }

  /** `word` = stem + suffix; with `prefixFlag`, the stem must take that prefix too (cross product). */
  function withSuffix(word: string, { starts, maxBase }: WordStarts, prefixFlag: string, keepCase: boolean, prefixCont = ""): boolean {
    // The part before the suffix begins an entry, so it is no longer than what of `word` does,
    // and the suffix ends with all of the word past that (see analyses.ts).
    if (maxBase < minRest || !tries.suffixEnding(hashText(word, EMPTY_HASH, maxBase))) return false;
    return someSuffixSplit(suffixes, word, { minBase: minRest, maxBase, minSuffix: 0 }, (end, groups) => {
      let base: string | undefined;
      for (const group of groups) {
        if (!mayBeStem(starts[end]!, group.strip)) continue;
        const stem = (base ??= word.slice(0, end)) + group.strip;
        if (!stem || !stems.has(stem)) continue;
        for (const rule of group.rules) {
          if (prefixFlag === "" ? endMatches(rule.condition, stem) && stemHas(stem, rule.flag, "", keepCase) : rule.cross && endMatches(rule.condition, stem) && stemTakesBoth(stem, rule, prefixFlag, prefixCont, keepCase)) return true;
        }
      }
      return false;
    });
  }

  /**
   * `word` = stem + inner suffix + outer suffix, the inner one allowing the outer one. After a
   * prefix (cross product), as Hunspell reads it: the outer suffix may allow the prefix itself,
   * and the inner one is then read as without it; otherwise the inner one crosses with the prefix.
   */
  function withTwoSuffixes(word: string, { starts, maxBase }: WordStarts, keepCase: boolean, prefix?: { flag: string; cont: string }): boolean {
    // The stem begins with the text before the inner suffix, or before the outer one when the
    // inner split falls in what the outer suffix stripped: either begins an entry (innerMayReach).
    if (maxBase < minRest) return false;
    return someSuffixSplit(outerSuffixes, word, { minBase: minRest, maxBase: word.length, minSuffix: 1 }, (end, outerGroups) => {
      let base: string | undefined;
      for (const outerGroup of outerGroups) {
        if (!innerMayReach(tries, word, end, outerGroup.strip, maxBase)) continue;
        const inner = (base ??= word.slice(0, end)) + outerGroup.strip;
        const innerBounds = { minBase: minRest, maxBase: end > maxBase ? maxBase : inner.length, minSuffix: 1 };
        const read = someSuffixSplit(innerSuffixes, inner, innerBounds, (innerEnd, groups) => {
          let innerBase: string | undefined;
          for (const group of groups) {
            if (!mayBeStem(spliceStartHash(starts, end, outerGroup.strip, innerEnd), group.strip)) continue;
            const stem = (innerBase ??= inner.slice(0, innerEnd)) + group.strip;
            if (!stem || !stems.has(stem)) continue;
            for (const rule of group.rules) {
              if (!endMatches(rule.condition, stem)) continue;
              const plain = stemHas(stem, rule.flag, "", keepCase);
              if (!prefix && !plain) continue;
              for (const outer of outerGroup.rules) {
                if (!rule.cont.includes(outer.flag) || !endMatches(outer.condition, inner)) continue;
                if (!prefix) return true;
                if (!outer.cross) continue;
                if (outer.cont.includes(prefix.flag) ? plain : rule.cross && stemTakesBoth(stem, rule, prefix.flag, prefix.cont, keepCase)) return true;
              }
            }
          }
          return false;
        });
        if (read) return true;
      }
      return false;
    });
  }

  function withPrefix(word: string, keepCase: boolean): boolean {
    return somePrefixSplit(prefixes, word, { withEmpty: false, minRest }, (start, groups) => {
      const rest = word.slice(start);
      for (const group of groups) {
        const stem = group.strip + rest;
        let stemStarts: WordStarts | undefined;
        for (const rule of group.rules) {
          if (!startMatches(rule.condition, stem)) continue;
          if (stemHas(stem, rule.flag, "", keepCase)) return true;
          if (!rule.cross) continue;
          stemStarts ??= startsOf(stem, stemHashes);
          if (withSuffix(stem, stemStarts, rule.flag, keepCase, rule.cont) || withTwoSuffixes(stem, stemStarts, keepCase, rule)) return true;
        }
      }
      return false;
    });
  }

  // Readings of forbidden entries come first in Hunspell's order as often as not: a word that has
  // one is left to Hunspell (see forbidden-readings.ts).
  const readsAsForbidden = forbiddenReadings(tables);
  const readsAsHidden = forbiddenReadings(tables, "hidden");

  function derives(word: string, keepCase: boolean): boolean {
    // (Forbidden words are entries: only a word that is one needs the second lookup.)
    const homonyms = stems.get(word);
    if (homonyms !== undefined && forbidden.has(word)) return false;
    if (homonyms?.some((f) => !(needAffixFlag && f.includes(needAffixFlag)) && !(keepCase && keepCaseFlag && f.includes(keepCaseFlag)) && usable(f))) return true;
    const starts = startsOf(word, wordHashes);
    return (withSuffix(word, starts, "", keepCase) || withPrefix(word, keepCase) || withTwoSuffixes(word, starts, keepCase)) && !readsAsForbidden?.(word);
  }

  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const rewritten = tables.rewritten.size > 0 ? new RegExp([...tables.rewritten].map(escape).join("|"), "u") : null;
  // Letters around single dashes, neither first nor last.
  const DASHED = /^[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)+$/u;
  // Solid compounds (Hungarian "névváltoztatás"), for dictionaries that compound by flags.
  const compound = createCompoundAcceptor(tables);
  const mayReadAsForbidden = (word: string) => forbidden.has(word) || (readsAsForbidden?.(word) ?? false);

  const accepts = (word: string): boolean => {
    // Hunspell refuses words of MAXWORDUTF8LEN (300) bytes or more outright: far longer than this.
    if (word.length > MAX_WORD || rewritten?.test(word)) return false;
    if (!isLettersAndMarks(word)) return breaksAtDash && acceptsAtDash(word);
    const lower = word.toLowerCase();
    if (word === lower) return derives(word, false) || (compound?.(word) ?? false);
    // "Paris" as written; "Maison" at a sentence start also as "maison", unless KEEPCASE. Hunspell
    // reads the capitalised form first: a forbidden reading of it ends the matter.
    if (word !== word[0]! + lower.slice(1) || mayReadAsForbidden(word)) return false;
    // (In lower case first, the common case of a sentence's first word; hidden forms are looked
    // at only when the word as written reads well; a compound last, it is the slowest to read.)
    return derives(lower, true) || (derives(word, false) && !readsAsHidden?.(word)) || (compound?.(lower, true) ?? false);
  };

  /**
   * BREAK "-": a word Hunspell does not know whole is read as the two sides of its first dash,
   * each spelled as a word of its own ("élelmiszer-vásárlási", "Észak-Koreát"). Hunspell gives
   * up on a word with 10 break points or more, and some versions on a word whose whole reading
   * is forbidden: such words, and all-capital ones, are left to it.
   */
  const breaksAtDash = tables.breaks.includes("-");
  const plainBreaks = tables.breaks.filter((b) => b.length > 0);
  const breakPoints = (word: string) => plainBreaks.reduce((n, b) => n + word.split(b).length - 1, 0);
  function acceptsAtDash(word: string): boolean {
    if (!DASHED.test(word) || word === word.toUpperCase() || breakPoints(word) >= 10) return false;
    const lower = word.toLowerCase();
    if (mayReadAsForbidden(word) || mayReadAsForbidden(lower) || mayReadAsForbidden(word[0]! + lower.slice(1))) return false;
    const dash = word.indexOf("-");
    return accepts(word.slice(dash + 1)) && accepts(word.slice(0, dash));
  }
  return Object.assign(accepts, { forget: () => compound?.forget() });
}
