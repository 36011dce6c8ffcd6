/**
 * Spelling alone: our engine (Hunspell in WebAssembly behind a JavaScript reading of the same
 * dictionary, with a word cache) against Debian's `hunspell -l` on the same words (every word
 * of the NTREX files per language), in one run. Five runs, each of ours followed by one of the
 * baseline, and the median of their ratios: a single run on a shared machine moves by a third,
 * and both sides of a run meet the same machine.
 * The baseline needs `apt-get install hunspell hunspell-fr hunspell-hu hunspell-en-us`.
 *
 *   npx tsx bench/spelling.ts
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { spellTokens } from "../src/domain/qa/spelling-tokens";
import { SpellingEngine } from "../src/services/spelling/engine";
import { ntrexLines, timeIt } from "./ntrex";

const REPEATS = 5;
const DEBIAN: Record<"fr" | "en" | "hu", string> = { fr: "fr_FR", en: "en_US", hu: "hu_HU" };
const hasHunspell = spawnSync("hunspell", ["-v"]).status === 0;
if (!hasHunspell) console.log("Debian's hunspell is missing: apt-get install hunspell hunspell-fr hunspell-hu hunspell-en-us (baseline skipped)");

/**
 * Before each timed side: a clean heap (with --expose-gc, as bench/run.ts runs it) and a pause,
 * so the side does not pay for the other one's leftovers (the baseline's process ending).
 */
const settle = async () => {
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((resolve) => setTimeout(resolve, 100));
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const wordsOf = (lang: "fr" | "en" | "hu") => ntrexLines(lang).flatMap((l) => spellTokens(lang, l).map((t) => t.word));
// Warm the code, not the cache: a throwaway engine checks each language's words in the other
// two languages first, so the timed passes run compiled code but see every word for the first time.
const warm = await new SpellingEngine().init();
for (const lang of ["fr", "en", "hu"] as const) for (const other of ["fr", "en", "hu"] as const) if (other !== lang) for (const w of wordsOf(other)) warm.isCorrect(lang, w);
warm.dispose();
console.log(`median of ${REPEATS} runs each; each run of ours is followed by one of hunspell -l, and the ratio is the median of the runs' ratios`);
console.log("lang   words  ours words/s  hunspell -l words/s  ratio  unknown (ours / hunspell)  warm cache words/s  warm ratio");
const hasBaseline = (lang: "fr" | "en" | "hu") => hasHunspell && existsSync(`/usr/share/hunspell/${DEBIAN[lang]}.dic`);
/** Each language's run times, ours and the baseline's, for the total over all three. */
const runs: Array<{ words: number; ours: number[]; base: number[] }> = [];
for (const lang of ["fr", "en", "hu"] as const) {
  const words = wordsOf(lang);
  const oursMs: number[] = [];
  const warmMs: number[] = [];
  const baseMs: number[] = [];
  let ours = 0;
  let out = "";
  const engine = await new SpellingEngine().init([lang]);
  for (let run = 0; run < REPEATS; run++) {
    // The word caches and the readings' memo emptied: nothing seen yet.
    engine.forgetWords();
    await settle();
    ours = 0;
    oursMs.push(timeIt(() => {
      for (const w of words) if (!engine.isCorrect(lang, w)) ours++;
    }));
    // The server's steady state: the same checker again, every word seen before (new articles
    // mostly repeat known words). Reported apart from the first-sight figure.
    warmMs.push(timeIt(() => {
      for (const w of words) engine.isCorrect(lang, w);
    }));
    // The baseline right after, so that both sides of a run meet the same machine.
    if (hasBaseline(lang)) {
      await settle();
      baseMs.push(timeIt(() => {
        out = spawnSync("hunspell", ["-l", "-i", "utf-8", "-d", DEBIAN[lang]], { input: words.join("\n"), encoding: "utf8", maxBuffer: 64 << 20 }).stdout;
      }));
    }
  }
  engine.dispose();
  runs.push({ words: words.length, ours: oursMs, base: baseMs });
  const perSecond = (ms: number) => (words.length / (ms / 1000)).toFixed(0);
  let line = `${lang.padEnd(4)} ${String(words.length).padStart(7)}  ${perSecond(median(oursMs)).padStart(12)}`;
  if (baseMs.length === REPEATS) {
    const unknown = out.split("\n").filter(Boolean).length;
    const ratio = median(baseMs.map((b, i) => b / oursMs[i]!));
    const warmRatio = median(baseMs.map((b, i) => b / warmMs[i]!));
    line += `  ${perSecond(median(baseMs)).padStart(19)}  ${ratio.toFixed(1).padStart(4)}x  ${`${ours} / ${unknown}`.padStart(25)}  ${perSecond(median(warmMs)).padStart(18)}  ${warmRatio.toFixed(0).padStart(9)}x`;
  } else line += "  (no baseline)";
  console.log(line);
}
// The same words as one job: run k of each language together, ours against the baseline's.
if (runs.every((r) => r.base.length === REPEATS)) {
  const total = (side: "ours" | "base", k: number) => runs.reduce((sum, r) => sum + r[side][k]!, 0);
  const ratios = Array.from({ length: REPEATS }, (_, k) => total("base", k) / total("ours", k));
  const words = runs.reduce((sum, r) => sum + r.words, 0);
  console.log(`all three languages' ${words} words: ratio ${median(ratios).toFixed(1)}x (median of the runs' ratios: ${ratios.map((r) => r.toFixed(1)).join(", ")})`);
}
console.log("\nThe first ratio is a first sight of every word (the word cache only helps with repeats within the text); hunspell -l includes its start-up, as a user of it pays.");
console.log("The warm ratio is the long-running server's case: every word already seen once.");
