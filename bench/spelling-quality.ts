/**
 * Spelling quality, measured (not tuned) on data we did not write:
 * - false alarms: share of NTREX sentences (eng, fra, hun) with a spelling flag of severity
 *   minor or higher, with the UNESCO termbase loaded as in production; alone, and for the
 *   French and Hungarian ones with their English source, as QA checks a translation;
 * - recall on typos made by a seeded generator (swap, drop, double, wrong letter) in words the
 *   dictionary accepts, and on real misspellings (Birkbeck and codespell lists for English, the
 *   Magyarispell test cases for Hungarian). Misspellings that are themselves dictionary words
 *   are real-word errors no spell checker can see; they are counted apart.
 *
 *   npx tsx bench/spelling-quality.ts
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { spellTokens } from "../src/domain/qa/spelling-tokens";
import { readTbx } from "../src/formats/tbx/reader";
import { LocalSpeller } from "../src/services/spelling/local";
import { corpusPath, ntrexLines, seededRandom } from "./ntrex";

const SPELLING = corpusPath("spelling");
const speller = await LocalSpeller.create();
const { doc } = readTbx(readFileSync(join(import.meta.dirname, "../glossary/unesco.tbx"), "utf8"));
speller.setTerms(doc.concepts.flatMap((c) => Object.values(c.languages).flatMap((l) => l.terms.flatMap((t) => t.text.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean).map((w) => w.toLocaleLowerCase("und"))))));

const pct = (a: number, b: number) => `${((100 * a) / Math.max(b, 1)).toFixed(1)}%`;
const flagged = (lang: "fr" | "en" | "hu", word: string) => speller.check({ lang, side: "target", text: word, suggestions: false }).some((f) => f.severity !== "neutral");
const known = (lang: "fr" | "en" | "hu", word: string) => speller.engine.isCorrect(lang, word);

console.log("False alarms on clean NTREX translations (sentences with a minor+ spelling flag):");
for (const lang of ["en", "fr", "hu"] as const) {
  const lines = ntrexLines(lang);
  const bad = lines.filter((l) => speller.check({ lang, side: "target", text: l, suggestions: false }).some((f) => f.severity !== "neutral"));
  console.log(`  ${lang}: ${bad.length}/${lines.length} = ${pct(bad.length, lines.length)}`);
}
// QA checks a translation with its source: a name the source has is carried over, not a typo.
console.log("  the French and Hungarian ones checked with their English source, as QA checks a translation:");
const english = ntrexLines("en");
for (const lang of ["fr", "hu"] as const) {
  const lines = ntrexLines(lang);
  const bad = lines.filter((l, i) => speller.check({ lang, side: "target", text: l, source: english[i], suggestions: false }).some((f) => f.severity !== "neutral"));
  console.log(`  ${lang}: ${bad.length}/${lines.length} = ${pct(bad.length, lines.length)}`);
}

function typo(word: string, random: () => number): string {
  const i = 1 + Math.floor(random() * (word.length - 2));
  const letters = "aeioustnrlcdm";
  switch (Math.floor(random() * 4)) {
    case 0: return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2); // swap
    case 1: return word.slice(0, i) + word.slice(i + 1); // drop
    case 2: return word.slice(0, i) + word[i] + word.slice(i); // double
    default: return word.slice(0, i) + letters[Math.floor(random() * letters.length)] + word.slice(i + 1); // wrong letter
  }
}

console.log("\nRecall on generated typos (one edit in a dictionary word of 5+ letters, result not a word):");
for (const lang of ["en", "fr", "hu"] as const) {
  const random = seededRandom(11);
  const words = [...new Set(ntrexLines(lang).flatMap((l) => spellTokens(lang, l).map((t) => t.word)).filter((w) => w.length >= 5 && /^\p{Ll}+$/u.test(w) && known(lang, w)))];
  let tried = 0;
  let found = 0;
  for (let k = 0; k < 4000 && tried < 1000; k++) {
    const t = typo(words[Math.floor(random() * words.length)]!, random);
    if (known(lang, t)) continue;
    tried++;
    if (flagged(lang, t)) found++;
  }
  console.log(`  ${lang}: ${found}/${tried} = ${pct(found, tried)}`);
}

function realRecall(label: string, lang: "en" | "hu", pairs: string[]) {
  const nonWords = pairs.filter((w) => !known(lang, w));
  const found = nonWords.filter((w) => flagged(lang, w)).length;
  console.log(`  ${label}: ${found}/${nonWords.length} = ${pct(found, nonWords.length)} (${pairs.length - nonWords.length} real-word errors left out)`);
}

console.log("\nRecall on real misspellings:");
const birkbeck = readFileSync(join(SPELLING, "en_birkbeck/missp.dat"), "utf8").split(/\r?\n/).filter((l) => l && !l.startsWith("$") && !/[^A-Za-z]/.test(l) && l.length > 2);
realRecall("en Birkbeck", "en", [...new Set(birkbeck)].slice(0, 4000));
const codespell = readFileSync(join(SPELLING, "en_codespell_wikipedia/dictionary.txt"), "utf8").split("\n").map((l) => l.split("->")[0]!).filter((w) => /^[a-z]{3,}$/.test(w));
realRecall("en codespell", "en", codespell.slice(0, 6000));
const huDir = join(SPELLING, "hu_magyarispell_tests");
const huCases = readdirSync(huDir).flatMap((f) => [...readFileSync(join(huDir, f), "utf8").matchAll(/<(\*?)([^<>:*]+)(?::[^<>]*)?>/g)].map((m) => ({ wrong: m[1] === "*", word: m[2]!.trim() })));
const huWrong = huCases.filter((c) => c.wrong && !/\s/.test(c.word)).map((c) => c.word);
const huRight = huCases.filter((c) => !c.wrong && !/\s/.test(c.word)).map((c) => c.word);
const huRejected = huWrong.filter((w) => flagged("hu", w)).length;
const huAccepted = huRight.filter((w) => !flagged("hu", w)).length;
console.log(`  hu Magyarispell: rejected ${huRejected}/${huWrong.length} = ${pct(huRejected, huWrong.length)} of the forms marked wrong; accepted ${huAccepted}/${huRight.length} = ${pct(huAccepted, huRight.length)} of the forms marked right`);
console.log("  fr: the Grammalecte test file mixes grammar and typography with spelling; only generated typos are measured for French.");
