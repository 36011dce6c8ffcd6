/**
 * The forms Hunspell adds to a dictionary by itself, which no .dic line shows, and the one
 * table of entries the JavaScript readers share (see readingsWithHiddenForms).
 */
import { createReadings, type Readings } from "./analyses";
import type { HunspellTables } from "./parse";

/** Appended to the flags of a hidden form: no real flag is this character. */
export const HIDDEN = "\u0001";

/**
 * The capitalised form Hunspell adds for an entry in capitals with affixes ("UNESCO/flags") or
 * in mixed case ("iPhone", "McDonald"), or null. (Its case types: all capitals, capital inside.)
 * The form is usable only in words written in capitals.
 *
 * @example
 * hiddenCapitalised("UNESCO", ["S"]) // "Unesco"
 */
export function hiddenCapitalised(word: string, homonyms: string[]): string | null {
  const upper = word.toUpperCase();
  const lower = word.toLowerCase();
  if (word === lower || upper === lower) return null;
  const allCapitals = word === upper;
  const initialOnly = word === word[0]! + word.slice(1).toLowerCase();
  if (initialOnly || (allCapitals && homonyms.every((f) => f === ""))) return null;
  const capitalised = lower[0]!.toUpperCase() + lower.slice(1);
  return capitalised === word ? null : capitalised;
}

/** One table per dictionary, however many readers ask for it. */
const sharedReadings = new WeakMap<HunspellTables, Readings>();

/**
 * The readings of a dictionary's entries together with the hidden capitalised forms Hunspell
 * adds ("UNESCO" -> "Unesco"), whose flags end with HIDDEN. The accept-only reader and the
 * compound reader look stems up in this one table: a second table of ninety thousand entries
 * (Hungarian) would double what the two keep in the processor's caches.
 *
 * @example
 * readingsWithHiddenForms(tables).entries.get("Unesco") // ["S\u0001"] for "UNESCO/S"
 */
export function readingsWithHiddenForms(tables: HunspellTables): Readings {
  let readings = sharedReadings.get(tables);
  if (!readings) {
    const hidden = new Map<string, string[]>();
    for (const [word, homonyms] of tables.stems) {
      const form = hiddenCapitalised(word, homonyms);
      if (form) hidden.set(form, [...(hidden.get(form) ?? []), ...homonyms.map((f) => f + HIDDEN)]);
    }
    const withHidden = new Map(tables.stems);
    for (const [word, homonyms] of hidden) withHidden.set(word, [...(withHidden.get(word) ?? []), ...homonyms]);
    sharedReadings.set(tables, (readings = createReadings(tables, withHidden)));
  }
  return readings;
}
