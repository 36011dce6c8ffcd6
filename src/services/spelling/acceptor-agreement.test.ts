/**
 * The JavaScript fast path must never accept a word Hunspell refuses: checked here over every
 * word of the NTREX news sentences in each language, the same words with a letter dropped,
 * doubled or swapped (typos), and capitalised. Hungarian compounds ("névváltoztatás") are
 * among them: the reader accepts many of them too (compound.ts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endMatches, startMatches } from "../../domain/hunspell/affix-trie";
import { parseHunspell } from "../../domain/hunspell/parse";
import { spellTokens } from "../../domain/qa/spelling-tokens";
import { agreement } from "../../../test/support/agreement";
import { ntrexFixtureLines as ntrexLines } from "../../../test/support/fixtures";
import { acceptor, refuter, SpellingEngine } from "./engine";

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
      const accepted = agreement(wordsOf(lang), acceptor(lang), (w) => engine.hunspellSpell(lang, w));
      expect(accepted.wrong).toEqual([]);
      expect(accepted.ours / accepted.theirs).toBeGreaterThan(0.8);
    }, 60_000);
  }
});

describe("the refute-only fast path agrees with Hunspell", () => {
  // Made-up words too, capitalised or not: names are most of the words Hunspell refuses.
  const madeUp = (lang: string) => {
    let seed = lang.length * 7919;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
    const letters = "aeiouyàéèêëîïôùûüçbcdfghjklmnpqrstvwxzbcdfghlmnrst";
    return Array.from({ length: 3000 }, (_, i) => {
      const word = Array.from({ length: 3 + Math.floor(next() * 9) }, () => letters[Math.floor(next() * letters.length)]!).join("");
      return i % 2 ? word[0]!.toUpperCase() + word.slice(1) : word;
    });
  };

  for (const name of ["en", "en-gb", "fr"] as const) {
    it(`${name}: every word it refutes, Hunspell refuses; and it refutes most unknown words itself`, () => {
      const lang = name === "en-gb" ? "en" : name;
      const words = new Set([...wordsOf(lang), ...madeUp(name)]);
      const refuted = agreement(words, refuter(name)!, (w) => !engine.hunspellSpell(name, w));
      expect(refuted.wrong).toEqual([]);
      expect(refuted.ours / refuted.theirs).toBeGreaterThan(0.5);
    }, 60_000);
  }

  it("hu: none, since Hungarian compounds (Hunspell is asked)", () => {
    expect(refuter("hu")).toBeNull();
  });
});

/**
 * Every form of a forbidden entry with one or two suffixes, or a prefix (with a suffix): Hunspell
 * takes the first reading in its own order, and a forbidden one makes it refuse the word even
 * when a later reading is fine ("kisérthess": forbidden "kisért" with two suffixes comes before
 * "ki" + "sért"). These are the words where the order matters.
 */
function formsOfForbiddenEntries(): string[] {
  const dir = join(import.meta.dirname, "dictionaries/hu_HU");
  const tables = parseHunspell(readFileSync(join(dir, "hu_HU.aff")), readFileSync(join(dir, "hu_HU.dic")));
  const forbiddenFlag = tables.special.forbidden!;
  const suffixRules = [...tables.suffixes.values()].flat();
  const prefixRules = [...tables.prefixes.values()].flat();
  const withSuffix = (word: string, flags: string) =>
    suffixRules.filter((r) => flags.includes(r.flag) && word.endsWith(r.strip) && endMatches(r.condition, word)).map((r) => ({ form: word.slice(0, word.length - r.strip.length) + r.add, cont: r.cont }));
  // Hungarian entries take thousands of two-suffix forms: a fixed share of each kind per entry.
  const forms = new Set<string>();
  const add = (list: string[], most: number) => list.slice(0, most).forEach((w) => forms.add(w));
  for (const [word, homonyms] of tables.stems) {
    for (const flags of homonyms.filter((f) => f.includes(forbiddenFlag))) {
      const ones = withSuffix(word, flags);
      add(ones.map((o) => o.form), 80);
      add(ones.slice(0, 40).flatMap((one) => withSuffix(one.form, one.cont).slice(0, 8).map((t) => t.form)), 200);
      for (const p of prefixRules.filter((r) => flags.includes(r.flag) && word.startsWith(r.strip) && startMatches(r.condition, word)).slice(0, 20)) {
        const prefixed = p.add + word.slice(p.strip.length);
        forms.add(prefixed);
        add(withSuffix(prefixed, flags).map((o) => o.form), 20);
      }
    }
  }
  return [...forms].filter((w) => /^[\p{L}\p{M}]+$/u.test(w));
}

describe("the fast path and Hunspell's order of readings", () => {
  it("hu: accepts no form of a forbidden entry that Hunspell refuses", () => {
    const accepts = acceptor("hu");
    const forms = formsOfForbiddenEntries();
    expect(forms.length).toBeGreaterThan(10_000);
    expect(forms.filter((w) => accepts(w) && !engine.hunspellSpell("hu", w))).toEqual([]);
  }, 120_000);
});
