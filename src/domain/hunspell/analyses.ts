/**
 * Every way Hunspell's affix rules could read a string as a dictionary entry with affixes: the
 * entry itself, a suffix, two chained suffixes, a prefix, a prefix with one or two suffixes.
 * It errs on the side of too many readings (it ignores circumfixes, NEEDAFFIX, ONLYINCOMPOUND,
 * cross-product marks and, with a prefix, which part carries which flag), so "no reading" is
 * a safe no, and a reading marked `exact` is one Hunspell finds too.
 */
import { affixTrie, endMatches, somePrefixSplit, someSuffixSplit, startMatches, suffixChainRoles } from "./affix-trie";
import { entryStartLength } from "./entry-starts";
import { EMPTY_HASH, endingFilter, hashText, keyFilter, prefixHashes, spliceStartHash } from "./hash-filter";
import type { HunspellTables } from "./parse";

/**
 * One reading: the entry, its flags, the continuation flags of the inner and outer suffix (or
 * of the prefix), the prefix text when there is one ("\0" for a prefix that adds nothing).
 * `exact` readings follow every flag rule Hunspell applies (the entry carries each affix flag,
 * the inner suffix allows the outer one). `suffixFlags`: the flags of the suffix rules read,
 * inner then outer ("" without a suffix). `plainSuffix`: the text the last suffix adds when
 * its rule has no continuation flags, read without a prefix (what Hunspell records as the
 * suffix's text for its Hungarian syllable count), "" otherwise.
 */
export type Reading = (stem: string, flags: string, innerCont: string, outerCont: string, prefix: string, exact: boolean, suffixFlags: string, plainSuffix: string) => boolean;

export type Readings = {
  /** calls `visit` for each reading of `text` until it returns true */
  some(text: string, visit: Reading): boolean;
  /** the same, for the readings with a prefix only */
  somePrefixed(text: string, visit: Reading): boolean;
  /** every entry of the .dic file with all its homonyms, phrases included */
  entries: Map<string, string[]>;
  /** false when no entry is the text whose start hashes to `startHash` (see hashText) followed by `then` */
  mayBeEntry(startHash: number, then: string): boolean;
  /** at least as much of the text's start as begins some entry (see entry-starts.ts); `starts`: the text's start hashes, if at hand */
  entryStart(text: string, starts?: Int32Array): number;
};

/**
 * Can an inner suffix of two, split from `text` before `end` with the outer suffix's `strip`
 * put back, read the stem back to `maxBase` (the most of `text` that begins an entry)? Past
 * maxBase it must reach back to it, and so end with all of the inner form from there on:
 * lengths and an ending filter say no before any string is cut or trie walked.
 */
export function innerMayReach(tries: AffixTries, text: string, end: number, strip: string, maxBase: number): boolean {
  if (end <= maxBase) return end + strip.length > 0;
  return end + strip.length - maxBase <= tries.longestInner && tries.innerEnding(hashText(strip, hashText(text, EMPTY_HASH, maxBase, end)));
}

type AffixTries = ReturnType<typeof buildTries>;

/** The affix tries of a dictionary, built once however many entry sets are read with them. */
const triesOf = new WeakMap<HunspellTables, ReturnType<typeof buildTries>>();
export function affixTries(tables: HunspellTables): AffixTries {
  let tries = triesOf.get(tables);
  if (!tries) triesOf.set(tables, (tries = buildTries(tables)));
  return tries;
}

function buildTries(tables: HunspellTables) {
  // Two suffixes: the inner one must allow the outer one, so only rules that allow a suffix
  // can be inner, and only rules some suffix allows can be outer.
  const chain = suffixChainRoles(tables.suffixes);
  const rules = [...tables.suffixes.values()].flat();
  const inner = rules.filter(chain.isInner);
  /** The most text one of `some` rules adds (a reduce: Hungarian has 24,000 suffix rules). */
  const longest = (some: typeof rules) => some.reduce((most, r) => Math.max(most, r.add.length), 0);
  return {
    suffixes: affixTrie(tables.suffixes, true, []),
    prefixes: affixTrie(tables.prefixes, false, []),
    outerSuffixes: affixTrie(tables.suffixes, true, [], chain.isOuter),
    innerSuffixes: affixTrie(tables.suffixes, true, [], chain.isInner),
    longestInner: longest(inner),
    /** the most text one or two chained suffixes may add */
    longestSuffixes: longest(rules) + longest(rules.filter(chain.isOuter)),
    /** whether some suffix, or some inner suffix of two, ends with the text hashed */
    suffixEnding: endingFilter(tables.suffixes.keys()),
    innerEnding: endingFilter(inner.map((r) => r.add)),
  };
}

/**
 * @example
 * const readings = createReadings(parseHunspell(aff, dic));
 * readings.some("cats", (stem) => stem === "cat") // true
 */
export function createReadings(tables: HunspellTables, stems: Map<string, string[]> = tables.stems): Readings {
  // A Map, not an object: the stems looked up are strings cut from words, and an object would
  // first look each one up in the engine's table of internalised strings.
  const entries = stems;
  const words = [...entries.keys()];
  const entryStart = entryStartLength(words);
  // Most "base + strip" tried at a suffix split is no entry: the filter says so before the string is built.
  const mayBeEntry = keyFilter(words);
  // Hashes of the starts of the text being read, one array per level of readings in progress
  // (a visitor may ask for other readings while one is being walked).
  const hashArrays: Int32Array[] = [];
  let depth = 0;
  const tries = affixTries(tables);
  const { suffixes, prefixes, outerSuffixes, innerSuffixes, suffixEnding } = tries;
  // Hunspell leaves at least one character before a suffix, unless FULLSTRIP.
  const minBase = tables.fullStrip ? 0 : 1;

  /** `text` = entry + suffix (+ suffix); with a prefix the flag rules are not checked (loose). */
  function suffixed(text: string, prefixCont: string, prefix: string, visit: Reading): boolean {
    const starts = (hashArrays[depth] = prefixHashes(text, hashArrays[depth] ?? new Int32Array(128)));
    depth++;
    try {
      return suffixedWith(starts, text, prefixCont, prefix, visit);
    } finally {
      depth--;
    }
  }

  function suffixedWith(starts: Int32Array, text: string, prefixCont: string, prefix: string, visit: Reading): boolean {
    const loose = prefix !== "";
    // The part before the suffixes begins an entry, so it is no longer than what of `text` does.
    const maxBase = entryStart(text, starts);
    // The stem begins with at most maxBase of the text: the suffixes must add all the rest.
    if (maxBase < minBase || text.length - maxBase > tries.longestSuffixes) return false;
    // A suffix read here covers all of the text past maxBase: unless some suffix ends so, no
    // walk is needed (most walks of a word read as a name through a capitalising prefix).
    const oneSuffix = suffixEnding(hashText(text, EMPTY_HASH, maxBase)) && someSuffixSplit(suffixes, text, { minBase: 0, maxBase, minSuffix: 0 }, (end, groups) => {
      let base: string | undefined;
      for (const group of groups) {
        if (!mayBeEntry(starts[end]!, group.strip)) continue;
        const stem = (base ??= text.slice(0, end)) + group.strip;
        const homonyms = stem ? entries.get(stem) : undefined;
        if (!homonyms) continue;
        for (const rule of group.rules) {
          if (!endMatches(rule.condition, stem)) continue;
          for (const flags of homonyms) {
            if ((loose || flags.includes(rule.flag)) && visit(stem, flags, rule.cont, prefixCont, prefix, !loose && end > 0, rule.flag, loose || rule.cont ? "" : text.slice(end))) return true;
          }
        }
      }
      return false;
    });
    if (oneSuffix) return true;
    return someSuffixSplit(outerSuffixes, text, { minBase: 0, maxBase: text.length, minSuffix: 0 }, (end, outerGroups) => {
      let base: string | undefined;
      for (const outer of outerGroups) {
        // (Most outer splits of a long word end here, before a string is made.)
        if (!innerMayReach(tries, text, end, outer.strip, maxBase)) continue;
        const inner = (base ??= text.slice(0, end)) + outer.strip;
        // Past maxBase, only an inner split at or before it can read: the stem begins with the
        // text before the inner suffix, or (a split in what the outer suffix stripped) with all
        // of the text before the outer one, and either begins an entry.
        const innerBounds = { minBase: 0, maxBase: end > maxBase ? maxBase : inner.length, minSuffix: 0 };
        const found = someSuffixSplit(innerSuffixes, inner, innerBounds, (innerEnd, innerGroups) => {
          const innerHash = spliceStartHash(starts, end, outer.strip, innerEnd);
          let innerBase: string | undefined;
          for (const group of innerGroups) {
            if (!mayBeEntry(innerHash, group.strip) || !outer.rules.some((o) => group.conts.includes(o.flag))) continue;
            const stem = (innerBase ??= inner.slice(0, innerEnd)) + group.strip;
            const stemHomonyms = stem ? entries.get(stem) : undefined;
            if (!stemHomonyms) continue;
            for (const rule of group.rules) {
              if (!endMatches(rule.condition, stem)) continue;
              for (const outerRule of outer.rules) {
                if (!rule.cont.includes(outerRule.flag) || !endMatches(outerRule.condition, inner)) continue;
                for (const flags of stemHomonyms) {
                  if ((loose || flags.includes(rule.flag)) && visit(stem, flags, rule.cont, outerRule.cont + prefixCont, prefix, !loose && end > 0 && innerEnd > 0, rule.flag + outerRule.flag, loose || outerRule.cont ? "" : text.slice(end))) return true;
                }
              }
            }
          }
          return false;
        });
        if (found) return true;
      }
      return false;
    });
  }

  function some(text: string, visit: Reading): boolean {
    const homonyms = entries.get(text);
    if (homonyms) for (const flags of homonyms) if (visit(text, flags, "", "", "", true, "", "")) return true;
    return suffixed(text, "", "", visit) || somePrefixed(text, visit);
  }

  function somePrefixed(text: string, visit: Reading): boolean {
    return somePrefixSplit(prefixes, text, { withEmpty: true, minRest: 0 }, (start, groups) => {
      // A prefix that adds nothing is still a prefix: "\0" marks it.
      const prefix = text.slice(0, start) || "\0";
      const rest = text.slice(start);
      for (const group of groups) {
        const stem = group.strip + rest;
        // The group's rules share the stem: it is looked up once (false: no entry), and only
        // when the filter allows that it is an entry (most are not).
        let stemHomonyms: string[] | false | undefined;
        let conts = "";
        for (const rule of group.rules) {
          if (!startMatches(rule.condition, stem)) continue;
          conts += rule.cont + " ";
          stemHomonyms ??= (mayBeEntry(EMPTY_HASH, stem) && entries.get(stem)) || false;
          if (stemHomonyms) for (const flags of stemHomonyms) if (visit(stem, flags, rule.cont, "", prefix, false, "", "")) return true;
        }
        // With suffixes too: once for all the rules of the group (loose, so their flags together).
        if (conts && suffixed(stem, conts, prefix, visit)) return true;
      }
      return false;
    });
  }

  return { some, somePrefixed, entries, mayBeEntry, entryStart };
}
