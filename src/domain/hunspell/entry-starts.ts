/**
 * How much of a text's start begins some dictionary entry, or a little more. A stem read from
 * the text (before its suffixes) begins with that much of the text at most, so suffix splits
 * that leave more are skipped without building a string or looking anything up.
 */
import { EMPTY_HASH, extendHash, hashFilter } from "./hash-filter";

/**
 * The answer may exceed the true length (the prefixes are kept as hashes, and two may share a
 * bit), never fall short of it: a bound to skip work, not a fact to rely on.
 *
 * @example
 * const startLength = entryStartLength(["cat", "catalog", "dog"]);
 * startLength("cats") // 3 (rarely more): "cat" begins an entry, "cats" none
 * startLength("cats", prefixHashes("cats", buffer)) // the same, from the text's start hashes when they are at hand
 */
export function entryStartLength(entries: Iterable<string>): (text: string, starts?: Int32Array) => number {
  const list = [...entries];
  // Entries share most of their starts: about half of all their prefixes are distinct.
  const prefixes = hashFilter(list.reduce((sum, e) => sum + e.length, 0) / 2, 8);
  for (const entry of list) {
    let hash = EMPTY_HASH;
    for (let i = 0; i < entry.length; i++) prefixes.add((hash = extendHash(hash, entry.charCodeAt(i))));
  }
  return (text, starts) => {
    if (starts) {
      for (let i = 0; i < text.length; i++) if (!prefixes.has(starts[i + 1]!)) return i;
      return text.length;
    }
    let hash = EMPTY_HASH;
    for (let i = 0; i < text.length; i++) if (!prefixes.has((hash = extendHash(hash, text.charCodeAt(i))))) return i;
    return text.length;
  };
}
