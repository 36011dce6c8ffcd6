/**
 * Synthetic translation memory for bench/tm.ts: variants of the NTREX news sentences, each a
 * real sentence with a share of its words (Chinese: characters) replaced, deleted or joined by
 * words of other sentences, so a memory of a million units is full of near neighbours, the
 * hard case for fuzzy lookups. Seeded: every run builds the same units and queries.
 */
import { tmTokens } from "../../src/domain/tm/tokens";
import type { Lang } from "../../src/domain/languages";
import { ntrexLines, seededRandom } from "../ntrex";

export type Pair = { source: Lang; target: Lang; share: number };

/** The language pairs of the memory and their shares of units and queries. */
export const PAIRS: readonly Pair[] = [
  { source: "fr", target: "en", share: 0.5 },
  { source: "en", target: "hu", share: 0.3 },
  { source: "zh", target: "fr", share: 0.2 },
];

export type SyntheticUnit = { pair: Pair; source: string; target: string };

type Corpus = { lines: Record<Lang, string[]>; vocabulary: Record<Lang, string[]> };

const pieces = (text: string, lang: Lang) => (lang === "zh" ? tmTokens(text, lang) : text.split(" "));
const join = (parts: string[], lang: Lang) => parts.join(lang === "zh" ? "" : " ");

export function loadCorpus(): Corpus {
  const langs: Lang[] = ["fr", "en", "hu", "zh"];
  const lines = Object.fromEntries(langs.map((l) => [l, ntrexLines(l)])) as Record<Lang, string[]>;
  const count = Math.min(...langs.map((l) => lines[l].length));
  for (const l of langs) lines[l] = lines[l].slice(0, count).map((s) => s.normalize("NFC").trim());
  const vocabulary = Object.fromEntries(langs.map((l) => [l, [...new Set(lines[l].flatMap((s) => pieces(s, l)))]])) as Record<Lang, string[]>;
  return { lines, vocabulary };
}

/**
 * A variant of `text` with about `rate` of its pieces edited: replaced by a random word of the
 * language, deleted, or with a random word inserted before them.
 */
export function vary(text: string, lang: Lang, rate: number, random: () => number, vocabulary: readonly string[]): string {
  const parts = pieces(text, lang);
  const out: string[] = [];
  for (const part of parts) {
    if (random() >= rate) {
      out.push(part);
      continue;
    }
    const word = vocabulary[Math.floor(random() * vocabulary.length)]!;
    const kind = random();
    if (kind < 0.6) out.push(word);
    else if (kind < 0.8) continue;
    else out.push(word, part);
  }
  return join(out.length ? out : parts, lang);
}

function pickPair(random: () => number): Pair {
  let r = random();
  for (const pair of PAIRS) {
    if (r < pair.share) return pair;
    r -= pair.share;
  }
  return PAIRS[PAIRS.length - 1]!;
}

/** `count` units: each a variant of a random sentence (edit rates from 2% to 50%), in a random pair. */
export function* syntheticUnits(corpus: Corpus, count: number, seed = 1): Generator<SyntheticUnit> {
  const random = seededRandom(seed);
  const sentences = corpus.lines.fr.length;
  for (let i = 0; i < count; i++) {
    const pair = pickPair(random);
    const line = Math.floor(random() * sentences);
    const rate = 0.02 + random() * 0.48;
    yield {
      pair,
      source: vary(corpus.lines[pair.source][line]!, pair.source, rate, random, corpus.vocabulary[pair.source]),
      target: vary(corpus.lines[pair.target][line]!, pair.target, rate / 2, random, corpus.vocabulary[pair.target]),
    };
  }
}

export type Query = { pair: Pair; text: string };

/**
 * Lookup texts: fresh variants (another seed, edit rates from 0% to 25%) of random sentences,
 * so most have fuzzy matches of 70% and more in the memory and few have exact ones.
 */
export function syntheticQueries(corpus: Corpus, count: number, seed = 7): Query[] {
  const random = seededRandom(seed);
  const queries: Query[] = [];
  for (let i = 0; i < count; i++) {
    const pair = pickPair(random);
    const line = Math.floor(random() * corpus.lines.fr.length);
    queries.push({ pair, text: vary(corpus.lines[pair.source][line]!, pair.source, random() * 0.25, random, corpus.vocabulary[pair.source]) });
  }
  return queries;
}
