/**
 * Fuzzy match scores. The similarity of a segment and a TM source is one minus their token edit
 * distance over the longer one's length (tokens are words for FR/EN/HU, characters for ZH; see
 * tokens.ts), shown as a whole percentage rounded down, so 69.9% never passes a 70% threshold:
 *
 * - 101: the same text, and the same previous and next segment (a context match);
 * - 100: the same text (exactly: a difference in spaces alone gives 99);
 * - below: fuzzy, kept when at or above the threshold.
 *
 * All threshold arithmetic is on integers: no rounding error can let a match slip either way.
 */
import { boundedDistance, type TokenSequence } from "./distance";
import { tmTokensWithLower } from "./tokens";
import type { Lang } from "../languages";

export const DEFAULT_THRESHOLD = 70;
/** Lower thresholds find mostly noise and make lookups slow; refused at the edge. */
export const MIN_THRESHOLD = 40;
export const EXACT = 100;
export const CONTEXT = 101;

export type TokenizedText = TokenSequence & { text: string };

/**
 * @example
 * tokenizeForScore("Le Centre", "fr") // { text: "Le Centre", tokens: ["Le", "Centre"], lower: ["le", "centre"] }
 */
export function tokenizeForScore(text: string, lang: Lang): TokenizedText {
  return { text, ...tmTokensWithLower(text, lang) };
}

/** The largest distance (in half edits) a candidate of `m` tokens may have from a query of `n`. */
export function distanceLimit(n: number, m: number, threshold: number): number {
  return Math.floor((2 * (100 - threshold) * Math.max(n, m)) / 100);
}

/**
 * The score of `candidate` against `query` (0-100), or `null` below `threshold`.
 *
 * @example
 * const q = tokenizeForScore("Le chat dort.", "fr");
 * fuzzyScore(q, tokenizeForScore("Le chien dort.", "fr"), 70) // 75 (one word of four replaced)
 * fuzzyScore(q, tokenizeForScore("Le chat dort.", "fr"), 70)  // 100
 */
export function fuzzyScore(query: TokenizedText, candidate: TokenizedText, threshold: number): number | null {
  const n = query.tokens.length;
  const m = candidate.tokens.length;
  const longest = Math.max(n, m);
  if (longest === 0) return query.text === candidate.text ? EXACT : null;
  const limit = distanceLimit(n, m, threshold);
  const d = boundedDistance(query, candidate, limit);
  if (d > limit) return null;
  if (d === 0) return query.text === candidate.text ? EXACT : EXACT - 1;
  // floor(100 * (1 - d / (2 * longest))), at most 99 since d > 0
  return Math.min(EXACT - 1, Math.floor((100 * (2 * longest - d)) / (2 * longest)));
}
