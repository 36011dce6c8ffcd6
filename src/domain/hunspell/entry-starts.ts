/**
 * How much of a text's start begins some dictionary entry. A stem read from the text (before
 * its suffixes) begins with that much of the text at most, so suffix splits that leave more
 * are skipped without building a string or looking anything up.
 */

function commonStart(a: string, b: string | undefined): number {
  if (b === undefined) return 0;
  let i = 0;
  while (i < a.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/**
 * @example
 * const startLength = entryStartLength(["cat", "catalog", "dog"]);
 * startLength("cats") // 3: "cat" begins an entry, "cats" none
 */
export function entryStartLength(entries: Iterable<string>): (text: string) => number {
  // In code-unit order, the entry sharing the longest start with a text is one of the two
  // around the text's place in that order.
  const sorted = [...entries].sort();
  return (text) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < text) lo = mid + 1;
      else hi = mid;
    }
    return Math.max(commonStart(text, sorted[lo]), commonStart(text, sorted[lo - 1]));
  };
}
