/**
 * A set of strings kept as one bit per hash (a Bloom filter with one hash function), asked with
 * hashes built a letter at a time. The readers try many stems that are no entry ("base + strip"
 * at every suffix split); the filter turns most of them away before a string is built and
 * looked up in a table of ninety thousand entries. "No" is certain, "maybe" is then checked.
 */

/** The hash of the empty string; extend it a UTF-16 code unit at a time (FNV-1a). */
export const EMPTY_HASH = 0x811c9dc5 | 0;

export function extendHash(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** The hash of `text` (or of text[from, to)) continued from `hash`. */
export function hashText(text: string, hash = EMPTY_HASH, from = 0, to = text.length): number {
  for (let i = from; i < to; i++) hash = extendHash(hash, text.charCodeAt(i));
  return hash;
}

/** Fills `out[i]` with the hash of text[0, i), for i = 0..text.length (in a new array when `out` is too short). */
export function prefixHashes(text: string, out: Int32Array): Int32Array {
  if (out.length <= text.length) out = new Int32Array(text.length + 1);
  let hash = EMPTY_HASH;
  out[0] = hash;
  for (let i = 0; i < text.length; i++) out[i + 1] = hash = extendHash(hash, text.charCodeAt(i));
  return out;
}

/**
 * The hash of the first `at` code units of text[0, end) + `then`, from the text's prefix hashes
 * (`starts`, see prefixHashes): the start of an inner form of two chained suffixes, the base
 * before the outer suffix followed by the text that suffix stripped.
 *
 * @example
 * spliceStartHash(prefixHashes("cats", new Int32Array(8)), 3, "ty", 4) === hashText("catt") // true
 */
export function spliceStartHash(starts: Int32Array, end: number, then: string, at: number): number {
  return at <= end ? starts[at]! : hashText(then, starts[end], 0, at - end);
}

export type HashFilter = { has(hash: number): boolean; add(hash: number): void };

/**
 * A filter for about `expected` strings, with some `bitsEach` bits for each (16: one "maybe" in
 * thirty for a string not in it; 8: one in eight).
 *
 * @example
 * const filter = hashFilter(2);
 * filter.add(hashText("cat"));
 * filter.has(hashText("cat")) // true
 * filter.has(hashText("dog")) // false (almost always)
 */
export function hashFilter(expected: number, bitsEach = 16): HashFilter {
  const log2 = Math.min(26, Math.max(10, Math.ceil(Math.log2(Math.max(1, expected) * bitsEach))));
  const bits = new Int32Array(1 << (log2 - 5));
  const shift = 32 - log2;
  // FNV's low bits mix poorly: the index comes from the high bits after a final mix.
  const slot = (hash: number) => {
    hash ^= hash >>> 16;
    hash = Math.imul(hash, 0x45d9f3b);
    hash ^= hash >>> 16;
    return hash >>> shift;
  };
  return {
    has: (hash) => {
      const at = slot(hash);
      return (bits[at >>> 5]! & (1 << (at & 31))) !== 0;
    },
    add: (hash) => {
      const at = slot(hash);
      bits[at >>> 5]! |= 1 << (at & 31);
    },
  };
}

/**
 * A filter of dictionary keys, asked with the hash of a text's start and the text that follows
 * it (a suffix split's base and the rule's stripped text): false means no key is that string.
 *
 * @example
 * const mayBeKey = keyFilter(["cat", "dog"]);
 * mayBeKey(hashText("ca"), "t") // true
 * mayBeKey(hashText("ca"), "b") // false (almost always)
 */
export function keyFilter(keys: string[]): (startHash: number, then: string) => boolean {
  const filter = hashFilter(keys.length);
  for (const key of keys) filter.add(hashText(key));
  return (startHash, then) => filter.has(hashText(then, startHash));
}

/**
 * A filter of every ending of `texts` (each text from each of its positions on, the empty
 * ending too), asked with the hash of a candidate ending: false means no text ends so.
 *
 * @example
 * const mayEnd = endingFilter(["ság", "ok"]);
 * mayEnd(hashText("ág")) // true
 * mayEnd(hashText("kág")) // false (almost always)
 */
export function endingFilter(texts: Iterable<string>): (endingHash: number) => boolean {
  const endings = new Set<string>();
  for (const text of texts) for (let from = 0; from <= text.length; from++) endings.add(text.slice(from));
  const filter = hashFilter(endings.size);
  for (const ending of endings) filter.add(hashText(ending));
  return (endingHash) => filter.has(endingHash);
}
