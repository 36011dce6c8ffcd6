/**
 * Spelling alone: our engine (Hunspell in WebAssembly with a word cache) against Debian's
 * `hunspell -l` on the same words (every word of the NTREX files per language), in one run.
 * The baseline needs `apt-get install hunspell hunspell-fr hunspell-hu hunspell-en-us`.
 *
 *   npx tsx bench/spelling.ts
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { spellTokens } from "../src/domain/qa/spelling-tokens";
import { SpellingEngine } from "../src/services/spelling/engine";
import { ntrexLines, timeIt } from "./ntrex";

const DEBIAN: Record<"fr" | "en" | "hu", string> = { fr: "fr_FR", en: "en_US", hu: "hu_HU" };
const hasHunspell = spawnSync("hunspell", ["-v"]).status === 0;
if (!hasHunspell) console.log("Debian's hunspell is missing: apt-get install hunspell hunspell-fr hunspell-hu hunspell-en-us (baseline skipped)");

const wordsOf = (lang: "fr" | "en" | "hu") => ntrexLines(lang).flatMap((l) => spellTokens(lang, l).map((t) => t.word));
// Warm the code, not the cache: a throwaway engine checks each language's words in the other
// two languages first, so the timed pass runs compiled code but sees every word for the first time.
const warm = await new SpellingEngine().init();
for (const lang of ["fr", "en", "hu"] as const) for (const other of ["fr", "en", "hu"] as const) if (other !== lang) for (const w of wordsOf(other)) warm.isCorrect(lang, w);
warm.dispose();
const engine = await new SpellingEngine().init();
console.log("lang   words  ours words/s  hunspell -l words/s  ratio  unknown (ours / hunspell)  warm cache words/s  warm ratio");
for (const lang of ["fr", "en", "hu"] as const) {
  const words = wordsOf(lang);
  let ours = 0;
  const oursMs = timeIt(() => {
    for (const w of words) if (!engine.isCorrect(lang, w)) ours++;
  });
  let line = `${lang.padEnd(4)} ${String(words.length).padStart(7)}  ${(words.length / (oursMs / 1000)).toFixed(0).padStart(12)}`;
  if (hasHunspell && existsSync(`/usr/share/hunspell/${DEBIAN[lang]}.dic`)) {
    let out = "";
    const baseMs = timeIt(() => {
      out = spawnSync("hunspell", ["-l", "-i", "utf-8", "-d", DEBIAN[lang]], { input: words.join("\n"), encoding: "utf8", maxBuffer: 64 << 20 }).stdout;
    });
    const unknown = out.split("\n").filter(Boolean).length;
    // The server's steady state: the same checker again, every word seen before (new articles
    // mostly repeat known words). Reported apart from the cold figure.
    const warmMs = timeIt(() => {
      for (const w of words) engine.isCorrect(lang, w);
    });
    line += `  ${(words.length / (baseMs / 1000)).toFixed(0).padStart(19)}  ${(baseMs / oursMs).toFixed(1).padStart(4)}x  ${`${ours} / ${unknown}`.padStart(25)}  ${(words.length / (warmMs / 1000)).toFixed(0).padStart(18)}  ${(baseMs / warmMs).toFixed(0).padStart(9)}x`;
  } else line += "  (no baseline)";
  console.log(line);
}
console.log("\nThe first ratio is with a cold cache (first sight of every word); hunspell -l includes its start-up, as a user of it pays.");
console.log("The warm ratio is the long-running server's case: every word already seen once.");
engine.dispose();
