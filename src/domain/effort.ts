/**
 * Post-editing effort, HTER-like: the character edits (insertions, deletions, substitutions)
 * that turn the machine output into the final text, over the final text's length. Characters
 * are code points, so a Chinese character or an emoji is one; inline codes are not counted
 * (nobody types them). Pure.
 */
import { stripCodes } from "./inline-codes";

/** Longer texts are compared on their first this many code points: a bound on time and memory. */
const MAX_POINTS = 5_000;

/**
 * Levenshtein distance between two texts, by code points, in O(min) memory.
 *
 * @example
 * charEditDistance("kitten", "sitting") // 3
 */
export function charEditDistance(a: string, b: string): number {
  let x = Array.from(a).slice(0, MAX_POINTS);
  let y = Array.from(b).slice(0, MAX_POINTS);
  if (x.length < y.length) [x, y] = [y, x];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  let current = new Array<number>(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    current[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[y.length]!;
}

export type SegmentEffort = { edits: number; finalChars: number; mtChars: number; editRate: number };

/**
 * @example
 * postEditEffort("Le chat noir.", "Le chat noir.") // { edits: 0, finalChars: 13, mtChars: 13, editRate: 0 }
 */
export function postEditEffort(mtText: string, finalText: string): SegmentEffort {
  const mt = stripCodes(mtText).plain;
  const final = stripCodes(finalText).plain;
  const edits = charEditDistance(mt, final);
  const finalChars = Array.from(final).length;
  return { edits, finalChars, mtChars: Array.from(mt).length, editRate: edits / Math.max(1, finalChars) };
}
