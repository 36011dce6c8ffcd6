/** What the benchmarks share: the NTREX sentences (found as the tests find them), seeded randomness, timing. */
export { corpusPath, ntrexLines } from "../test/support/corpus";

/** Seeded pseudo-random numbers, so every run measures the same data. */
export function seededRandom(seed = 42): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function timeIt(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}
