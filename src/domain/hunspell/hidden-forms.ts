/**
 * The forms Hunspell adds to a dictionary by itself, which no .dic line shows.
 */

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
