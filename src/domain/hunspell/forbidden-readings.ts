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
import { affixTrie, type AffixNode } from "./affix-trie";
import { createReadings } from "./analyses";
import { hiddenCapitalised } from "./hidden-forms";
import type { HunspellTables } from "./parse";

const POISON = "\u0002";

/**
 * @example
 * const mayBeForbidden = forbiddenReadings(tables); // or forbiddenReadings(tables, "hidden")
 * mayBeForbidden?.("megteremünk") // true with hu_HU: "meg" + forbidden "teremünk"
 */
export function forbiddenReadings(tables: HunspellTables, kind: "forbidden" | "hidden" = "forbidden"): ((word: string) => boolean) | null {
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
  // (none does in the dictionaries Glossa ships; then such entries are left out).
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
  // How much of its end an entry's suffixes (one, and the one it allows after it) may strip,
  // by the entry's flags; with prefixes handing out suffix flags, any suffix counts.
  const stripOf = new Map<string, number>();
  for (const r of suffixRules) stripOf.set(r.flag, Math.max(stripOf.get(r.flag) ?? 0, r.strip.length));
  const twoStripOf = new Map<string, number>();
  for (const r of suffixRules) twoStripOf.set(r.flag, Math.max(twoStripOf.get(r.flag) ?? 0, r.strip.length + Math.max(0, ...[...r.cont].map((f) => stripOf.get(f) ?? 0))));
  const anyTwoStrips = Math.max(0, ...twoStripOf.values());
  const stripped = (homonyms: string[]) => (prefixesHandSuffixes ? anyTwoStrips : Math.max(0, ...homonyms.flatMap((flags) => [...flags].map((f) => twoStripOf.get(f) ?? 0))));
  // A prefix that strips text (the Hungarian lower-casing ones: "A" -> "a") fits only entries
  // that begin with that text.
  const prefixStrips = [...new Set(["", ...prefixRules.map((r) => r.strip)])];
  const starts = new Set<string>();
  for (const [word, homonyms] of entries) {
    const strip = stripped(homonyms);
    for (const from of prefixStrips.filter((p) => word.startsWith(p) && p.length < word.length).map((p) => p.length)) {
      const kept = Math.max(1, Math.min(3, word.length - from - strip));
      starts.add(word.slice(from, from + kept));
    }
  }
  const prefixes: AffixNode = affixTrie(tables.prefixes, false, []);
  const beginsLikeAnEntry = (word: string, at: number) => {
    for (let length = 1; length <= 3 && at + length <= word.length; length++) if (starts.has(word.slice(at, at + length))) return true;
    return false;
  };
  const readings = createReadings(tables, entries);
  return (word) => {
    let candidate = beginsLikeAnEntry(word, 0);
    // After each prefix Hunspell may strip at the start.
    for (let node: AffixNode | undefined = prefixes.next.get(word[0]!), at = 1; node && !candidate; node = node.next.get(word[at++]!)) {
      if (node.groups && beginsLikeAnEntry(word, at)) candidate = true;
    }
    return candidate && readings.some(word, (_stem, flags) => flags.includes(POISON));
  };
}
