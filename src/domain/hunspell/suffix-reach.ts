/**
 * How much of an entry's start survives its suffixes: Hunspell strips a rule's `strip` text
 * from the entry's end and adds its `add` text, and a second suffix may strip again from that.
 * A reading of the entry inside a word therefore begins with that much of the entry, which
 * makes a cheap gate in front of costly readings (forbidden-readings.ts).
 */
import { endMatches } from "./affix-trie";
import type { AffixRule } from "./parse";

/**
 * Returns `keptStart(entry, homonyms, enough)`: the length of the entry's start that every
 * reading of it with one or two suffixes keeps, exact up to `enough` (a larger answer only
 * means "at least enough"). With `homonyms` null, any suffix may apply: a cruder bound.
 *
 * @example
 * const keptStart = suffixReach(rules);
 * keptStart("terem", ["X"], 3) // 3 or more unless an X rule (and the rule it allows) strips "rem"
 */
export function suffixReach(suffixRules: AffixRule[]): (entry: string, homonyms: string[] | null, enough: number) => number {
  const rulesOf = new Map<string, AffixRule[]>();
  for (const r of suffixRules) {
    const rules = rulesOf.get(r.flag);
    if (rules) rules.push(r);
    else rulesOf.set(r.flag, [r]);
  }
  const longestStrip = new Map<string, number>();
  // How far back from a text's end a flag's rules look (strip and condition): their verdict on
  // a text depends on that much of it only.
  const lookBack = new Map<string, number>();
  for (const r of suffixRules) {
    longestStrip.set(r.flag, Math.max(longestStrip.get(r.flag) ?? 0, r.strip.length));
    lookBack.set(r.flag, Math.max(lookBack.get(r.flag) ?? 0, r.strip.length, r.condition.length));
  }
  // The most a flag's rule, with a rule it allows after it, can shorten a text: a first bound
  // that spares the exact walk below for most entries.
  const reachOf = new Map<string, number>();
  const thenStrips = new Map<AffixRule, number>();
  for (const r of suffixRules) {
    thenStrips.set(r, Math.max(0, ...[...r.cont].map((f) => longestStrip.get(f) ?? 0)));
    reachOf.set(r.flag, Math.max(reachOf.get(r.flag) ?? 0, r.strip.length, r.strip.length - r.add.length + thenStrips.get(r)!));
  }

  /** The longest text a rule of `flag` strips from `text`, -1 when none applies; by the text's end. */
  const longestApplying = new Map<string, number>();
  function strips(flag: string, text: string): number {
    const key = `${flag}\u0000${text.slice(-lookBack.get(flag)!)}`;
    let longest = longestApplying.get(key);
    if (longest === undefined) {
      longest = -1;
      for (const r of rulesOf.get(flag)!) if (r.strip.length > longest && text.endsWith(r.strip) && endMatches(r.condition, text)) longest = r.strip.length;
      longestApplying.set(key, longest);
    }
    return longest;
  }

  // Any two suffixes at all (homonyms null: when prefixes hand out suffix flags, which may pass
  // either suffix its flag): each strips at most the longest strip there is.
  const anyReach = 2 * Math.max(0, ...longestStrip.values());
  return (entry, homonyms, enough) => {
    if (!homonyms) return Math.max(0, entry.length - anyReach);
    let kept = entry.length;
    for (const flags of homonyms) {
      for (const flag of flags) {
        if (entry.length - (reachOf.get(flag) ?? 0) >= enough) continue;
        for (const first of rulesOf.get(flag) ?? []) {
          // Only rules that apply to the entry: it ends with what they strip and meets their condition.
          if (!entry.endsWith(first.strip) || !endMatches(first.condition, entry)) continue;
          const base = entry.length - first.strip.length;
          kept = Math.min(kept, base);
          if (base + first.add.length - thenStrips.get(first)! >= Math.min(enough, kept)) continue;
          const form = entry.slice(0, base) + first.add;
          for (const next of first.cont) if (rulesOf.has(next)) kept = Math.min(kept, form.length - Math.max(0, strips(next, form)));
        }
      }
    }
    return kept;
  };
}
