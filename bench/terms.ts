/**
 * Term recognition: our automata against a naive baseline (one regular expression per term),
 * on every NTREX line in each language, with synthetic termbases of 10,000 and 100,000
 * multiword terms built from the corpus vocabulary (plus the real UNESCO termbase).
 *
 *   npx tsx bench/terms.ts
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LANGUAGES, type Lang } from "../src/domain/languages";
import { buildTermIndex, recognizeTerms, type TermEntry } from "../src/domain/terms";
import { readTbx } from "../src/formats/tbx/reader";
import { ntrexLines, seededRandom, timeIt } from "./ntrex";

const NAIVE_SAMPLE = 20; // lines the naive baseline runs on; its rate is extrapolated from them
const PASSES = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function syntheticTerms(lang: Lang, lines: string[], count: number, random: () => number): string[] {
  const terms = new Set<string>();
  if (lang === "zh") {
    const chars = lines.join("").replace(/[^\p{Script=Han}]/gu, "");
    // Real n-grams of the text first (they hit), then random character strings (they mostly do not).
    for (let i = 0; i + 4 <= chars.length && terms.size < count / 2; i += 3) terms.add(chars.slice(i, i + 2 + (i % 3)));
    while (terms.size < count) {
      const len = 2 + Math.floor(random() * 4);
      let t = "";
      for (let k = 0; k < len; k++) t += chars[Math.floor(random() * chars.length)];
      terms.add(t);
    }
  } else {
    const words = lines.flatMap((l) => l.split(/[^\p{L}\p{N}'-]+/u)).filter((w) => w.length > 1);
    for (let i = 0; i + 3 < words.length && terms.size < count / 2; i += 2) terms.add(words.slice(i, i + 2 + (i % 2)).join(" "));
    while (terms.size < count) {
      const len = 2 + Math.floor(random() * 3);
      terms.add(Array.from({ length: len }, () => words[Math.floor(random() * words.length)]).join(" "));
    }
  }
  return [...terms];
}

function unescoTerms(): TermEntry[] {
  const { doc } = readTbx(readFileSync(join(import.meta.dirname, "../glossary/unesco.tbx"), "utf8"));
  let id = 1_000_000;
  return doc.concepts.flatMap((c, ci) => Object.entries(c.languages).flatMap(([lang, s]) => s.terms.map((t) => ({ termId: id++, conceptId: ci, lang, text: t.text, status: t.status, type: t.type })))) as TermEntry[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The naive baseline: one RegExp per term, each run over every line. Regexes are compiled in
 * batches outside the timed part (V8 cannot hold 100,000 compiled regexes at once), so the
 * baseline is charged for matching only.
 */
function naiveMs(entries: TermEntry[], lang: Lang, lines: string[]): number {
  let total = 0;
  const BATCH = 5000;
  for (let b = 0; b < entries.length; b += BATCH) {
    const patterns = entries.slice(b, b + BATCH).map((e) => new RegExp(lang === "zh" ? escape(e.text) : `(?<![\\p{L}\\p{N}])${escape(e.text)}(?![\\p{L}\\p{N}])`, "giu"));
    for (const re of patterns) re.test("warm up");
    total += timeIt(() => {
      for (const line of lines) for (const re of patterns) {
        re.lastIndex = 0;
        while (re.exec(line)) {}
      }
    });
  }
  return total;
}

const random = seededRandom(7);
const real = unescoTerms();
const rows: string[][] = [["lang", "terms", "build ms", "ours seg/s", "naive seg/s", "ratio", "hits"]];
const growth: string[] = [];
for (const lang of (process.env.BENCH_LANGS?.split(",") ?? LANGUAGES) as Lang[]) {
  const lines = ntrexLines(lang);
  const synthetic = syntheticTerms(lang, lines, 100_000, random);
  const sizes = [10_000, 100_000] as const;
  const built = sizes.map((size) => {
    const entries: TermEntry[] = [
      ...synthetic.slice(0, size).map((text, i) => ({ termId: i, conceptId: i, lang, text, status: "preferred" as const })),
      ...real.filter((t) => t.lang === lang),
    ];
    let index = buildTermIndex([]);
    const buildMs = timeIt(() => (index = buildTermIndex(entries)));
    for (const line of lines) recognizeTerms(index, lang, line); // warm up: JIT and the word caches
    return { size, entries, index, buildMs, passes: [] as number[], hits: 0 };
  });
  // Both sizes in turn, pass after pass, and the median of each: a burst of load on this
  // shared machine then falls on both alike instead of on whichever size ran at that moment.
  for (let pass = 0; pass < PASSES; pass++) {
    for (const b of built) {
      let passHits = 0;
      b.passes.push(timeIt(() => {
        for (const line of lines) passHits += recognizeTerms(b.index, lang, line).length;
      }));
      b.hits = passHits;
    }
  }
  const perSize: Record<number, number> = {};
  for (const { size, entries, buildMs, passes, hits } of built) {
    const oursMs = median(passes);
    perSize[size] = oursMs;
    const oursRate = lines.length / (oursMs / 1000);
    let naiveRate = NaN;
    if (size === 100_000) {
      const sample = lines.slice(0, NAIVE_SAMPLE);
      naiveRate = sample.length / (naiveMs(entries, lang, sample) / 1000);
    }
    rows.push([lang, String(entries.length), buildMs.toFixed(0), oursRate.toFixed(0), Number.isNaN(naiveRate) ? "-" : naiveRate.toFixed(1), Number.isNaN(naiveRate) ? "-" : `${(oursRate / naiveRate).toFixed(0)}x`, String(hits)]);
  }
  growth.push(`${lang}: ${(perSize[100_000]! / perSize[10_000]!).toFixed(2)}x`);
}

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => c.padStart(widths[i]!)).join("  "));
console.log(`\nnaive baseline: one RegExp per term, run on the first ${NAIVE_SAMPLE} lines and extrapolated`);
console.log(`recognition time growth from 10k to 100k terms (target < 1.5x): ${growth.join(", ")}`);
