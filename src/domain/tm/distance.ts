/**
 * Edit distance between two token sequences, in half edits: inserting, deleting or replacing a
 * token costs 2, replacing a token by one that differs only in letter case ("Commission
 * Nationale" for "Commission nationale") costs 1. The computation is bounded: it stops as soon
 * as the distance must exceed `limit`, which keeps scoring thousands of candidates cheap.
 */

/** A text cut into tokens, with each token's lower-case form (compared for the half cost). */
export type TokenSequence = { tokens: readonly string[]; lower: readonly string[] };

let previous = new Int32Array(256);
let current = new Int32Array(256);

/**
 * The distance of `a` and `b` in half edits, or `limit + 1` when it is larger than `limit`.
 *
 * @example
 * const seq = (s: string) => ({ tokens: s.split(" "), lower: s.toLowerCase().split(" ") });
 * boundedDistance(seq("a b c"), seq("a x c"), 10) // 2 (one replacement)
 * boundedDistance(seq("a b c"), seq("a B c"), 10) // 1 (case only)
 * boundedDistance(seq("a b c"), seq("x y z"), 3)  // 4 (more than the limit)
 */
export function boundedDistance(a: TokenSequence, b: TokenSequence, limit: number): number {
  const n = a.tokens.length;
  const m = b.tokens.length;
  const over = limit + 1;
  if (2 * Math.abs(n - m) > limit) return over;
  if (n === 0 || m === 0) return 2 * Math.max(n, m);
  if (previous.length <= m + 1) {
    previous = new Int32Array(m * 2 + 2);
    current = new Int32Array(m * 2 + 2);
  }
  // Only cells some path within the limit can cross are computed. Reaching cell (i, j) off
  // the diagonal by δ = j - i costs 2|δ| in insertions or deletions, and getting from there to
  // the end, off by Δ = m - n, costs 2|Δ - δ| more: 2|δ| + 2|Δ - δ| <= limit bounds δ on both
  // sides (Ukkonen's band, narrowed by the length difference: half as wide for equal lengths).
  const lengthDelta = m - n;
  const lo = Math.ceil((2 * lengthDelta - limit) / 4);
  const hi = Math.floor((limit + 2 * lengthDelta) / 4);
  for (let j = 0; j <= m; j++) previous[j] = j <= hi ? 2 * j : over;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i + lo);
    const to = Math.min(m, i + hi);
    if (from > to) return over;
    current[from - 1] = from === 1 && -i >= lo ? 2 * i : over;
    let best = current[from - 1]!;
    const ai = a.tokens[i - 1];
    const al = a.lower[i - 1];
    for (let j = from; j <= to; j++) {
      const cost = ai === b.tokens[j - 1] ? 0 : al === b.lower[j - 1] ? 1 : 2;
      let d = previous[j - 1]! + cost;
      const remove = previous[j]! + 2;
      const insert = current[j - 1]! + 2;
      if (remove < d) d = remove;
      if (insert < d) d = insert;
      if (d > over) d = over;
      current[j] = d;
      if (d < best) best = d;
    }
    if (to < m) current[to + 1] = over;
    if (best > limit) return over;
    const swap = previous;
    previous = current;
    current = swap;
  }
  const d = previous[m]!;
  return d > limit ? over : d;
}
