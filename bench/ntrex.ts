/** The NTREX sentences shared by the benchmarks (../shared/corpus beside the repository). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "../src/domain/languages";

export const NTREX_DIR = join(import.meta.dirname, "../../shared/corpus/parallel/ntrex128");
export const NTREX_FILES: Record<Lang, string> = {
  en: "newstest2019-src.eng.txt",
  fr: "newstest2019-ref.fra.txt",
  hu: "newstest2019-ref.hun.txt",
  zh: "newstest2019-ref.zho-CN.txt",
};

export function ntrexLines(lang: Lang): string[] {
  return readFileSync(join(NTREX_DIR, NTREX_FILES[lang]), "utf8").split(/\r?\n/).filter((l) => l.trim().length > 0);
}

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
