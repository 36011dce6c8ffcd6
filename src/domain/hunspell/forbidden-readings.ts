/**
 * Hunspell reads a word in a fixed order (a prefix, one suffix, two suffixes…) and takes the
 * first reading it finds. When that one comes from a forbidden entry, it refuses the word; from
 * an entry allowed only inside compounds, it tries compounds alone. Either way a later, good
 * reading is never looked at ("megteremünk": "meg" + forbidden "teremünk" comes before "meg" +
 * "terem" + "ünk"). The JavaScript reader accepts a derived word only when no reading of it can
 * come from such an entry at all: stricter than Hunspell, so never wrong.
 *
 * Checking that for every word would cost as much as the reading itself, so a cheap gate comes
 * first: such a reading starts where the word (or the word after a prefix) starts with the first
 * letters of the entry, as many as its suffixes could never strip away.
 */
import { addChild, childOf, somePrefixSplit, type CodeNode } from "./affix-trie";
import { affixTries, createReadings } from "./analyses";
import { hiddenCapitalised } from "./hidden-forms";
import type { HunspellTables } from "./parse";
import { suffixReach } from "./suffix-reach";

const POISON = "\u0002";
/**
 * The gate's keys: at most this many first letters of an entry. For forbidden entries, three let
 * a quarter of the Hungarian words through to the full reading, eight one in a hundred. Hidden
 * forms are capitalised and met only by capitalised words, few enough for three; finding longer
 * keys costs more there, since most hidden forms are short.
 */
const KEY_LENGTH = { forbidden: 8, hidden: 3 } as const;
interface KeyNode extends CodeNode<KeyNode> {
  ends: boolean;
}

/**
 * @example
 * const mayBeForbidden = forbiddenReadings(tables); // or forbiddenReadings(tables, "hidden")
 * mayBeForbidden?.("megteremünk") // true with hu_HU: "meg" + forbidden "teremünk"
 */
export function forbiddenReadings(tables: HunspellTables, kind: Kind = "forbidden"): ((word: string) => boolean) | null {
  let built = readersOf.get(tables);
  if (!built) readersOf.set(tables, (built = new Map()));
  if (!built.has(kind)) built.set(kind, buildReader(tables, kind));
  return built.get(kind)!;
}

type Kind = keyof typeof KEY_LENGTH;
/** The readers of a dictionary, built once (the acceptor and the compound reader share them). */
const readersOf = new WeakMap<HunspellTables, Map<Kind, ((word: string) => boolean) | null>>();

function buildReader(tables: HunspellTables, kind: Kind): ((word: string) => boolean) | null {
  const { forbidden, onlyInCompound } = tables.special;

  // A first reading of a compound-only entry also ends the matter: Hunspell drops it and tries
  // only compounds. Both kinds are marked with the flag POISON below.
  const poisonous = (flags: string) => (forbidden !== undefined && flags.includes(forbidden)) || (onlyInCompound !== undefined && flags.includes(onlyInCompound));
  const suffixRules = [...tables.suffixes.values()].flat();
  const prefixRules = [...tables.prefixes.values()].flat();
  const suffixFlags = new Set(suffixRules.map((r) => r.flag));
  // Flags that let an entry stand in a reading other than itself: affixes, and compounding (a
  // forbidden compound part makes Hunspell give up on the compound too).
  const c = tables.compound;
  const affixFlags = new Set([...suffixFlags, ...prefixRules.map((r) => r.flag), ...[c.flag, c.begin, c.middle, c.end].filter((f): f is string => !!f)]);
  // An entry with none of them takes an affix only when a prefix rule hands it a suffix flag
  // (French prefixes do; where none does, such entries are left out).
  const prefixesHandSuffixes = prefixRules.some((r) => [...r.cont].some((f) => suffixFlags.has(f)));
  const takesAffixes = (flags: string) => prefixesHandSuffixes || [...flags].some((f) => affixFlags.has(f));
  const entries = new Map<string, string[]>();
  for (const [word, homonyms] of tables.stems) {
    if (kind === "forbidden") {
      const usable = homonyms.filter((f) => poisonous(f) && takesAffixes(f)).map((f) => f + POISON);
      if (usable.length > 0) entries.set(word, usable);
    } else {
      // kind "hidden": the capitalised form Hunspell adds ("Unesco" of "UNESCO"). Read first in a
      // capitalised word, it makes Hunspell drop the word as written and try it in lower case.
      const hidden = hiddenCapitalised(word, homonyms);
      if (hidden) entries.set(hidden, [...(entries.get(hidden) ?? []), ...homonyms.filter(takesAffixes).map((f) => f + POISON)]);
    }
  }
  if (entries.size === 0) return null;
  // How much of an entry's start its readings keep: the gate's key is at most that long. With
  // prefixes handing out suffix flags (French), any two suffixes count.
  const keptStart = suffixReach(suffixRules);
  // A prefix that strips text (the Hungarian lower-casing ones: "A" -> "a") fits only entries
  // that begin with that text.
  const prefixStrips = [...new Set(["", ...prefixRules.map((r) => r.strip)])];
  const longestPrefixStrip = Math.max(...prefixStrips.map((p) => p.length));
  // The keys, in a trie walked from a place in the word: a key ends where a node is marked.
  const keys: KeyNode = { codes: [], kids: [], direct: null, ends: false };
  for (const [word, homonyms] of entries) {
    const kept = keptStart(word, prefixesHandSuffixes ? null : homonyms, KEY_LENGTH[kind] + longestPrefixStrip);
    for (const from of prefixStrips.filter((p) => word.startsWith(p) && p.length < word.length).map((p) => p.length)) {
      let node = keys;
      // (With FULLSTRIP a reading may keep nothing of the entry: an empty key, which every word passes.)
      for (let at = from; at < from + Math.min(KEY_LENGTH[kind], kept - from); at++) {
        const code = word.charCodeAt(at);
        node = childOf(node, code) ?? addChild(node, code, { codes: [], kids: [], direct: null, ends: false });
      }
      node.ends = true;
    }
  }
  const beginsLikeAnEntry = (word: string, at: number) => {
    let node: KeyNode | undefined = keys;
    if (node.ends) return true;
    for (let i = at; i < word.length; i++) {
      node = childOf(node, word.charCodeAt(i));
      if (!node) return false;
      if (node.ends) return true;
    }
    return false;
  };
  const readings = createReadings(tables, entries);
  const { prefixes } = affixTries(tables);
  return (word) => {
    // At the start, or after any prefix Hunspell may strip.
    const candidate = beginsLikeAnEntry(word, 0) || somePrefixSplit(prefixes, word, { withEmpty: false, minRest: 0 }, (at) => beginsLikeAnEntry(word, at));
    return candidate && readings.some(word, (_stem, flags) => flags.includes(POISON));
  };
}
