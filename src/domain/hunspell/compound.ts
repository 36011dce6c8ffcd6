/**
 * Accept-only reading of two-part compounds ("névváltoztatás" = "név" + "változtatás"), the
 * words Hungarian writes solid and Hunspell checks slowly (most of its time goes to trying every
 * REP confusion of the whole word). True only when Hunspell would accept the word too:
 *
 * - Hunspell scans the split points from the left and may give up for good at one (a part read
 *   from a forbidden entry), so every split up to the one accepted here must be free of that.
 * - At the accepted split, the first part is a dictionary entry allowed to begin a compound
 *   (or, without one, an entry with an affix Hunspell reads there: compound-first.ts) and the
 *   second one an entry (or an entry with suffixes) allowed to end one, and every way Hunspell
 *   could read the second part passes the checks it applies after reading it
 *   (COMPOUNDFORBIDFLAG, and past two words, counting a COMPOUNDROOT part as two, the
 *   Hungarian syllable rule).
 * - CHECKCOMPOUNDREP: no REP confusion of the word (nor the same spot deleted, which some
 *   Hunspell versions try) can be read as a word without compounding.
 *
 * Whatever is not certain (three parts, capitals, rarer options) answers false, and the caller
 * asks Hunspell.
 */
import { firstPartReader } from "./compound-first";
import { forbiddenReadings } from "./forbidden-readings";
import { prefixHashes } from "./hash-filter";
import { HIDDEN, readingsWithHiddenForms } from "./hidden-forms";
import type { HunspellTables } from "./parse";

const MEMO_LIMIT = 50_000;

/** A reader of words that keeps a memo, and can forget it (benchmarks measure a first sight). */
export type WordReader = ((word: string) => boolean) & { forget(): void };

/**
 * The compound reader: `capitalised` says the text has the (lower-case) word with a capital,
 * as a sentence's first word, which Hunspell reads in lower case after the word as written.
 */
export type CompoundReader = ((word: string, capitalised?: boolean) => boolean) & { forget(): void };

/** A bounded cache: a string's readings are asked again for every word that shares it. */
function memoize(compute: (text: string) => boolean): WordReader {
  const memo = new Map<string, boolean>();
  const read = (text: string) => {
    let known = memo.get(text);
    if (known === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(text, (known = compute(text)));
    }
    return known;
  };
  return Object.assign(read, { forget: () => memo.clear() });
}

/**
 * @example
 * const accepts = createCompoundAcceptor(parseHunspell(aff, dic));
 * accepts?.("névváltoztatás") // true (hu_HU)
 */
export function createCompoundAcceptor(tables: HunspellTables): CompoundReader | null {
  const c = tables.compound;
  const { forbidden, needAffix, circumfix, keepCase } = tables.special;
  const supported = (c.flag || c.begin) && !c.middle && !c.simplifiedTriple && !c.moreSuffixes && !c.forceUpperCase && (c.wordMax === undefined || c.wordMax < 0 || c.wordMax >= 2);
  if (!supported || c.patterns.some((p) => p.withFlagsOrReplacement || p.begin.includes("."))) return null;
  const has = (flags: string, flag: string | undefined) => flag !== undefined && flags.includes(flag);
  const vowels = c.syllableVowels ?? "";
  const syllables = (text: string) => [...text].filter((ch) => vowels.includes(ch)).length;
  // Hunspell also adds a hidden capitalised form of every all-capitals entry with affixes and of
  // every mixed-case entry ("UNESCO" -> "Unesco"), usable only in capitals: as a compound part
  // it makes Hunspell give up, as a forbidden one does; it may still make a REP confusion a word.
  // Their flags carry the mark HIDDEN.
  const readings = readingsWithHiddenForms(tables);
  const { entries, mayBeEntry } = readings;
  let seamHashes: Int32Array = new Int32Array(128);
  const isHungarian = c.lang?.startsWith("hu") === true;

  /**
   * Could Hunspell read `text` as a forbidden entry or a hidden capitalised form (with affixes)?
   * As a compound part, either makes it give up on the word (forbidden-readings.ts).
   */
  const readsAsForbidden = forbiddenReadings(tables);
  const readsAsHidden = forbiddenReadings(tables, "hidden");
  const mayBeForbidden = memoize((text) => (readsAsForbidden?.(text) ?? false) || (readsAsHidden?.(text) ?? false));
  const mayBeWord = (text: string) => readings.some(text, () => true);
  // Newer Hunspell versions also refuse a compound that is a dictionary phrase written solid
  // ("úticél" for "úti cél", with its endings): where the word begins with a phrase's first
  // word, the word with a space there must not read as a word.
  const phraseHeads = new Set([...tables.stems.keys()].filter((w) => w.includes(" ")).map((w) => w.slice(0, w.indexOf(" ")).toLowerCase()));
  const mayBeSolidPhrase = (word: string) => {
    for (let at = 1; at < word.length; at++) if (phraseHeads.has(word.slice(0, at)) && mayBeWord(`${word.slice(0, at)} ${word.slice(at)}`)) return true;
    return false;
  };

  const firstParts = firstPartReader(tables, readings, syllables);

  /**
   * Past COMPOUNDWORDMAX words (a COMPOUNDROOT part counts as two), Hungarian allows at most
   * COMPOUNDSYLLABLE syllables. The Hunspell in hunspell-asm counts the first part and the
   * second part as written (compound-fixture.ts pins this), less the syllables of the last
   * suffix of the second part when that suffix's rule has no continuation flags (`plainSuffix`;
   * with them, Hunspell subtracts what an earlier word left: nothing is subtracted here, which
   * can only refuse more), plus two after a suffix of flag "c" and one after "J" or "I" (flags
   * it hard-codes for hu_HU).
   */
  const withinSyllables = (first: string, second: string, suffixFlags: string, plainSuffix: string) =>
    isHungarian &&
    c.maxSyllables !== undefined &&
    syllables(first) + syllables(second) - syllables(plainSuffix) + (suffixFlags.includes("c") ? 2 : /[IJ]/.test(suffixFlags) ? 1 : 0) <= c.maxSyllables;

  /** The second part, read with suffixes: one certain reading, and no reading Hunspell might take that fails. */
  function endsCompoundAffixed(first: string, firstStems: string[], firstIsCompound: boolean, second: string): boolean {
    let certain = false;
    const clean = !readings.some(second, (stem, flags, innerCont, outerCont, prefix, exact, suffixFlags, plainSuffix) => {
      const conts = innerCont + outerCont;
      if (!has(flags, c.flag) && !has(flags, c.end) && !has(conts, c.flag) && !has(conts, c.end)) return false;
      if (has(conts, c.forbid) || has(flags, forbidden) || has(flags, HIDDEN) || syllables(prefix) > 1 || firstStems.includes(stem)) return true;
      if ((firstIsCompound || has(flags, c.root)) && !withinSyllables(first, second, suffixFlags, prefix === "" ? plainSuffix : "")) return true;
      if (exact && !has(conts, needAffix) && !has(conts, circumfix) && [c.flag, c.end].some((n) => has(flags, n) || has(innerCont, n))) certain = true;
      return false;
    });
    return clean && certain;
  }

  /** Does Hunspell accept the word `first` + `second` at this seam? `wordStarts` and `prefixEnds`: of the whole word. */
  function acceptedAt(first: string, second: string, wordStarts: Int32Array, prefixEnds: Uint8Array | undefined): boolean {
    const starts = (entries.get(first) ?? []).filter((f) => (has(f, c.flag) || has(f, c.begin)) && !has(f, needAffix));
    // An entry that may begin a compound is read as it is; only without one does Hunspell read affixes.
    const firstStems = starts.length > 0 ? [first] : (firstParts?.stems(first, wordStarts, prefixEnds?.[first.length] === 1) ?? null);
    if (!firstStems || starts.some((f) => has(f, forbidden))) return false;
    const firstIsCompound = starts.some((f) => has(f, c.root));
    if (firstIsCompound && !starts.every((f) => has(f, c.root))) return false;
    // CHECKCOMPOUNDTRIPLE: three equal letters across the seam. Hunspell compares bytes, so
    // only ASCII letters can match ("schifffahrt"); two equal "ő" never do.
    const seam = second[0]!;
    if (c.checkTriple && seam < "\x80" && first.at(-1) === seam && (first.at(-2) === seam || second[1] === seam)) return false;
    if (c.patterns.some((p) => first.endsWith(p.end) && second.startsWith(p.begin))) return false;
    const ends = (entries.get(second) ?? []).filter((f) => (has(f, c.flag) || has(f, c.end)) && !has(f, needAffix));
    if (ends.length === 0) return endsCompoundAffixed(first, firstStems, firstIsCompound, second);
    if (ends.some((f) => has(f, forbidden)) || firstStems.includes(second)) return false;
    const secondIsCompound = ends.some((f) => has(f, c.root));
    if (secondIsCompound && !ends.every((f) => has(f, c.root))) return false;
    return (!firstIsCompound && !secondIsCompound) || withinSyllables(first, second, "", "");
  }

  /** CHECKCOMPOUNDREP: a REP confusion that is itself a word makes Hunspell reject the compound. */
  const confusions = c.replacements
    .map(({ from, to }) => {
      const pattern = from.replace(/^\^|\$$/g, "");
      const outs = [...new Set([to, to.replace(/^\^|\$$/g, "")])];
      return { pattern, outs, outsOrDeleted: [...outs, ""], anchored: from !== pattern };
    })
    .filter((r) => r.pattern !== "");
  function repConfusionIsWord(word: string): boolean {
    for (const { pattern, outs, outsOrDeleted, anchored } of confusions) {
      for (let at = word.indexOf(pattern); at >= 0; at = word.indexOf(pattern, at + 1)) {
        for (const out of anchored || at === 0 ? outsOrDeleted : outs) {
          const confusion = word.slice(0, at) + out + word.slice(at + pattern.length);
          if (confusion !== word && mayBeWord(confusion)) return true;
        }
      }
    }
    return false;
  }

  /**
   * A capitalised word read in lower case is refused when the entry Hunspell returns for it,
   * the first part's, is KEEPCASE: that part may be any start up to the accepted seam, read
   * with affixes or not.
   */
  const firstPartMayKeepCase = (word: string, seam: number) => {
    if (!keepCase) return false;
    for (let at = c.min; at <= seam; at++) if (readings.some(word.slice(0, at), (_stem, flags) => has(flags, keepCase))) return true;
    return false;
  };

  const accepts = (word: string, capitalised = false) => {
    if (word.length < 2 * c.min || word !== word.toLowerCase()) return false;
    // Most starts of a word are no entry: the entries' hash filter says so before a part is cut.
    const starts = (seamHashes = prefixHashes(word, seamHashes));
    // (Where no entry ends, the first part may still be one with an affix.)
    const prefixEnds = firstParts?.prefixEnds(word);
    let seam = c.min;
    while (seam <= word.length - c.min && !((mayBeEntry(starts[seam]!, "") || (prefixEnds && firstParts!.mayEndAt(word, seam, prefixEnds))) && acceptedAt(word.slice(0, seam), word.slice(seam), starts, prefixEnds))) seam++;
    if (seam > word.length - c.min) return false;
    // A word readable without compounding is Hunspell's to judge (it may be a forbidden form).
    if (mayBeWord(word) || mayBeSolidPhrase(word)) return false;
    // Hunspell stops at the first split where a part reads as a forbidden entry.
    for (let at = c.min; at <= seam; at++) if (mayBeForbidden(word.slice(0, at)) || mayBeForbidden(word.slice(at))) return false;
    if (capitalised && firstPartMayKeepCase(word, seam)) return false;
    return !(c.checkRep && repConfusionIsWord(word));
  };
  return Object.assign(accepts, { forget: mayBeForbidden.forget });
}
