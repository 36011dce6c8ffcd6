/**
 * The first part of a compound read with an affix ("bevásárló" = "be-" + "vásárló", "nyomás" =
 * "nyom" + "-ás"), as Hunspell reads it when no entry of that spelling may begin a compound:
 * a prefix first (with a suffix it crosses with), and only without one a single suffix whose
 * rule carries COMPOUNDPERMITFLAG. Hunspell takes the first reading it finds in its own order,
 * so an answer here is given only when every reading it might take lets the compound go on.
 */
import { affixTrie, childOf, endMatches, somePrefixSplit, someSuffixSplit, startMatches, type AffixNode } from "./affix-trie";
import { affixTries, type Readings } from "./analyses";
import { extendHash, hashText } from "./hash-filter";
import { HIDDEN } from "./hidden-forms";
import type { HunspellTables } from "./parse";

export type FirstPartReader = {
  /**
   * May the text of `word` before `seam` read as an affixed first part? A filter ("no" is
   * certain), asked at every seam before a part is cut. `prefixEnds` comes from prefixEnds(word).
   */
  mayEndAt(word: string, seam: number, prefixEnds: Uint8Array): boolean;
  /** For each seam of `word`, 1 where a prefix and the text after it up to there may be an entry. */
  prefixEnds(word: string): Uint8Array;
  /**
   * The stems of every reading of `first` Hunspell might take at a compound's start, when one
   * of them is certain and each lets the compound go on (no forbidden, hidden or COMPOUNDROOT
   * stem, no affix that forbids compounding or needs another, no prefix of two syllables or
   * more, which Hungarian counts as a word); null otherwise. `starts`: the start hashes of the
   * word `first` begins (prefixHashes); `prefixEnd`: prefixEnds(word) at the end of `first`.
   */
  stems(first: string, starts: Int32Array, prefixEnd: boolean): string[] | null;
};

/**
 * @example
 * const firstParts = firstPartReader(tables, readings, syllables);
 * firstParts?.stems("nyomás") // ["nyom"] (hu_HU)
 */
export function firstPartReader(tables: HunspellTables, readings: Readings, syllables: (text: string) => number): FirstPartReader | null {
  const c = tables.compound;
  const permit = c.permit;
  if (permit === undefined) return null;
  const { needAffix, circumfix, forbidden } = tables.special;
  const has = (flags: string, flag: string | undefined) => flag !== undefined && flags.includes(flag);
  const { entries, mayBeEntry } = readings;
  const minRest = tables.fullStrip ? 0 : 1;
  const permitted = affixTrie(tables.suffixes, true, [], (rule) => rule.cont.includes(permit));
  const prefixes = affixTries(tables).prefixes;
  /** An affix's continuation flags that stop the compound, or ask for what Hunspell checks elsewhere. */
  const blocks = (conts: string) => has(conts, c.forbid) || has(conts, c.end) || has(conts, needAffix) || has(conts, circumfix);
  const badStem = (flags: string) => has(flags, forbidden) || has(flags, HIDDEN) || has(flags, c.root);

  function mayEndAt(word: string, seam: number, prefixEnds: Uint8Array): boolean {
    if (prefixEnds[seam]) return true;
    let node: AffixNode | undefined = permitted;
    for (let at = seam - 1; node && at >= minRest; ) {
      node = childOf(node, word.charCodeAt(at--));
      if (node?.groups) return true;
    }
    return false;
  }

  function prefixEnds(word: string): Uint8Array {
    const ends = new Uint8Array(word.length + 1);
    somePrefixSplit(prefixes, word, { withEmpty: true, minRest }, (start, groups) => {
      for (const group of groups) {
        let hash = hashText(group.strip);
        for (let at = start; at < word.length; at++) {
          hash = extendHash(hash, word.charCodeAt(at));
          if (mayBeEntry(hash, "")) ends[at + 1] = 1;
        }
      }
      return false;
    });
    return ends;
  }

  /** A prefix reading Hunspell finds for certain: the stem takes the prefix and may compound. */
  const certainPrefixReading = (first: string) =>
    somePrefixSplit(prefixes, first, { withEmpty: true, minRest }, (start, groups) => {
      const rest = first.slice(start);
      for (const group of groups) {
        const stem = group.strip + rest;
        const homonyms = entries.get(stem);
        if (!homonyms) continue;
        for (const rule of group.rules) {
          if (!startMatches(rule.condition, stem) || has(rule.cont, needAffix)) continue;
          if (homonyms.some((flags) => flags.includes(rule.flag) && (has(flags, c.flag) || has(rule.cont, c.flag)))) return true;
        }
      }
      return false;
    });

  function stems(first: string, starts: Int32Array, prefixEnd: boolean): string[] | null {
    const found: string[] = [];
    let certain = false;
    // One suffix with COMPOUNDPERMITFLAG: each reading here is one Hunspell finds.
    const unsure = someSuffixSplit(permitted, first, { minBase: minRest, maxBase: first.length, minSuffix: 1 }, (end, groups) => {
      for (const group of groups) {
        if (!mayBeEntry(starts[end]!, group.strip)) continue;
        const stem = first.slice(0, end) + group.strip;
        for (const flags of entries.get(stem) ?? []) {
          for (const rule of group.rules) {
            if (!flags.includes(rule.flag) || !endMatches(rule.condition, stem) || !(has(flags, c.flag) || has(rule.cont, c.flag))) continue;
            if (blocks(rule.cont) || badStem(flags)) return true;
            found.push(stem);
            certain = true;
          }
        }
      }
      return false;
    });
    if (unsure || !(certain || (prefixEnd && certainPrefixReading(first)))) return null;
    // Prefix readings come first in Hunspell's order: every one it might take (read loosely,
    // with all the flags of the rules that add the same text) must let the compound go on.
    const badPrefixReading = readings.somePrefixed(first, (stem, flags, innerCont, outerCont, prefix) => {
      if (blocks(innerCont + outerCont) || badStem(flags) || syllables(prefix) > 1) return true;
      found.push(stem);
      return false;
    });
    return badPrefixReading ? null : found;
  }

  return { mayEndAt, prefixEnds, stems };
}
