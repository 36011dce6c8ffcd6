/**
 * The JavaScript fast path must never accept a word Hunspell refuses: checked here over every
 * word of the NTREX news sentences in each language, the same words with a letter dropped,
 * doubled or swapped (typos), and capitalised. Hungarian compounds ("névváltoztatás") are
 * among them: the reader accepts many of them too (compound.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spellTokens } from "../../domain/qa/spelling-tokens";
import { ntrexLines } from "../../../test/support/corpus";
import { acceptor, SpellingEngine } from "./engine";

let engine: SpellingEngine;
beforeAll(async () => {
  engine = await new SpellingEngine().init();
});
afterAll(() => engine.dispose());

function wordsOf(lang: "en" | "fr" | "hu"): string[] {
  const words = [...new Set(ntrexLines(lang).flatMap((line) => spellTokens(lang, line).map((t) => t.word)))];
  // Typos at the start and, for long (often compound) words, a swap near the end.
  const variants = words
    .filter((w) => w.length > 4)
    .flatMap((w) => [w.slice(0, 2) + w.slice(3), w.slice(0, 3) + w[2] + w.slice(3), w[0]!.toUpperCase() + w.slice(1), w.slice(0, -3) + w.at(-2) + w.at(-3) + w.at(-1)]);
  return [...new Set([...words, ...variants])];
}

describe("the accept-only fast path agrees with Hunspell", () => {
  for (const lang of ["en", "fr", "hu"] as const) {
    it(`${lang}: every word it accepts, Hunspell accepts; and it answers most known words itself`, () => {
      const accepts = acceptor(lang);
      const words = wordsOf(lang);
      const wronglyAccepted: string[] = [];
      let known = 0;
      let fast = 0;
      for (const w of words) {
        const hunspell = engine.hunspellSpell(lang, w);
        const ours = accepts(w);
        if (hunspell) known++;
        if (ours) fast++;
        if (ours && !hunspell) wronglyAccepted.push(w);
      }
      expect(wronglyAccepted).toEqual([]);
      expect(fast / known).toBeGreaterThan(0.8);
    }, 60_000);
  }
});
