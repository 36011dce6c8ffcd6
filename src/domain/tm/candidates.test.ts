import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CandidateCounter, findCandidates, lengthBucket, matchWindow } from "./candidates";
import { fuzzyScore, tokenizeForScore } from "./score";
import { indexTerms, tmTokens } from "./tokens";

describe("match window", () => {
  it("bounds the missing tokens and the lengths of a match", () => {
    expect(matchWindow(10, 70)).toEqual({ missing: 3, minLength: 7, maxLength: 14 });
    expect(matchWindow(3, 70)).toEqual({ missing: 0, minLength: 3, maxLength: 4 });
    expect(matchWindow(20, 100)).toEqual({ missing: 0, minLength: 20, maxLength: 20 });
  });
  it("puts every length of a window into buckets that grow with the length", () => {
    for (let n = 1; n < 300; n++) expect(lengthBucket(n + 1)).toBeGreaterThanOrEqual(lengthBucket(n));
    expect(lengthBucket(1)).toBe(0);
  });
});

/** A small in-memory index with the same terms and buckets the database one uses. */
function memoryIndex(texts: string[]) {
  const lists = new Map<string, number[]>();
  texts.forEach((text, id) => {
    const tokens = tmTokens(text, "en");
    for (const term of indexTerms(tokens, "en", "fr").keys()) {
      const key = `${lengthBucket(tokens.length)}|${term}`;
      if (!lists.has(key)) lists.set(key, []);
      lists.get(key)!.push(id + 1);
    }
  });
  return {
    count: (term: string, from: number, to: number) => {
      let n = 0;
      for (let b = from; b <= to; b++) n += lists.get(`${b}|${term}`)?.length ?? 0;
      return n;
    },
    read: (term: string, from: number, to: number) => {
      const out: Uint32Array[] = [];
      for (let b = from; b <= to; b++) if (lists.has(`${b}|${term}`)) out.push(Uint32Array.from(lists.get(`${b}|${term}`)!));
      return out;
    },
  };
}

describe("candidate search", () => {
  const counter = new CandidateCounter();
  it("finds every unit a full scan finds at or above the threshold", () => {
    // A small vocabulary with a few very common words, so lists overlap a lot.
    const word = fc.constantFrom("the", "the", "the", "a", "of", "cat", "dog", "sat", "mat", "on", "big", "red", ",", ".", "Cat");
    const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 60 }), sentence, fc.integer({ min: 40, max: 100 }), (texts, query, threshold) => {
        const index = memoryIndex(texts);
        const q = tokenizeForScore(query, "en");
        const window = matchWindow(q.tokens.length, threshold);
        const from = lengthBucket(window.minLength);
        const to = lengthBucket(window.maxLength);
        const terms = [...indexTerms(q.tokens, "en", "fr")].map(([key, weight]) => ({ key, weight, postings: index.count(key, from, to) }));
        const found = new Set(findCandidates({ terms, missing: window.missing, read: (key) => index.read(key, from, to), counter }).ids);
        const scan = texts.flatMap((text, i) => (fuzzyScore(q, tokenizeForScore(text, "en"), threshold) === null ? [] : [i + 1]));
        for (const id of scan) expect(found.has(id)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });
  it("reads nothing when the words found nowhere already exceed what a match may miss", () => {
    let reads = 0;
    const result = findCandidates({
      terms: [
        { key: "x", weight: 1, postings: 0 },
        { key: "y", weight: 1, postings: 0 },
        { key: "z", weight: 1, postings: 5 },
      ],
      missing: 1,
      read: () => (reads++, []),
      counter,
    });
    expect(result.ids).toEqual([]);
    expect(reads).toBe(0);
  });
  it("keeps only units holding enough of the terms read", () => {
    const lists: Record<string, number[]> = { a: [1, 2, 3], b: [2, 3], c: [3, 4] };
    const result = findCandidates({
      terms: Object.entries(lists).map(([key, ids]) => ({ key, weight: 1, postings: ids.length })),
      missing: 1,
      read: (key) => [Uint32Array.from(lists[key]!)],
      counter,
    });
    // three positions read, one may be missing: a unit needs two of them
    expect(result.ids).toEqual([2, 3]);
  });
});
